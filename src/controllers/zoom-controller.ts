import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoomGesture, ZoomState } from './zoom-gesture.js';

/** d3-zoom and its gesture, fetched the first time a reader zooms. */
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
/** A press that moves less than this (px) is a click, not a pan. */
const CLICK_DISTANCE = 4;

interface Press {
  pointerId: number;
  pointerType: string;
  clientX: number;
  clientY: number;
  moved: boolean;
}

/**
 * Pan and zoom of a drawing, on d3-zoom, for a graphic embedded in an article: a plain mouse
 * wheel scrolls the page (and shows a hint), Ctrl/⌘ + wheel or a trackpad pinch zooms, two
 * fingers pinch, one finger pans only once zoomed in (else it scrolls the page), a press on the
 * background pans, and `+`, `-` and `0` zoom in, out and back. The host renders with
 * `transform`; d3-zoom handles the gesture, and is loaded only when a reader first zooms.
 */
export class ZoomController implements ReactiveController {
  /** Where the picture is drawn: a point (x, y) of the layout is at (x·k + tx, y·k + ty). */
  transform: ZoomState = IDENTITY;
  /** Show the hint that Ctrl/⌘ + wheel zooms. */
  hint = false;

  private gesture: ZoomGesture | null = null;
  private loading: Promise<ZoomGesture | null> | null = null;
  /** The drawing d3-zoom is attached to. */
  private attached: SVGSVGElement | null = null;
  private readonly presses = new Map<number, Press>();
  /** Pointers handed to d3-zoom. */
  private readonly gesturing = new Set<number>();
  private hintTimer = 0;
  private swallowClick = false;
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
    return this.transform.k > 1 + 1e-9;
  }

  /** A point of the drawing (viewBox coordinates) in the layout's coordinates. */
  invert(x: number, y: number): { x: number; y: number } {
    const { k, x: tx, y: ty } = this.transform;
    return { x: (x - tx) / k, y: (y - ty) / k };
  }

  hostUpdated(): void {
    // Lit may draw a new <svg> (another dataset): the behaviour follows it, from the whole picture.
    const svg = this.options.svg();
    if (this.attached && svg !== this.attached) this.detach();
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.hintTimer);
    this.hint = false;
  }

  /** Back to the whole picture at once, without a gesture (the picture was laid out anew). */
  clear(): void {
    if (this.transform === IDENTITY) return;
    this.quiet = true;
    this.gesture?.reset(false);
    this.quiet = false;
    this.transform = IDENTITY;
  }

  /** Zooms by `factor` around the centre (keys and buttons); animated unless reduced motion. */
  zoomBy(factor: number): void {
    void this.load().then((g) => g?.scaleBy(factor, !this.options.reducedMotion()));
  }

  reset(): void {
    if (this.zoomed) void this.load().then((g) => g?.reset(!this.options.reducedMotion()));
  }

  /** Pans a point of the layout into the middle, if it is outside the drawing while zoomed. */
  reveal(point: { x: number; y: number }, width: number, height: number): void {
    const { k, x, y } = this.transform;
    const sx = point.x * k + x;
    const sy = point.y * k + y;
    if (this.gesture && this.zoomed && (sx < 0 || sy < 0 || sx > width || sy > height)) {
      this.gesture.translateTo(point.x, point.y, !this.options.reducedMotion());
    }
  }

  /** True once for the click that ends a pan. */
  consumeClick(): boolean {
    const swallow = this.swallowClick;
    this.swallowClick = false;
    return swallow;
  }

  readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) {
      this.showHint();
      return;
    }
    // Once loaded, d3-zoom's own wheel listener on the drawing takes the step.
    if (this.gesture) return;
    // Not the page's zoom: this step is the drawing's, once d3-zoom is here.
    event.preventDefault();
    const { deltaY, deltaMode, ctrlKey, clientX, clientY } = event;
    void this.load().then((g) => g?.wheel({ deltaY, deltaMode, ctrlKey, clientX, clientY }));
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    const background = this.options.isBackground(event.target);
    if (!background || (event.pointerType !== 'touch' && event.button !== 0)) return;
    const press = { pointerId: event.pointerId, pointerType: event.pointerType, clientX: event.clientX, clientY: event.clientY, moved: false };
    this.presses.set(event.pointerId, press);
    const touches = [...this.presses.values()].filter((p) => p.pointerType === 'touch');
    // Two fingers pinch; one pans once zoomed (before that, a finger scrolls the page and a press is a click).
    if (touches.length >= 2) {
      for (const p of touches) this.begin(p, event);
    } else if (this.zoomed) {
      this.begin(press, event);
    }
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const press = this.presses.get(event.pointerId);
    if (!press) return;
    if (!press.moved && Math.hypot(event.clientX - press.clientX, event.clientY - press.clientY) >= CLICK_DISTANCE) press.moved = true;
    press.clientX = event.clientX;
    press.clientY = event.clientY;
    if (this.gesturing.has(event.pointerId)) {
      event.preventDefault();
      this.gesture?.pointer('move', press);
    }
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const press = this.presses.get(event.pointerId);
    if (!press) return;
    this.presses.delete(event.pointerId);
    if (!this.gesturing.delete(event.pointerId)) return;
    this.gesture?.pointer('end', press);
    if (press.moved && event.type === 'pointerup') this.swallowClick = true;
  };

  /** `+` / `=` zoom in, `-` zoom out, `0` back to the whole picture; true when the key was one of them. */
  readonly onKey = (event: KeyboardEvent): boolean => {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const key = event.key;
    if (key === '+' || key === '=') this.zoomBy(2);
    else if (key === '-' || key === '_') this.zoomBy(0.5);
    else if (key === '0') this.reset();
    else return false;
    event.preventDefault();
    return true;
  };

  /** Hands a pointer to d3-zoom (loading it first if need be), capturing it on the drawing. */
  private begin(press: Press, event: PointerEvent): void {
    if (this.gesturing.has(press.pointerId)) return;
    this.gesturing.add(press.pointerId);
    const svg = this.options.svg();
    try {
      svg?.setPointerCapture(press.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): the gesture still follows it over the drawing.
    }
    event.preventDefault();
    void this.load().then((g) => {
      // Where the pointer is now: it may have moved while d3-zoom loaded.
      if (g && this.gesturing.has(press.pointerId)) g.pointer('start', press);
    });
  }

  private load(): Promise<ZoomGesture | null> {
    const svg = this.options.svg();
    if (this.gesture && svg === this.attached) return Promise.resolve(this.gesture);
    return (this.loading ??= loadGesture().then(({ attachZoom }) => {
      this.loading = null;
      const now = this.options.svg();
      if (!now || !this.host.isConnected) return null;
      this.attached = now;
      this.gesture = attachZoom(now, (state) => {
        this.transform = state.k === 1 && state.x === 0 && state.y === 0 ? IDENTITY : state;
        if (!this.quiet) this.options.changed();
      });
      return this.gesture;
    }));
  }

  private detach(): void {
    this.gesture?.detach();
    this.gesture = this.attached = null;
    this.presses.clear();
    this.gesturing.clear();
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
