import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The reader's motion preference, and an update when the colour scheme changes. Colours
 * themselves live in CSS (`:host([theme=dark])` and the media query, ../styles/shared-styles.ts);
 * the update lets a view that paints with them, such as the adjacency canvas, paint again.
 */
export class ThemeController implements ReactiveController {
  private readonly queries: MediaQueryList[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
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
