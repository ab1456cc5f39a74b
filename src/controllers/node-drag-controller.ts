import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FrameLoopController } from './frame-loop-controller.js';

/** Forces a reader drags a node in: the host turns each tick into a picture. */
export interface DragSimulation {
  /** Holds a node at a point of the layout, or lets it go with `null`. */
  pin(id: string, point: { x: number; y: number } | null): void;
  readonly settled: boolean;
  tick(): void;
}

export interface NodeDragOptions {
  /** The forces, started from the picture on screen, when a press on node `id` becomes a drag. */
  start(id: string): DragSimulation | null;
  /** A pointer's position in the layout's coordinates. */
  toLayout(event: PointerEvent): { x: number; y: number };
  /** The host's frame loop: one tick per frame. */
  loop: FrameLoopController;
  /** No settling animation: the picture comes to rest at once on release. */
  reducedMotion(): boolean;
}

/** A press that moves less than this (px) is a click, not a drag. */
const CLICK_DISTANCE = 4;
/** Ticks at most when the picture comes to rest at once. */
const MAX_TICKS = 300;

interface Press {
  id: string;
  pointerId: number;
  x: number;
  y: number;
  moved: boolean;
}

/**
 * Dragging a node with a mouse, pen or finger (Pointer Events): a press on a node becomes a
 * drag once it moves; the forces then run once per animation frame while the node follows the
 * pointer, and after the release until they come to rest. The click that ends a drag does not
 * select.
 */
export class NodeDragController implements ReactiveController {
  private press: Press | null = null;
  private simulation: DragSimulation | null = null;
  private swallowClick = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NodeDragOptions,
  ) {
    host.addController(this);
  }

  /** The node being dragged (the press has moved), else null. */
  get dragging(): string | null {
    return this.press?.moved ? this.press.id : null;
  }

  /** A primary press on node `id`: a click, or a drag once it moves. */
  pressed(event: PointerEvent, id: string): void {
    if (event.button === 0) this.press ??= { id, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  }

  /** A pointer moved over the drawing (`currentTarget`, which captures it once it drags). */
  readonly onPointerMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!press.moved) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_DISTANCE) return;
      press.moved = true;
      this.options.loop.stop();
      this.simulation ??= this.options.start(press.id);
      this.host.requestUpdate();
      try {
        // Only once it is a drag: a captured pointer's click would land on the drawing, not the node.
        (event.currentTarget as Element).setPointerCapture(event.pointerId);
      } catch {
        // Not an active pointer (a synthetic event): the drag still works over the drawing.
      }
    }
    event.preventDefault();
    this.simulation?.pin(press.id, this.options.toLayout(event));
    this.settle();
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const press = this.press;
    const simulation = this.simulation;
    if (!press || event.pointerId !== press.pointerId) return;
    this.press = null;
    if (!press.moved || !simulation) return;
    this.host.requestUpdate();
    this.swallowClick = event.type === 'pointerup';
    simulation.pin(press.id, null);
    if (this.options.reducedMotion()) {
      this.options.loop.stop();
      for (let i = 0; i < MAX_TICKS && !simulation.settled; i++) simulation.tick();
      this.host.requestUpdate();
    } else this.settle();
  };

  /** True once for the click that ends a drag. */
  consumeClick(): boolean {
    const swallow = this.swallowClick;
    this.swallowClick = false;
    return swallow;
  }

  /** Forgets the press and the forces (the picture was laid out anew). */
  cancel(): void {
    this.press = this.simulation = null;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Ticks once per frame while a node is held, then until the forces rest. */
  private settle(): void {
    this.options.loop.run(() => {
      const simulation = this.simulation;
      simulation?.tick();
      return !!this.press?.moved || !(simulation?.settled ?? true);
    });
  }
}
