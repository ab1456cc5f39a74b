import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';

/**
 * d3-zoom on a drawing, loaded on demand by `ZoomController` (its own chunk: d3-zoom brings
 * d3-selection, d3-transition, d3-interpolate, d3-color, d3-ease and d3-drag). d3-zoom does the
 * gesture: wheel steps, pan and pinch anchored at the pointers, the scale and translate extents,
 * smooth transitions. Pointers of every kind arrive as Pointer Events (one model for mouse, pen
 * and touch); d3-zoom v3 reads mouse and touch events, so each pointer that pans or pinches is
 * handed to its touch gesture as a touch. Which pointers do is decided here: two fingers pinch,
 * and a press on the background pans once zoomed in.
 */

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export interface ZoomGestureOptions {
  /** True for a pointer target where a press may pan: the drawing's background, not a node. */
  isBackground(target: EventTarget | null): boolean;
  onZoom(state: ZoomState): void;
}

/** A pointer down on the drawing's background. */
export interface Press {
  pointerId: number;
  pointerType: string;
  clientX: number;
  clientY: number;
}

/** A press as followed here: where it started, and whether it moved further than a click would. */
interface Followed extends Press {
  startX: number;
  startY: number;
  moved: boolean;
}

export type ZoomGesture = ReturnType<typeof attachZoom>;

/** Zoom between the whole picture and eight times closer. */
const SCALE_EXTENT: [number, number] = [1, 8];
const DURATION = 250;
/** A press that moves less than this (px) is a click, not a pan. */
const CLICK_DISTANCE = 4;

/** Marks the touch events made here from pointers: besides Ctrl/⌘ + wheel, the only events d3-zoom's filter lets through. */
const ADAPTED = Symbol('pointer');

type Listener = (this: SVGSVGElement, event: unknown) => void;

/** Attaches d3-zoom to `svg`; `presses` are pointers already down on its background (a pinch that started the loading). */
export function attachZoom(svg: SVGSVGElement, options: ZoomGestureOptions, presses: readonly Press[] = []) {
  const selection = select<SVGSVGElement, unknown>(svg);
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    // The gesture arrives as touches from any pointer: register the touch handlers everywhere.
    .touchable(true)
    .filter((event: Event & { [ADAPTED]?: boolean }) =>
      event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !!event[ADAPTED],
    )
    .on('zoom', ({ transform: { k, x, y } }: D3ZoomEvent<SVGSVGElement, unknown>) => options.onZoom({ k, x, y }));
  // Pan no further than the picture's edges (the extent is the drawing's viewBox).
  const constrain = behavior.constrain();
  behavior.constrain((transform, extent) => constrain(transform, extent, extent));
  selection.call(behavior);

  // The touch handlers, called with pointers; the wheel stays d3-zoom's own listener. Mouse
  // presses and double clicks come as pointers too (a double click does not zoom).
  const touch = {
    start: selection.on('touchstart.zoom') as Listener,
    move: selection.on('touchmove.zoom') as Listener,
    end: selection.on('touchend.zoom') as Listener,
  };
  selection.on('touchstart.zoom touchmove.zoom touchend.zoom touchcancel.zoom mousedown.zoom dblclick.zoom', null);

  const follow = (p: Press): Followed => ({ ...p, startX: p.clientX, startY: p.clientY, moved: false });
  const down = new Map(presses.map((p) => [p.pointerId, follow(p)]));
  /** Pointers handed to d3-zoom, as touches. */
  const active = new Set<number>();
  let swallowClick = false;

  const send = (type: 'start' | 'move' | 'end', changed: Press): void => {
    const touches = [...active].map((id) => down.get(id)!).map(({ pointerId, clientX, clientY }) => ({ identifier: pointerId, clientX, clientY }));
    touch[type].call(svg, {
      [ADAPTED]: true,
      type: `touch${type}`,
      touches,
      changedTouches: [{ identifier: changed.pointerId, clientX: changed.clientX, clientY: changed.clientY }],
      preventDefault: () => undefined,
      stopImmediatePropagation: () => undefined,
    });
  };
  const begin = (press: Followed): void => {
    if (active.has(press.pointerId)) return;
    active.add(press.pointerId);
    try {
      svg.setPointerCapture(press.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): the gesture still follows it over the drawing.
    }
    send('start', press);
  };
  /** Two fingers pinch; one pans once zoomed (before that a finger scrolls the page, and a press is a click). */
  const decide = (press: Followed): void => {
    const fingers = [...down.values()].filter((p) => p.pointerType === 'touch');
    if (fingers.length >= 2) fingers.forEach(begin);
    else if (zoomTransform(svg).k > 1) begin(press);
  };
  const target = (animate: boolean) => (animate ? selection.transition().duration(DURATION) : selection);
  const wheelDelta = behavior.wheelDelta() as (event: unknown) => number;
  for (const press of down.values()) decide(press);

  return {
    pointerDown(event: PointerEvent): void {
      if (!options.isBackground(event.target) || (event.pointerType !== 'touch' && event.button !== 0)) return;
      const { pointerId, pointerType, clientX, clientY } = event;
      const press = follow({ pointerId, pointerType, clientX, clientY });
      down.set(event.pointerId, press);
      decide(press);
      if (active.has(pointerId)) event.preventDefault();
    },
    pointerMove(event: PointerEvent): void {
      const press = down.get(event.pointerId);
      if (!press) return;
      press.moved ||= Math.hypot(event.clientX - press.startX, event.clientY - press.startY) >= CLICK_DISTANCE;
      press.clientX = event.clientX;
      press.clientY = event.clientY;
      if (!active.has(event.pointerId)) return;
      event.preventDefault();
      send('move', press);
    },
    pointerUp(event: PointerEvent): void {
      const press = down.get(event.pointerId);
      if (!press) return;
      down.delete(event.pointerId);
      if (!active.delete(event.pointerId)) return;
      send('end', press);
      if (press.moved && event.type === 'pointerup') swallowClick = true;
    },
    /** True once for the click that ends a pan. */
    consumeClick(): boolean {
      const swallow = swallowClick;
      swallowClick = false;
      return swallow;
    },
    /** Zooms by `factor` around the drawing's centre. */
    scaleBy(factor: number, animate: boolean): void {
      behavior.scaleBy(target(animate), factor);
    },
    /** Back to the whole picture. */
    reset(animate: boolean): void {
      behavior.transform(target(animate), zoomIdentity);
    },
    /** Pans so that a point of the layout is in the middle. */
    translateTo(x: number, y: number, animate: boolean): void {
      behavior.translateTo(target(animate), x, y);
    },
    /** A Ctrl/⌘ + wheel step that came before this module was here (later ones are d3-zoom's own). */
    wheel(event: { deltaY: number; deltaMode: number; ctrlKey: boolean; clientX: number; clientY: number }): void {
      behavior.scaleBy(selection, 2 ** wheelDelta(event), pointer(event, svg));
    },
    /** Stops any transition and lets go of the drawing. */
    detach(): void {
      selection.interrupt().on('.zoom', null);
      down.clear();
      active.clear();
    },
  };
}
