import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';

/**
 * d3-zoom on a drawing, loaded on demand by `ZoomController` (its own chunk: d3-zoom brings
 * d3-transition, d3-interpolate, d3-color, d3-ease and d3-drag). d3-zoom does the gesture's
 * arithmetic: wheel steps, pan and pinch anchored at the pointers, the scale and translate
 * extents, smooth transitions. Pointers of every kind come in as Pointer Events (one model
 * for mouse, pen and touch, which is also what a page's other handlers see); d3-zoom v3 reads
 * mouse and touch events, so each pointer is handed to its touch gesture as a touch.
 */

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export interface ZoomGesture {
  /** Zooms by `factor` around the drawing's centre (or `point`, in its coordinates). */
  scaleBy(factor: number, animate: boolean, point?: [number, number]): void;
  /** Back to the whole picture. */
  reset(animate: boolean): void;
  /** Pans so that a point of the layout is in the centre. */
  translateTo(x: number, y: number, animate: boolean): void;
  /** A Ctrl/⌘ + wheel step that came before this module was loaded. */
  wheel(event: { deltaY: number; deltaMode: number; ctrlKey: boolean; clientX: number; clientY: number }): void;
  /** A pointer pressed, moved or lifted on the drawing (the caller decides which start a gesture). */
  pointer(phase: 'start' | 'move' | 'end', event: { pointerId: number; clientX: number; clientY: number }): void;
  /** Stops any transition and lets go of the drawing. */
  detach(): void;
}

/** Zoom between the whole picture and eight times closer. */
const SCALE_EXTENT: [number, number] = [1, 8];
const DURATION = 250;

/** A pointer as d3-zoom reads a touch. */
interface Touch {
  identifier: number;
  clientX: number;
  clientY: number;
}

/** Marks the touch events made here from pointers, the only ones d3-zoom's filter lets through besides Ctrl/⌘ + wheel. */
const ADAPTED = Symbol('pointer');

type Listener = (this: SVGSVGElement, event: unknown) => void;

export function attachZoom(svg: SVGSVGElement, onZoom: (state: ZoomState) => void): ZoomGesture {
  const selection = select<SVGSVGElement, unknown>(svg);
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    // The gesture arrives as touches from any pointer; register the touch handlers everywhere.
    .touchable(true)
    .filter((event: Event & { [ADAPTED]?: boolean }) =>
      event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !!event[ADAPTED],
    )
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => onZoom({ k: event.transform.k, x: event.transform.x, y: event.transform.y }));
  // Pan no further than the picture's edges (the extent is the drawing's viewBox).
  const constrain = behavior.constrain();
  behavior.constrain((transform, extent) => constrain(transform, extent, extent));
  selection.call(behavior);

  // The touch handlers, called with pointers; the wheel stays d3-zoom's own listener. Mouse
  // presses and double clicks are Pointer Events here (a double click does not zoom).
  const touch = {
    start: selection.on('touchstart.zoom') as Listener,
    move: selection.on('touchmove.zoom') as Listener,
    end: selection.on('touchend.zoom') as Listener,
  };
  selection.on('touchstart.zoom touchmove.zoom touchend.zoom touchcancel.zoom mousedown.zoom dblclick.zoom', null);

  const touches = new Map<number, Touch>();
  const send = (type: 'start' | 'move' | 'end', changed: Touch): void => {
    const event = {
      [ADAPTED]: true,
      type: `touch${type}`,
      touches: [...touches.values()],
      changedTouches: [changed],
      preventDefault: () => undefined,
      stopImmediatePropagation: () => undefined,
    };
    touch[type].call(svg, event);
  };
  const target = (animate: boolean) => (animate ? selection.transition().duration(DURATION) : selection);
  const wheelDelta = behavior.wheelDelta() as (event: unknown) => number;

  return {
    scaleBy(factor, animate, point) {
      behavior.scaleBy(target(animate), factor, point);
    },
    reset(animate) {
      behavior.transform(target(animate), zoomIdentity);
    },
    translateTo(x, y, animate) {
      behavior.translateTo(target(animate), x, y);
    },
    wheel(event) {
      behavior.scaleBy(selection, 2 ** wheelDelta(event), pointer(event, svg));
    },
    pointer(phase, { pointerId, clientX, clientY }) {
      const changed = { identifier: pointerId, clientX, clientY };
      if (phase === 'end') {
        if (!touches.delete(pointerId)) return;
      } else {
        if (phase === 'move' && !touches.has(pointerId)) return;
        touches.set(pointerId, changed);
      }
      send(phase, changed);
    },
    detach() {
      selection.interrupt().on('.zoom', null);
      touches.clear();
    },
  };
}
