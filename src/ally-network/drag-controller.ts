import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LayoutSimulation, NetworkLayout } from './network-layout.js';

/** A press that moves less than this (px) is a click, not a drag. */
const SLOP = 4;

interface Press {
  id: string;
  pointerId: number;
  x: number;
  y: number;
  moved: boolean;
}

/**
 * Dragging a node with a mouse, pen or finger (Pointer Events, no d3-drag): the layout's forces
 * run once per animation frame while the node follows the pointer, then until the picture
 * settles. Nothing runs otherwise, in a hidden tab (no frames) or once the host is disconnected.
 */
export class DragController implements ReactiveController {
  /** The picture while a node is dragged and until the next layout; null when untouched. */
  layout: NetworkLayout | null = null;
  private simulation: LayoutSimulation | null = null;
  private press: Press | null = null;
  private frame = 0;
  private swallowClick = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Starts the forces from the picture on screen. */
    private readonly start: () => LayoutSimulation | null,
    /** Under reduced motion the picture settles at once when the node is let go. */
    private readonly instant: () => boolean,
  ) {
    host.addController(this);
  }

  get dragging(): boolean {
    return this.press?.moved ?? false;
  }

  /** Forget a dragged picture (new data or size) and stop. */
  reset(): void {
    this.stop();
    this.layout = null;
    this.simulation = null;
    this.press = null;
  }

  hostDisconnected(): void {
    this.stop();
    this.simulation = null;
    this.press = null;
  }

  down(event: PointerEvent, id: string): void {
    if (event.button !== 0 || this.press) return;
    this.press = { id, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  }

  move(event: PointerEvent, svg: SVGSVGElement): void {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < SLOP) return;
    if (!press.moved) {
      press.moved = true;
      this.simulation ??= this.start();
      try {
        // Only once it is a drag: a captured pointer's click would land on the drawing, not the node.
        svg.setPointerCapture(event.pointerId);
      } catch {
        // Not an active pointer (a synthetic event): the drag still works over the drawing.
      }
    }
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = box.width > 0 ? view.width / box.width : 1;
    this.simulation?.pin(press.id, { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale });
    this.run();
  }

  up(event: PointerEvent): void {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    this.press = null;
    if (!press.moved) return;
    this.swallowClick = event.type === 'pointerup';
    const simulation = this.simulation;
    if (!simulation) return;
    simulation.pin(press.id, null);
    if (this.instant()) {
      this.stop();
      for (let i = 0; i < 300 && !simulation.settled; i++) this.layout = simulation.tick();
      this.host.requestUpdate();
    } else this.run();
  }

  /** True once for the click that ends a drag, which must not select. */
  consumeClick(): boolean {
    const swallow = this.swallowClick;
    this.swallowClick = false;
    return swallow;
  }

  private run(): void {
    if (this.frame || !this.host.isConnected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const simulation = this.simulation;
      if (!simulation) return;
      this.layout = simulation.tick();
      this.host.requestUpdate();
      if (this.press?.moved || !simulation.settled) this.run();
    });
  }

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
