import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content-box width, kept current by a ResizeObserver while connected. The views fit
 * their width, and their height follows from what they draw: only a change of width asks the
 * host to update (re-rendering when it grows would redo the first frame's work for nothing).
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The width to draw at: the observer's last report, or before the first one the width read
   * now, kept so that the report finds it unchanged and does not redraw the view in its first frame.
   */
  measureWidth(): number {
    return (this.width ||= this.host.clientWidth);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      if (width === this.width) return;
      this.width = width;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
