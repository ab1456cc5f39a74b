import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One animation-frame loop for a host (a transition, a simulation), one at a time: each frame
 * runs the loop's step, then the host's `draw`. It ends when the step says so, when stopped, and
 * when the host disconnects, so no frame is requested for an element that is gone.
 */
export class FrameLoopController implements ReactiveController {
  private frame = 0;

  /**
   * @param draw shows the picture after each step; `moving` is false on the loop's last frame.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly draw: (moving: boolean) => void,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.frame !== 0;
  }

  /** Runs `step` once per animation frame while it returns true; a loop already running goes on with its own step. */
  run(step: () => boolean): void {
    if (this.frame) return;
    const loop = (): void => {
      this.frame = step() && this.host.isConnected ? requestAnimationFrame(loop) : 0;
      this.draw(this.frame !== 0);
    };
    this.frame = requestAnimationFrame(loop);
  }

  /**
   * A transition of `duration` ms: `frame(t)` now with t = 0, then once per animation frame with
   * t eased (cubic out) up to 1, until it returns false.
   */
  tween(duration: number, frame: (t: number) => boolean): void {
    const start = performance.now();
    if (!frame(0)) return;
    this.run(() => {
      const t = Math.min(1, (performance.now() - start) / duration);
      return frame(1 - (1 - t) ** 3) && t < 1;
    });
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
