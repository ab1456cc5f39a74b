import type { SimulationNodeDatum } from 'd3-force';
import type { NetworkGraph, NetworkNode } from '../data/network.js';

/**
 * Ring planning for the network view: the frame at a size, the hub in its centre and the other
 * countries on one or more rings around it, in dataset order, clockwise from the top. These are
 * the forces' starting positions, and the rings they pull towards.
 */

export interface FrameOptions {
  width: number;
  height: number;
  /** Kind ids in bundle order: a kind keeps its side in a bundle of parallel links. */
  kinds?: readonly string[];
  /** Label font size in px (at least 12). */
  fontSize?: number;
}

/** A country as the forces move it: d3-force's node, with its ring and sizes. */
export interface RingNode extends SimulationNodeDatum {
  id: string;
  node: NetworkNode;
  x: number;
  y: number;
  /** Radius of the dot. */
  r: number;
  /** Index of the ring (0 outermost); -1 for the hub. */
  ring: number;
  /** Radius of the ring. */
  rho: number;
  /** Collision radius: most of the even spacing of the node's ring, so rings keep their order. */
  collide: number;
  /** Estimated width of its label. */
  labelWidth: number;
}

/** A graph planned at a size: everything the forces, labels and links need, nothing moved yet. */
export interface NetworkFrame {
  graph: NetworkGraph;
  width: number;
  height: number;
  fontSize: number;
  kinds: readonly string[];
  /** In keyboard order (the hub, then around each ring from the top), at their starting positions. */
  nodes: readonly RingNode[];
  /** Indices into `nodes` in label order: the hub, then the broadest support. */
  priority: readonly number[];
  /** Countries around the hub. */
  partners: number;
}

/** Space between the drawing's edge and anything in it. */
export const MARGIN = 4;
/** Space between a node and its neighbours or its label. */
export const GAP = 3;

/** The drawing's height for a width: square when narrow, flatter when wide, at least 320 px. */
export const networkHeight = (width: number): number =>
  Math.round(Math.max(320, width <= 400 ? width : 400 + 0.4 * (width - 400)));

const NARROW = "ijlIft.,:;'!|()[]";

/** Conservative width of a label, from per-character classes of common sans-serif faces. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  // `!ch.trim()`: white space, as /\s/ has it.
  for (const ch of text) em += NARROW.includes(ch) || !ch.trim() ? 0.32 : 'mwMW@'.includes(ch) ? 0.9 : ch >= 'A' && ch <= 'Z' ? 0.72 : 0.58;
  return Math.ceil(em * fontSize * 1.06);
}

/** Node radius: area grows with the breadth of support (number of kinds). */
export const nodeRadius = (base: number, breadth: number): number => base * Math.sqrt(1 + Math.max(0, breadth));

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Positions snapped to a binary grid: the cosines of the ring angles may differ in the last bit between engines. */
const snap = (v: number): number => Math.round(v * 1024) / 1024;

/** Splits `n` nodes over concentric rings, shrinking nodes until they fit (not below 1.5 px). */
export function planRings(n: number, outer: number, inner: number, baseMax: number, maxBreadth: number) {
  const sum = (list: number[]): number => list.reduce((a, b) => a + b, 0);
  for (let base = baseMax; ; base = Math.max(1.5, base * 0.9)) {
    const d = 2 * nodeRadius(base, maxBreadth) + GAP;
    const radii: number[] = [];
    for (let rho = outer; radii.length === 0 || rho >= inner + d; rho -= d * 1.15) radii.push(rho);
    const capacity = radii.map((rho) => Math.max(1, Math.floor((2 * Math.PI * rho) / d)));
    if (sum(capacity) >= n || base <= 1.5) {
      // Use as few rings as needed, filled in proportion to their circumference.
      let used = 0;
      for (let fit = 0; used < radii.length && fit < n; ) fit += capacity[used++];
      const rings = radii.slice(0, used);
      const length = sum(rings);
      const counts = rings.map((rho) => Math.floor((n * rho) / length));
      for (let i = 0, left = n - sum(counts); left > 0; i = (i + 1) % counts.length, left--) counts[i]++;
      return { base, rings, counts };
    }
  }
}

/** Frame, rings, sizes and starting positions of a graph at a size. */
export function planFrame(graph: NetworkGraph, options: FrameOptions): NetworkFrame {
  const width = Math.max(1, options.width);
  const height = Math.max(1, options.height);
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const labelHeight = Math.ceil(fontSize * 1.3);
  const cx = width / 2;
  const cy = height / 2;
  const hub = graph.nodes.find((d) => d.role === 'hub');
  const others = graph.nodes.filter((d) => d !== hub);
  const maxBreadth = Math.max(1, ...graph.nodes.map((d) => d.breadth));

  // Room for a label centred below a node on the sides, and above or below one at the top and bottom.
  const labelWidths = new Map(graph.nodes.map((d) => [d, estimateTextWidth(d.name, fontSize)]));
  const widest = Math.min(Math.max(0, ...others.map((d) => labelWidths.get(d)!)), width * 0.3);
  const baseMax = clamp(Math.min(width, height) / 48, 4, 10);
  const rMax = nodeRadius(baseMax, maxBreadth);
  const outer = Math.max(
    rMax * 2,
    Math.min(width / 2 - MARGIN - Math.max(rMax, widest / 2), height / 2 - MARGIN - rMax - GAP - labelHeight - 2),
  );
  const plan = planRings(others.length, outer, rMax * 2 + GAP, baseMax, maxBreadth);
  const at = (node: NetworkNode, ring: number, rho: number, count: number, x: number, y: number): RingNode => {
    const r = nodeRadius(plan.base, node.breadth);
    const collide = ring < 0 ? r + GAP : Math.max(r + GAP / 2, 2 * rho * Math.sin(Math.PI / Math.max(2, count)) * 0.45);
    return { node, id: node.id, x, y, r, ring, rho, collide, labelWidth: labelWidths.get(node)! };
  };
  const nodes: RingNode[] = hub ? [{ ...at(hub, -1, 0, 1, cx, cy), fx: cx, fy: cy }] : [];
  let next = 0;
  plan.counts.forEach((count, ring) => {
    const rho = plan.rings[ring];
    // Inner rings turn half a step, so their nodes sit between the outer ones.
    const turn = ring % 2 === 0 ? 0 : Math.PI / count;
    for (let i = 0; i < count; i++) {
      const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count;
      nodes.push(at(others[next++], ring, rho, count, snap(cx + rho * Math.cos(angle)), snap(cy + rho * Math.sin(angle))));
    }
  });
  const priority = nodes
    .map((_, i) => i)
    .sort((i, j) => {
      const a = nodes[i].node;
      const b = nodes[j].node;
      return Number(b.role === 'hub') - Number(a.role === 'hub') || b.breadth - a.breadth || b.claimCount - a.claimCount || a.order - b.order;
    });
  return { graph, width, height, fontSize, kinds: options.kinds ?? [], nodes, priority, partners: others.length };
}
