import type { NetworkGraph } from '../data/network.js';
import { DENSE, settleFrame, type Point } from './network-forces.js';
import { moveLabel, placeLabels, takeDots, type LabelBox } from './network-labels.js';
import { placeLinks, type LinkEnd, type PlacedLink } from './network-links.js';
import { MARGIN, clamp, planFrame, type FrameOptions, type NetworkFrame, type RingNode } from './network-rings.js';

/**
 * Pure, deterministic geometry of the network view, composed from its parts: rings
 * (`network-rings.ts`), d3-force (`network-forces.ts`), labels (`network-labels.ts`) and links
 * (`network-links.ts`). A scene is a graph laid out at a size; a picture is a scene drawn at a
 * zoom, with every number rounded to 0.01 px. Same graph, size and zoom: same numbers, in Node
 * and every engine. No DOM here.
 */

export { networkHeight, estimateTextWidth, nodeRadius, type NetworkFrame } from './network-rings.js';
export { dragForces, type DragForces, type Point } from './network-forces.js';
export type { Box, LabelBox } from './network-labels.js';
export type { PlacedLink } from './network-links.js';

export interface LayoutOptions extends FrameOptions {
  seed?: number;
  /** Simulation ticks before the first picture; default depends on the number of nodes. */
  ticks?: number;
}

/**
 * A zoom, as d3-zoom's transform has it: a point of the layout at (x, y) is drawn at
 * (x·k + tx, y·k + ty).
 */
export interface ZoomView {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomView = Object.freeze({ k: 1, x: 0, y: 0 });

/** A node of the graph, placed: its centre and radius on screen, and its label. */
export interface PlacedNode extends Pick<RingNode, 'id' | 'node' | 'x' | 'y' | 'r' | 'ring'> {
  /** Null when the label does not fit: it is shown on hover and focus instead. */
  label: LabelBox | null;
}

/** A picture: what the view draws, in the coordinates of the drawing on screen. */
export interface NetworkLayout {
  width: number;
  height: number;
  /** Label font size in px. */
  fontSize: number;
  /** In the graph's order. */
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** Keyboard order: the hub, then around each ring clockwise from the top, outer ring first. */
  order: string[];
  transform: ZoomView;
}

/** A graph laid out at a size: the frame, and where the forces have put its nodes (layout coordinates). */
export interface NetworkScene {
  frame: NetworkFrame;
  /** In `frame.nodes` order. */
  positions: readonly Point[];
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Rings, then the forces' ticks: the scene of a first paint. */
export function layoutScene(graph: NetworkGraph, options: LayoutOptions): NetworkScene {
  const frame = planFrame(graph, options);
  return { frame, positions: settleFrame(frame, options.ticks, options.seed) };
}

/**
 * The picture of a scene at a zoom. Dots grow with the square root of the zoom, so that a
 * zoomed picture opens up room between them; labels, letters and line widths keep their size,
 * and labels are placed anew where they now fit. With `follow` (the picture before, while a node
 * is dragged) the labels and letters shown stay the same and move with their nodes.
 */
export function drawNetwork(scene: NetworkScene, transform: ZoomView = IDENTITY, follow: NetworkLayout | null = null): NetworkLayout {
  const { frame, positions } = scene;
  const { width, height, fontSize } = frame;
  const { k } = transform;
  const grow = Math.sqrt(k);
  const screen = frame.nodes.map((d, i) => {
    // Clamped in the layout, where the forces may have pushed a node past the edge.
    const x = clamp(positions[i].x, MARGIN + d.r, width - MARGIN - d.r);
    const y = clamp(positions[i].y, MARGIN + d.r, height - MARGIN - d.r);
    return { x: round(x * k + transform.x), y: round(y * k + transform.y), r: round(d.r * grow), labelWidth: d.labelWidth };
  });
  const taken = takeDots(screen, fontSize, width, height);
  const before = follow && new Map(follow.nodes.map((p) => [p.id, p]));
  const labels = before
    ? frame.nodes.map((d, i) => {
        const p = before.get(d.id);
        return p?.label ? moveLabel(p.label, screen[i].x - p.x, screen[i].y - p.y) : null;
      })
    : placeLabels(screen, frame.priority, { width, height, fontSize, centre: { x: (width / 2) * k + transform.x, y: (height / 2) * k + transform.y } }, taken);
  const placed = new Map<string, PlacedNode & LinkEnd>();
  frame.nodes.forEach((d, i) => {
    const { x, y, r } = screen[i];
    placed.set(d.id, { id: d.id, node: d.node, x, y, r, ring: d.ring, label: labels[i] });
  });
  // Above 60 nodes the picture is too dense for letters.
  const letters = frame.nodes.length <= DENSE;
  const links = placeLinks(
    frame.graph.links,
    placed,
    { kinds: frame.kinds, fontSize, letters, follow: follow && letters ? new Map(follow.links.map((l) => [l.id, l])) : null },
    taken,
  );
  return {
    width,
    height,
    fontSize,
    nodes: frame.graph.nodes.map((d) => placed.get(d.id)!),
    links,
    // The forces keep each ring's order, so the starting order is the clockwise order.
    order: frame.nodes.map((d) => d.id),
    transform,
  };
}

/**
 * Positions, radii, label boxes and link geometry for a network graph at a given size. Labels
 * are placed by priority (the hub, then the broadest support) and dropped, never overlapped,
 * when they do not fit.
 */
export function layoutNetwork(graph: NetworkGraph, options: LayoutOptions, transform: ZoomView = IDENTITY): NetworkLayout {
  return drawNetwork(layoutScene(graph, options), transform);
}

/**
 * The picture between two pictures of the same graph, for resize transitions (0 ≤ t ≤ 1): nodes
 * and links move, labels follow their nodes (their boxes are the final ones).
 */
export function interpolateLayout(from: NetworkLayout, to: NetworkLayout, t: number): NetworkLayout {
  const mix = (a: number, b: number): number => round(a + (b - a) * t);
  const old = new Map<string, PlacedNode | PlacedLink>([...from.nodes, ...from.links].map((d) => [d.id, d]));
  return {
    ...to,
    nodes: to.nodes.map((p) => {
      const a = (old.get(p.id) ?? p) as PlacedNode;
      return { ...p, x: mix(a.x, p.x), y: mix(a.y, p.y), r: mix(a.r, p.r) };
    }),
    links: to.links.map((l) => {
      const a = (old.get(l.id) ?? l) as PlacedLink;
      return { ...l, x1: mix(a.x1, l.x1), y1: mix(a.y1, l.y1), x2: mix(a.x2, l.x2), y2: mix(a.y2, l.y2), letter: null };
    }),
  };
}

/**
 * True when two pictures of the same graph differ only in positions: same size, radii, labels
 * shown and letters shown. The element moves the shapes of such a picture instead of drawing anew.
 */
export function samePlan(a: NetworkLayout, b: NetworkLayout): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.nodes.length === b.nodes.length &&
    a.links.length === b.links.length &&
    a.nodes.every((p, i) => p.id === b.nodes[i].id && p.r === b.nodes[i].r && !p.label === !b.nodes[i].label) &&
    a.links.every((l, i) => l.id === b.links[i].id && !l.letter === !b.links[i].letter)
  );
}
