import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: Theme;
}

/**
 * The reader's colour-scheme and motion preferences. Colours themselves live in CSS
 * (`:host([theme=dark])` and the media query); this is for code that needs the answer, such as
 * transitions and image export.
 */
export class ThemeController implements ReactiveController {
  private readonly queries: MediaQueryList[] = [];

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  get dark(): boolean {
    if (this.host.theme === 'dark') return true;
    if (this.host.theme === 'light') return false;
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }

  get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  hostConnected(): void {
    for (const query of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)']) {
      const list = matchMedia(query);
      list.addEventListener('change', this.onChange);
      this.queries.push(list);
    }
  }

  hostDisconnected(): void {
    for (const list of this.queries) list.removeEventListener('change', this.onChange);
    this.queries.length = 0;
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
