import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content-box size, kept current by a ResizeObserver while connected. Only a change
 * of width asks the host to update: the views fit their width, and their height follows from
 * what they draw (re-rendering when it grows would redo the first frame's work for nothing).
 */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      this.height = height;
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
