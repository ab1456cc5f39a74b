import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's content-box size, kept current by a ResizeObserver while connected. */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | null = null;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      // Not during the observer's delivery: a view whose height follows its width would resize
      // the host again within it, and the browser reports a "ResizeObserver loop" error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }
}
