import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Press, ZoomGesture, ZoomState } from './zoom-gesture.js';

/** d3-zoom and the gesture, fetched the first time a reader zooms. */
const loadGesture = () => import('./zoom-gesture.js');

export interface ZoomOptions {
  /** The drawing to zoom (its viewBox is the extent), or null while none is drawn. */
  svg(): SVGSVGElement | null;
  /** True for a pointer target where a press may pan: the drawing's background, not a node. */
  isBackground(target: EventTarget | null): boolean;
  /** No animated zoom transitions. */
  reducedMotion(): boolean;
  /** The transform changed: the host draws its picture at `transform`. */
  changed(): void;
}

const IDENTITY: ZoomState = Object.freeze({ k: 1, x: 0, y: 0 });
/** How long the "Ctrl + scroll to zoom" hint stays after a plain wheel over the drawing (ms). */
const HINT_MS = 1500;

/**
 * Pan and zoom of a drawing, on d3-zoom, for a graphic embedded in an article: a plain mouse
 * wheel scrolls the page (and shows a hint), Ctrl/⌘ + wheel or a trackpad pinch zooms, two
 * fingers pinch, one finger pans only once zoomed in (else it scrolls the page), a press on the
 * background pans when zoomed, and `+`, `-` and `0` zoom in, out and back. The host renders with
 * `transform`. d3-zoom and the gesture (./zoom-gesture.ts) load the first time a reader zooms;
 * until then this only watches for the first Ctrl/⌘ + wheel, pinch or key.
 */
export class ZoomController implements ReactiveController {
  /** Where the picture is drawn: a point (x, y) of the layout is at (x·k + tx, y·k + ty). */
  transform: ZoomState = IDENTITY;
  /** Show the hint that Ctrl/⌘ + wheel zooms. */
  hint = false;

  private gesture: ZoomGesture | null = null;
  private loading: Promise<ZoomGesture | null> | null = null;
  /** The drawing the gesture is attached to. */
  private attached: SVGSVGElement | null = null;
  /** Fingers down on the background before the gesture is here: a second one is a pinch. */
  private readonly fingers = new Map<number, Press>();
  private hintTimer = 0;
  /** While `clear` resets d3-zoom: the host knows already. */
  private quiet = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
  }

  /** Zoomed in (a reset shows the whole picture again). */
  get zoomed(): boolean {
    return this.transform.k > 1;
  }

  /** A point of the drawing (viewBox coordinates) in the layout's coordinates. */
  invert(x: number, y: number): { x: number; y: number } {
    const { k, x: tx, y: ty } = this.transform;
    return { x: (x - tx) / k, y: (y - ty) / k };
  }

  hostUpdated(): void {
    // Lit may draw a new <svg> (another dataset): the gesture follows it, from the whole picture.
    if (this.attached && this.options.svg() !== this.attached) this.detach();
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.hintTimer);
    this.hint = false;
  }

  /** Back to the whole picture at once (the picture was laid out anew). */
  clear(): void {
    if (this.transform === IDENTITY) return;
    this.quiet = true;
    this.gesture?.reset(false);
    this.quiet = false;
    this.transform = IDENTITY;
  }

  /** Zooms by `factor` around the centre (keys); animated unless reduced motion. */
  zoomBy(factor: number): void {
    void this.load().then((g) => g?.scaleBy(factor, !this.options.reducedMotion()));
  }

  /** Back to the whole picture (the reset button, `0`); animated unless reduced motion. */
  reset(): void {
    if (this.zoomed) this.gesture?.reset(!this.options.reducedMotion());
  }

  /** Pans a point of the layout into the middle when it is out of view. */
  reveal(point: { x: number; y: number }, width: number, height: number): void {
    const { k, x, y } = this.transform;
    const sx = point.x * k + x;
    const sy = point.y * k + y;
    if (sx < 0 || sy < 0 || sx > width || sy > height) this.gesture?.translateTo(point.x, point.y, !this.options.reducedMotion());
  }

  /** True once for the click that ends a pan. */
  consumeClick(): boolean {
    return this.gesture?.consumeClick() ?? false;
  }

  readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) {
      this.showHint();
      return;
    }
    // Once loaded, d3-zoom's own wheel listener on the drawing takes the step.
    if (this.gesture) return;
    // Not the page's zoom: the step is the drawing's, as soon as d3-zoom is here.
    event.preventDefault();
    const { deltaY, deltaMode, ctrlKey, clientX, clientY } = event;
    void this.load().then((g) => g?.wheel({ deltaY, deltaMode, ctrlKey, clientX, clientY }));
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (this.gesture) return this.gesture.pointerDown(event);
    if (event.pointerType !== 'touch' || !this.options.isBackground(event.target)) return;
    const { pointerId, pointerType, clientX, clientY } = event;
    this.fingers.set(pointerId, { pointerId, pointerType, clientX, clientY });
    if (this.fingers.size >= 2) {
      event.preventDefault();
      void this.load();
    }
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (this.gesture) return this.gesture.pointerMove(event);
    const finger = this.fingers.get(event.pointerId);
    if (finger) [finger.clientX, finger.clientY] = [event.clientX, event.clientY];
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (this.gesture) return this.gesture.pointerUp(event);
    this.fingers.delete(event.pointerId);
  };

  /** `+` / `=` zoom in, `-` zoom out, `0` back to the whole picture; true when the key was one of them. */
  readonly onKey = (event: KeyboardEvent): boolean => {
    const factor = { '+': 2, '=': 2, '-': 0.5, _: 0.5 }[event.key];
    if (event.ctrlKey || event.metaKey || event.altKey || (!factor && event.key !== '0')) return false;
    event.preventDefault();
    if (factor) this.zoomBy(factor);
    else this.reset();
    return true;
  };

  private load(): Promise<ZoomGesture | null> {
    if (this.gesture) return Promise.resolve(this.gesture);
    return (this.loading ??= loadGesture().then(({ attachZoom }) => {
      this.loading = null;
      const svg = this.options.svg();
      if (!svg || !this.host.isConnected) return null;
      const onZoom = (state: ZoomState): void => {
        this.transform = state.k === 1 && state.x === 0 && state.y === 0 ? IDENTITY : state;
        if (!this.quiet) this.options.changed();
      };
      // The fingers down now (a pinch) start the gesture, from where they are.
      this.gesture = attachZoom(svg, { isBackground: (target) => this.options.isBackground(target), onZoom }, [...this.fingers.values()]);
      this.fingers.clear();
      this.attached = svg;
      return this.gesture;
    }));
  }

  private detach(): void {
    this.gesture?.detach();
    this.gesture = this.attached = null;
    this.fingers.clear();
    this.transform = IDENTITY;
  }

  private showHint(): void {
    clearTimeout(this.hintTimer);
    if (!this.hint) {
      this.hint = true;
      this.host.requestUpdate();
    }
    this.hintTimer = window.setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, HINT_MS);
  }
}
