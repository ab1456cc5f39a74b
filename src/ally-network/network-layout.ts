import {
  forceCollide,
  forceLink,
  forceRadial,
  forceSimulation,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { NetworkGraph, NetworkNode } from '../data/network.js';

/**
 * Pure, deterministic geometry of the network view: the hub in the centre, the other countries
 * on one or more rings around it in dataset order, nudged by d3-force (partners that share links
 * draw together, none overlap), then labels placed where they collide with nothing.
 *
 * Same graph and size, same numbers, in Node and every engine: the simulation starts from
 * positions snapped to a binary grid, uses a seeded LCG, a fixed decay, and only + − × ÷ and
 * √ (exactly rounded everywhere), and the output is rounded to 0.01 px.
 */

export interface LayoutOptions {
  width: number;
  height: number;
  /** Kind ids in bundle order: a kind keeps its side in a bundle of parallel links. */
  kinds?: readonly string[];
  /** Label font size in px (at least 12). */
  fontSize?: number;
  seed?: number;
  /** Simulation ticks; default depends on the number of nodes. */
  ticks?: number;
}

export interface LabelBox {
  /** Text anchor point (baseline is vertically centred with `dominant-baseline: central`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text is expected to fill. */
  box: Box;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
  /** Index of the ring (0 outermost); -1 for the hub. */
  ring: number;
  /** Null when the label does not fit: it is shown on hover and focus instead. */
  label: LabelBox | null;
}

export interface PlacedLink {
  id: string;
  kind: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the kind letter goes; null when the link is too short or the picture too dense. */
  letter: { x: number; y: number } | null;
}

export interface NetworkLayout {
  width: number;
  height: number;
  /** Label font size in px. */
  fontSize: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** Keyboard order: the hub, then around each ring clockwise from the top, outer ring first. */
  order: string[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 4;
const GAP = 3;
/** Above this many nodes the picture is too dense for kind letters on links. */
const LETTER_LIMIT = 60;

/** The drawing's height for a width: square when narrow, flatter when wide, at least 320 px. */
export function networkHeight(width: number): number {
  const h = width <= 400 ? width : 400 + 0.4 * (width - 400);
  return Math.round(Math.max(320, h));
}

/** Conservative width of a label, from per-character classes of common sans-serif faces. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijlIft.,:;'!|()[\]\s]/.test(ch)) em += 0.32;
    else if (/[mwMW@]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize * 1.06);
}

/** Node radius: area grows with the breadth of support (number of kinds). */
export function nodeRadius(base: number, breadth: number): number {
  return base * Math.sqrt(1 + Math.max(0, breadth));
}

/** Park–Miller style LCG as in d3-force: exact in doubles, so identical in every engine. */
export function lcg(seed: number): () => number {
  let s = Math.abs(Math.floor(seed)) % 4294967296;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

const round = (v: number): number => Math.round(v * 100) / 100;
/** Snap to 1/1024 px so engines that round cos and sin differently start from the same point. */
const snap = (v: number): number => Math.round(v * 1024) / 1024;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  ring: number;
  ringRadius: number;
  collide: number;
}

interface Rings {
  base: number;
  radii: number[];
  counts: number[];
}

/** Splits `n` nodes over concentric rings, shrinking nodes until they fit (not below 1.5 px). */
function planRings(n: number, outer: number, inner: number, baseMax: number, maxBreadth: number): Rings {
  let base = baseMax;
  for (;;) {
    const d = 2 * nodeRadius(base, maxBreadth) + GAP;
    const radii: number[] = [];
    for (let rho = outer; radii.length === 0 || rho >= inner + d; rho -= d * 1.15) radii.push(rho);
    const capacity = radii.map((rho) => Math.max(1, Math.floor((2 * Math.PI * rho) / d)));
    const total = capacity.reduce((a, b) => a + b, 0);
    if (total >= n || base <= 1.5) {
      // Use as few rings as needed, filled in proportion to their circumference.
      let used = 0;
      let sum = 0;
      while (used < radii.length && sum < n) sum += capacity[used++];
      const rings = radii.slice(0, used);
      const length = rings.reduce((a, b) => a + b, 0);
      const counts = rings.map((rho) => Math.floor((n * rho) / length));
      for (let i = 0, left = n - counts.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % counts.length, left--) {
        counts[i]++;
      }
      return { base, radii: rings, counts };
    }
    base = Math.max(1.5, base * 0.9);
  }
}

function overlaps(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad
  );
}

/** A uniform grid of boxes, so placing a thousand labels stays close to linear. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}

  private keys(b: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(b.x / this.size);
    const x1 = Math.floor((b.x + b.width) / this.size);
    const y0 = Math.floor(b.y / this.size);
    const y1 = Math.floor((b.y + b.height) / this.size);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(x * 65536 + y);
    return keys;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box, pad: number): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(b, o, pad)) return true;
    return false;
  }
}

type Candidate = 'out' | 'below' | 'above' | 'right' | 'left';

function labelAt(where: Candidate, x: number, y: number, r: number, w: number, h: number): LabelBox {
  const d = r + GAP;
  switch (where) {
    case 'right':
      return { x: x + d, y, anchor: 'start', box: { x: x + d, y: y - h / 2, width: w, height: h } };
    case 'left':
      return { x: x - d, y, anchor: 'end', box: { x: x - d - w, y: y - h / 2, width: w, height: h } };
    case 'above':
      return { x, y: y - d - h / 2, anchor: 'middle', box: { x: x - w / 2, y: y - d - h, width: w, height: h } };
    default:
      return { x, y: y + d + h / 2, anchor: 'middle', box: { x: x - w / 2, y: y + d, width: w, height: h } };
  }
}

/** Candidate positions, best first: away from the centre, then below, above and beside. */
function candidates(x: number, y: number, cx: number, cy: number): Candidate[] {
  const dx = x - cx;
  const dy = y - cy;
  const len = Math.sqrt(dx * dx + dy * dy);
  let out: Candidate = 'below';
  if (len > 0) {
    if (dx / len > 0.4) out = 'right';
    else if (dx / len < -0.4) out = 'left';
    else out = dy < 0 ? 'above' : 'below';
  }
  const rest: Candidate[] = ['below', 'above', 'right', 'left'];
  return [out, ...rest.filter((c) => c !== out)];
}

function defaultTicks(n: number): number {
  if (n <= 60) return 160;
  if (n <= 250) return 20;
  return 0;
}

/** What label placement and link geometry need besides the positions. */
interface Frame {
  graph: NetworkGraph;
  width: number;
  height: number;
  fontSize: number;
  kinds: readonly string[];
}

function frameOf(graph: NetworkGraph, options: LayoutOptions): Frame {
  return {
    graph,
    width: Math.max(1, options.width),
    height: Math.max(1, options.height),
    fontSize: Math.max(12, options.fontSize ?? 12),
    kinds: options.kinds ?? [],
  };
}

const labelHeightOf = (fontSize: number): number => Math.ceil(fontSize * 1.3);

/** A node's collision radius: most of the even spacing of its ring, so rings keep their order. */
function collideRadius(r: number, ringRadius: number, count: number): number {
  return Math.max(r + GAP / 2, 2 * ringRadius * Math.sin(Math.PI / Math.max(2, count)) * 0.45);
}

/** The forces of the layout, on a stopped simulation that the caller ticks. */
function simulationOf(frame: Frame, sim: SimNode[], seed: number): Simulation<SimNode, undefined> {
  const { graph, width, height } = frame;
  const hub = sim.find((d) => d.ring < 0);
  const ids = new Set(sim.map((d) => d.id));
  // Partners that share a link draw together along their ring; the hub's links pull nothing.
  const partnerLinks = graph.links
    .filter((l) => l.source !== hub?.id && l.target !== hub?.id && ids.has(l.source) && ids.has(l.target))
    .map((l) => ({ source: l.source, target: l.target }));
  return forceSimulation<SimNode>(sim)
    .randomSource(lcg(seed))
    .alpha(0.6)
    .alphaDecay(0.035)
    .velocityDecay(0.45)
    .force('radial', forceRadial<SimNode>((d) => d.ringRadius, width / 2, height / 2).strength((d) => (d.ring < 0 ? 0 : 0.9)))
    .force('collide', forceCollide<SimNode>((d) => d.collide).strength(0.8).iterations(2))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(partnerLinks)
        .id((d) => d.id)
        .distance(0)
        .strength(0.004),
    )
    .stop();
}

/**
 * Positions, radii, label boxes and link geometry for a network graph at a given size.
 * Labels are placed by priority (the hub, then the broadest support) and dropped, never
 * overlapped, when they do not fit.
 */
export function layoutNetwork(graph: NetworkGraph, options: LayoutOptions): NetworkLayout {
  const frame = frameOf(graph, options);
  const { width, height, fontSize } = frame;
  const labelHeight = labelHeightOf(fontSize);
  const cx = width / 2;
  const cy = height / 2;
  const hub = graph.nodes.find((n) => n.role === 'hub') ?? null;
  const others = graph.nodes.filter((n) => n !== hub);
  const n = others.length;
  const maxBreadth = Math.max(1, ...graph.nodes.map((d) => d.breadth));

  // Room for a label centred below a node on the sides, and above or below one at the top and bottom.
  const widest = Math.min(Math.max(0, ...others.map((d) => estimateTextWidth(d.name, fontSize))), width * 0.3);
  const baseMax = clamp(Math.min(width, height) / 48, 4, 10);
  const rMax = nodeRadius(baseMax, maxBreadth);
  const outer = Math.max(
    rMax * 2,
    Math.min(width / 2 - MARGIN - Math.max(rMax, widest / 2), height / 2 - MARGIN - rMax - GAP - labelHeight - 2),
  );
  const plan = planRings(n, outer, rMax * 2 + GAP, baseMax, maxBreadth);
  const base = plan.base;

  const sim: SimNode[] = [];
  if (hub) {
    const r = nodeRadius(base, hub.breadth);
    sim.push({ id: hub.id, r, ring: -1, ringRadius: 0, collide: r + GAP, x: cx, y: cy, fx: cx, fy: cy });
  }
  let next = 0;
  plan.counts.forEach((count, ring) => {
    const rho = plan.radii[ring];
    // Inner rings turn half a step, so their nodes sit between the outer ones.
    const turn = ring % 2 === 0 ? 0 : Math.PI / count;
    for (let i = 0; i < count; i++, next++) {
      const node = others[next];
      const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count;
      const r = nodeRadius(base, node.breadth);
      sim.push({
        id: node.id,
        r,
        ring,
        ringRadius: rho,
        collide: collideRadius(r, rho, count),
        x: snap(cx + rho * Math.cos(angle)),
        y: snap(cy + rho * Math.sin(angle)),
      });
    }
  });

  const ticks = options.ticks ?? defaultTicks(n);
  if (ticks > 0 && n > 1) simulationOf(frame, sim, options.seed ?? 1).tick(ticks);
  return finish(frame, sim);
}

/** Rounds and clamps positions, places labels and links. `sim` is in keyboard order. */
function finish(frame: Frame, sim: readonly SimNode[]): NetworkLayout {
  const { graph, width, height, fontSize } = frame;
  const placed = new Map<string, PlacedNode>();
  for (const d of sim) {
    const x = round(clamp(d.x ?? width / 2, MARGIN + d.r, width - MARGIN - d.r));
    const y = round(clamp(d.y ?? height / 2, MARGIN + d.r, height - MARGIN - d.r));
    placed.set(d.id, { id: d.id, x, y, r: round(d.r), ring: d.ring, label: null });
  }
  const index = placeLabels(graph.nodes, placed, fontSize, width, height);
  return {
    width,
    height,
    fontSize,
    nodes: graph.nodes.flatMap((d) => placed.get(d.id) ?? []),
    links: placeLinks(graph, placed, frame.kinds, fontSize, index),
    // The simulation keeps each ring's order, so the starting order is the clockwise order.
    order: sim.map((d) => d.id),
  };
}

/**
 * The layout's forces, restarted from a finished layout, for a reader who drags a node: pin
 * the node to the pointer, tick once per frame, release it and tick until `settled`.
 */
export class LayoutSimulation {
  private readonly sim: SimNode[];
  private readonly simulation: Simulation<SimNode, undefined>;

  constructor(
    private readonly frame: Frame,
    layout: NetworkLayout,
  ) {
    const cx = frame.width / 2;
    const cy = frame.height / 2;
    const byId = new Map(layout.nodes.map((p) => [p.id, p]));
    const rings = new Map<number, { sum: number; count: number }>();
    for (const p of layout.nodes) {
      const ring = rings.get(p.ring) ?? { sum: 0, count: 0 };
      ring.sum += Math.sqrt((p.x - cx) ** 2 + (p.y - cy) ** 2);
      ring.count++;
      rings.set(p.ring, ring);
    }
    this.sim = layout.order.flatMap((id): SimNode[] => {
      const p = byId.get(id);
      if (!p) return [];
      const ring = rings.get(p.ring)!;
      const rho = p.ring < 0 ? 0 : ring.sum / ring.count;
      const hub = p.ring < 0 ? { fx: p.x, fy: p.y } : {};
      return [{ id, r: p.r, ring: p.ring, ringRadius: rho, collide: collideRadius(p.r, rho, ring.count), x: p.x, y: p.y, ...hub }];
    });
    // A faster decay than the first layout: the picture settles within about a second and a half.
    this.simulation = simulationOf(frame, this.sim, 1).alpha(0.3).alphaDecay(0.06);
  }

  /** Holds a node at a point (the pointer), or lets it go with `null`. */
  pin(id: string, point: { x: number; y: number } | null): void {
    const node = this.sim.find((d) => d.id === id);
    if (!node || node.ring < 0) return;
    node.fx = point ? clamp(point.x, 0, this.frame.width) : null;
    node.fy = point ? clamp(point.y, 0, this.frame.height) : null;
    this.simulation.alphaTarget(point ? 0.3 : 0).alpha(Math.max(this.simulation.alpha(), 0.3));
  }

  get settled(): boolean {
    return this.simulation.alpha() < this.simulation.alphaMin();
  }

  tick(): NetworkLayout {
    this.simulation.tick();
    return finish(this.frame, this.sim);
  }
}

/** Starts a drag simulation from a layout computed with the same graph and options. */
export function layoutSimulation(graph: NetworkGraph, layout: NetworkLayout, options: LayoutOptions): LayoutSimulation {
  return new LayoutSimulation(frameOf(graph, options), layout);
}

/** The picture between two layouts of the same graph, for resize transitions (0 ≤ t ≤ 1). */
export function interpolateLayout(from: NetworkLayout, to: NetworkLayout, t: number): NetworkLayout {
  const mix = (a: number, b: number): number => round(a + (b - a) * t);
  const nodes = new Map(from.nodes.map((p) => [p.id, p]));
  const links = new Map(from.links.map((l) => [l.id, l]));
  return {
    ...to,
    nodes: to.nodes.map((p) => {
      const a = nodes.get(p.id) ?? p;
      const x = mix(a.x, p.x);
      const y = mix(a.y, p.y);
      const label = p.label && {
        ...p.label,
        x: round(p.label.x + x - p.x),
        y: round(p.label.y + y - p.y),
        box: { ...p.label.box, x: round(p.label.box.x + x - p.x), y: round(p.label.box.y + y - p.y) },
      };
      return { ...p, x, y, r: mix(a.r, p.r), label };
    }),
    links: to.links.map((l) => {
      const a = links.get(l.id) ?? l;
      return { ...l, x1: mix(a.x1, l.x1), y1: mix(a.y1, l.y1), x2: mix(a.x2, l.x2), y2: mix(a.y2, l.y2), letter: null };
    }),
  };
}

function placeLabels(
  graphNodes: readonly NetworkNode[],
  placed: Map<string, PlacedNode>,
  fontSize: number,
  width: number,
  height: number,
): BoxIndex {
  const labelHeight = labelHeightOf(fontSize);
  const cx = width / 2;
  const cy = height / 2;
  const index = new BoxIndex(Math.max(24, labelHeight * 3));
  for (const p of placed.values()) {
    index.add({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r });
  }
  const priority = [...graphNodes].sort(
    (a, b) =>
      Number(b.role === 'hub') - Number(a.role === 'hub') ||
      b.breadth - a.breadth ||
      b.claimCount - a.claimCount ||
      a.order - b.order,
  );
  for (const node of priority) {
    const p = placed.get(node.id);
    if (!p) continue;
    const w = estimateTextWidth(node.name, fontSize);
    for (const where of candidates(p.x, p.y, cx, cy)) {
      const label = labelAt(where, p.x, p.y, p.r, w, labelHeight);
      const b = label.box;
      if (b.x < MARGIN || b.y < MARGIN || b.x + b.width > width - MARGIN || b.y + b.height > height - MARGIN) continue;
      if (index.hits(b, 2)) continue;
      index.add(b);
      p.label = {
        x: round(label.x),
        y: round(label.y),
        anchor: label.anchor,
        box: { x: round(b.x), y: round(b.y), width: b.width, height: b.height },
      };
      break;
    }
  }
  return index;
}

function placeLinks(
  graph: NetworkGraph,
  placed: Map<string, PlacedNode>,
  kinds: readonly string[],
  fontSize: number,
  index: BoxIndex,
): PlacedLink[] {
  const dense = placed.size > LETTER_LIMIT;
  const slots = Math.max(1, kinds.length);
  const letterStep = fontSize;
  return graph.links.flatMap((link): PlacedLink[] => {
    const a = placed.get(link.source);
    const b = placed.get(link.target);
    if (!a || !b) return [];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    // A kind keeps its slot (D left, E centre, M right, seen from the first country).
    const slot = Math.max(0, kinds.indexOf(link.kind));
    const spread = clamp(Math.min(a.r, b.r) * 0.45, 2, 4.5);
    const offset = (slot - (slots - 1) / 2) * spread;
    const ox = -uy * offset;
    const oy = ux * offset;
    const visible = len - a.r - b.r;
    let letter: PlacedLink['letter'] = null;
    if (!dense && visible > slots * letterStep + 2 * fontSize) {
      const t = a.r + visible / 2 + (slot - (slots - 1) / 2) * letterStep;
      const x = a.x + ux * t + ox;
      const y = a.y + uy * t + oy;
      // Letters are drawn after labels and give way to them and to each other.
      const box = { x: x - fontSize / 2, y: y - fontSize / 2, width: fontSize, height: fontSize };
      if (!index.hits(box, 0)) {
        index.add(box);
        letter = { x: round(x), y: round(y) };
      }
    }
    return [
      {
        id: link.id,
        kind: link.kind,
        x1: round(a.x + ox),
        y1: round(a.y + oy),
        x2: round(b.x + ox),
        y2: round(b.y + oy),
        letter,
      },
    ];
  });
}
