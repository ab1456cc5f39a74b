import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport, in pixels, a view counts as near it and starts. */
const NEAR = 200;

/**
 * Whether the host is near the viewport and whether the page is visible, so a view can put off
 * its heavy work until a reader is about to see it, and pause work nobody sees.
 *
 * `started` turns true the first time the host comes near the viewport (or the page is about to
 * be printed) and stays true: a view that has drawn keeps its picture when scrolled away.
 * An element already near the viewport when it connects starts at once, without waiting a frame
 * for the observer, so graphics above the fold never flash a placeholder.
 */
export class VisibilityController implements ReactiveController {
  /** The host is within `NEAR` pixels of the viewport (its own document's, through iframes). */
  nearViewport = false;
  /** The page is visible (`document.visibilityState`), not in a background tab. */
  pageVisible = true;
  /** The host has been near the viewport at least once, or printing started: the view may draw. */
  started = false;
  /** The page has been printed (or is about to be): a view draws all of itself, not just what is near. */
  printing = false;

  private observer: IntersectionObserver | null = null;
  private doc: Document | null = null;
  private printQuery: MediaQueryList | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Near the viewport and on a visible page: worth animating. */
  get active(): boolean {
    return this.nearViewport && this.pageVisible;
  }

  hostConnected(): void {
    const doc = this.host.ownerDocument;
    const win = doc.defaultView;
    this.doc = doc;
    this.pageVisible = doc.visibilityState !== 'hidden';
    doc.addEventListener('visibilitychange', this.onVisibility);
    if (!win || typeof win.IntersectionObserver !== 'function') {
      this.nearViewport = true;
      this.started = true;
      return;
    }
    win.addEventListener('beforeprint', this.onPrint);
    this.printQuery = win.matchMedia('print');
    this.printQuery.addEventListener('change', this.onPrintQuery);
    if (!this.started && this.isNearNow(win)) {
      this.nearViewport = true;
      this.started = true;
    }
    this.observer = new win.IntersectionObserver(this.onIntersect, { rootMargin: `${NEAR}px` });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.doc?.removeEventListener('visibilitychange', this.onVisibility);
    this.doc?.defaultView?.removeEventListener('beforeprint', this.onPrint);
    this.printQuery?.removeEventListener('change', this.onPrintQuery);
    this.printQuery = null;
    this.doc = null;
  }

  /**
   * One synchronous geometry read at connection time (the observer answers a frame later). Not
   * while the page's stylesheets are still loading: a cached script can run before them, when
   * everything still looks near the top.
   */
  private isNearNow(win: Window): boolean {
    const doc = this.host.ownerDocument;
    for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')) if (!link.sheet) return false;
    const rect = this.host.getBoundingClientRect();
    const height = win.innerHeight || doc.documentElement.clientHeight;
    const width = win.innerWidth || doc.documentElement.clientWidth;
    return rect.bottom >= -NEAR && rect.top <= height + NEAR && rect.right >= -NEAR && rect.left <= width + NEAR;
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const near = entry.isIntersecting;
    if (near === this.nearViewport && (this.started || !near)) return;
    this.nearViewport = near;
    if (near) this.started = true;
    this.host.requestUpdate();
  };

  private readonly onVisibility = (): void => {
    const visible = this.doc?.visibilityState !== 'hidden';
    if (visible === this.pageVisible) return;
    this.pageVisible = visible;
    this.host.requestUpdate();
  };

  private readonly onPrint = (): void => {
    this.printing = this.started = true;
    this.host.requestUpdate();
  };

  private readonly onPrintQuery = (event: MediaQueryListEvent): void => {
    if (event.matches) this.onPrint();
  };
}
