import type { NetworkGraph, NetworkLink, NetworkNode } from '../data/network.js';

/**
 * Pure, deterministic geometry of the network view: the hub in the centre, the other countries
 * on one or more rings around it in dataset order, nudged by d3's forces (partners that share
 * links draw together, none overlap), then labels placed where they collide with nothing.
 *
 * Same graph and size, same numbers, in Node and every engine: the forces start from positions
 * snapped to a binary grid, use a seeded LCG, a fixed decay, and only + − × ÷ and √ (exactly
 * rounded everywhere), and the output is rounded to 0.01 px. The ticks run here, synchronously,
 * as d3's `forceSimulation` would run them (velocity Verlet), and the forces are d3-force's
 * arithmetic written out, without its quadtree, timer or bytes (test/unit/network-forces.test.ts
 * holds them to d3-force's own).
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
  /** Text anchor point, from the node's centre (the baseline is centred with `dominant-baseline: central`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text is expected to fill, in the drawing's coordinates. */
  box: Box;
}

/** A node of the graph, placed. */
export interface PlacedNode {
  id: string;
  node: NetworkNode;
  x: number;
  y: number;
  r: number;
  /** Index of the ring (0 outermost); -1 for the hub. */
  ring: number;
  /** Null when the label does not fit: it is shown on hover and focus instead. */
  label: LabelBox | null;
}

/** A link of the graph, placed. */
export interface PlacedLink {
  id: string;
  kind: string;
  link: NetworkLink;
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

/** The layout's forces restarted from a picture, for a reader who drags a node. */
export interface LayoutSimulation {
  /** Holds a node at a point (the pointer), or lets it go with `null`. */
  pin(id: string, point: { x: number; y: number } | null): void;
  /** True once the forces have come to rest. */
  readonly settled: boolean;
  tick(): NetworkLayout;
}

/**
 * Above this many countries the rings are the picture: no ticks before the first paint, and no
 * pull between partners that share links (a hundredth of a pixel a tick, but every node drifts,
 * so a drag's every frame repainted the whole drawing). Collisions still make room for a
 * dragged node.
 */
const DENSE = 60;
const MARGIN = 4;
const GAP = 3;
/** d3's `velocityDecay(0.45)`: the share of velocity a node keeps each tick. */
const KEEP = 1 - 0.45;

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

/** Park–Miller style LCG as in d3-force: exact in doubles, so identical in every engine. */
export function lcg(seed: number): () => number {
  let s = Math.abs(Math.floor(seed)) % 4294967296;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

const round = (v: number): number => Math.round(v * 100) / 100;
const snap = (v: number): number => Math.round(v * 1024) / 1024;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** A node as the forces move it (d3's simulation node, with the layout's own fields). */
export interface SimNode {
  node: NetworkNode;
  id: string;
  x: number;
  y: number;
  vx: number;
  vy: number;
  fx?: number | null;
  fy?: number | null;
  r: number;
  ring: number;
  rho: number;
  collide: number;
  /** Estimated width of its label, measured once per setup. */
  labelWidth: number;
}

/** A graph laid out at a size: the frame, and the simulation's nodes in keyboard order. */
interface Setup {
  graph: NetworkGraph;
  width: number;
  height: number;
  fontSize: number;
  kinds: readonly string[];
  sim: SimNode[];
  /** Label placement order: the hub, then the broadest support. */
  priority: SimNode[];
  /** Countries around the hub. */
  partners: number;
}

/** Splits `n` nodes over concentric rings, shrinking nodes until they fit (not below 1.5 px). */
function planRings(n: number, outer: number, inner: number, baseMax: number, maxBreadth: number) {
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

/** Frame, rings and starting positions (snapped to 1/1024 px) of a graph at a size. */
function setup(graph: NetworkGraph, options: LayoutOptions): Setup {
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
  const at = (node: NetworkNode, ring: number, rho: number, count: number, x: number, y: number): SimNode => {
    const r = nodeRadius(plan.base, node.breadth);
    // Collision radius: most of the even spacing of the node's ring, so rings keep their order.
    const collide = ring < 0 ? r + GAP : Math.max(r + GAP / 2, 2 * rho * Math.sin(Math.PI / Math.max(2, count)) * 0.45);
    return { node, id: node.id, x, y, vx: 0, vy: 0, r, ring, rho, collide, labelWidth: labelWidths.get(node)! };
  };
  const sim: SimNode[] = hub ? [{ ...at(hub, -1, 0, 1, cx, cy), fx: cx, fy: cy }] : [];
  let next = 0;
  plan.counts.forEach((count, ring) => {
    const rho = plan.rings[ring];
    // Inner rings turn half a step, so their nodes sit between the outer ones.
    const turn = ring % 2 === 0 ? 0 : Math.PI / count;
    for (let i = 0; i < count; i++) {
      const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count;
      sim.push(at(others[next++], ring, rho, count, snap(cx + rho * Math.cos(angle)), snap(cy + rho * Math.sin(angle))));
    }
  });
  const priority = [...sim].sort(
    ({ node: a }, { node: b }) =>
      Number(b.role === 'hub') - Number(a.role === 'hub') ||
      b.breadth - a.breadth ||
      b.claimCount - a.claimCount ||
      a.order - b.order,
  );
  return { graph, width, height, fontSize, kinds: options.kinds ?? [], sim, priority, partners: others.length };
}

/** A force as d3 applies one: adds to the nodes' velocities, in proportion to alpha. */
export type Force = (alpha: number) => void;

/** d3's nudge for two points that coincide exactly. */
const jiggle = (random: () => number): number => (random() - 0.5) * 1e-6;

/** d3's `forceRadial(rho, cx, cy).strength(0.9)`, the hub left where it is. */
export function radialForce(sim: SimNode[], cx: number, cy: number): Force {
  return (alpha) => {
    for (const d of sim) {
      if (d.ring < 0) continue;
      const dx = d.x - cx || 1e-6;
      const dy = d.y - cy || 1e-6;
      const r = Math.sqrt(dx * dx + dy * dy);
      const k = ((d.rho - r) * 0.9 * alpha) / r;
      d.vx += dx * k;
      d.vy += dy * k;
    }
  };
}

/**
 * d3's `forceCollide(collide).strength(0.8).iterations(2)`, the same arithmetic pair by pair, every
 * pair tried instead of a quadtree's: a few dozen nodes tick many times faster (no tree to build
 * each iteration), and a drag of a thousand costs a few milliseconds a tick. Where three or more
 * circles overlap at once the pairs resolve in another order than d3's, so the numbers differ
 * slightly; the overlap left is the same.
 */
export function collideForce(sim: SimNode[], random: () => number): Force {
  return () => {
    for (let k = 0; k < 2; k++) {
      for (let i = 0; i < sim.length; i++) {
        const node = sim[i];
        const ri = node.collide;
        const ri2 = ri * ri;
        const xi = node.x + node.vx;
        const yi = node.y + node.vy;
        for (let j = i + 1; j < sim.length; j++) {
          const other = sim[j];
          let rj = other.collide;
          let r = ri + rj;
          let x = xi - other.x - other.vx;
          let y = yi - other.y - other.vy;
          let l = x * x + y * y;
          if (l >= r * r) continue;
          if (x === 0) {
            x = jiggle(random);
            l += x * x;
          }
          if (y === 0) {
            y = jiggle(random);
            l += y * y;
          }
          l = Math.sqrt(l);
          l = ((r - l) / l) * 0.8;
          node.vx += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
          node.vy += (y *= l) * r;
          other.vx -= x * (r = 1 - r);
          other.vy -= y * r;
        }
      }
    }
  };
}

/** d3's `forceLink(links).distance(0).strength(0.004)`: partners that share links draw together. */
export function linkForce(links: { source: SimNode; target: SimNode }[], random: () => number): Force {
  const count = new Map<SimNode, number>();
  for (const { source, target } of links) {
    count.set(source, (count.get(source) ?? 0) + 1);
    count.set(target, (count.get(target) ?? 0) + 1);
  }
  const bias = links.map(({ source, target }) => count.get(source)! / (count.get(source)! + count.get(target)!));
  return (alpha) => {
    links.forEach(({ source, target }, i) => {
      let x = target.x + target.vx - source.x - source.vx || jiggle(random);
      let y = target.y + target.vy - source.y - source.vy || jiggle(random);
      const l = Math.sqrt(x * x + y * y);
      const k = (l / l) * alpha * 0.004;
      x *= k;
      y *= k;
      target.vx -= x * bias[i];
      target.vy -= y * bias[i];
      source.vx += x * (1 - bias[i]);
      source.vy += y * (1 - bias[i]);
    });
  };
}

/** The forces on the nodes: pull to the ring, no overlaps, partners that share links together. */
function forces(s: Setup, seed: number): Force[] {
  const { sim } = s;
  const random = lcg(seed);
  const list = [radialForce(sim, s.width / 2, s.height / 2), collideForce(sim, random)];
  if (s.partners <= DENSE) {
    const byId = new Map(sim.map((d) => [d.id, d]));
    // The hub's links pull nothing.
    const links = s.graph.links.flatMap((l) => {
      const source = byId.get(l.source);
      const target = byId.get(l.target);
      return source && target && source.ring >= 0 && target.ring >= 0 ? [{ source, target }] : [];
    });
    list.push(linkForce(links, random));
  }
  return list;
}

/** One tick of d3's `forceSimulation`: alpha decays towards its target, forces, then velocity Verlet. */
function step(sim: SimNode[], list: Force[], alpha: number): void {
  for (const force of list) force(alpha);
  for (const d of sim) {
    if (d.fx == null) d.x += d.vx *= KEEP;
    else {
      d.x = d.fx;
      d.vx = 0;
    }
    if (d.fy == null) d.y += d.vy *= KEEP;
    else {
      d.y = d.fy;
      d.vy = 0;
    }
  }
}

/**
 * Positions, radii, label boxes and link geometry for a network graph at a given size.
 * Labels are placed by priority (the hub, then the broadest support) and dropped, never
 * overlapped, when they do not fit.
 */
export function layoutNetwork(graph: NetworkGraph, options: LayoutOptions): NetworkLayout {
  const s = setup(graph, options);
  const n = s.partners;
  const ticks = n > 1 ? (options.ticks ?? (n <= DENSE ? 160 : 0)) : 0;
  if (ticks > 0) {
    const list = forces(s, options.seed ?? 1);
    for (let k = 0, alpha = 0.6; k < ticks; k++) step(s.sim, list, (alpha -= alpha * 0.035));
  }
  return finish(s);
}

/** Starts the forces from a picture of the same graph and options (a faster decay: settles in about 1.5 s). */
export function layoutSimulation(graph: NetworkGraph, layout: NetworkLayout, options: LayoutOptions): LayoutSimulation {
  const s = setup(graph, options);
  const shown = new Map(layout.nodes.map((p) => [p.id, p]));
  for (const d of s.sim) {
    const p = shown.get(d.id);
    if (p) {
      d.x = p.x;
      d.y = p.y;
    }
  }
  const list = forces(s, 1);
  let alpha = 0.3;
  let target = 0;
  return {
    pin(id, point) {
      const d = s.sim.find((e) => e.id === id && e.ring >= 0);
      if (!d) return;
      d.fx = point && clamp(point.x, 0, s.width);
      d.fy = point && clamp(point.y, 0, s.height);
      target = point ? 0.3 : 0;
      alpha = Math.max(alpha, 0.3);
    },
    get settled() {
      return alpha < 0.001;
    },
    tick() {
      step(s.sim, list, (alpha += (target - alpha) * 0.06));
      return finish(s);
    },
  };
}

/** Where a label may go: below, above, right or left of its node. */
const SIDES = [[0, 1], [0, -1], [1, 0], [-1, 0]] as const;

/** A box taken in the label grid, by its edges. */
interface Taken {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** Rounds and clamps positions, places labels and links. */
function finish(s: Setup): NetworkLayout {
  const { width, height, fontSize, kinds } = s;
  const placed = new Map<string, PlacedNode>();
  for (const d of s.sim) {
    const x = round(clamp(d.x, MARGIN + d.r, width - MARGIN - d.r));
    const y = round(clamp(d.y, MARGIN + d.r, height - MARGIN - d.r));
    placed.set(d.id, { id: d.id, node: d.node, x, y, r: round(d.r), ring: d.ring, label: null });
  }

  // Labels by priority (the hub, then the broadest support), where they hit nothing.
  const h = Math.ceil(fontSize * 1.3);
  // A uniform grid of the boxes taken, so placing a thousand labels stays close to linear.
  const size = Math.max(24, h * 3);
  const grid = new Map<number, Taken[]>();
  /**
   * Takes the grid cells of a box unless it comes within `pad` of a box taken before (with `pad`
   * null, whatever is there); true when taken.
   */
  const take = (x: number, y: number, w: number, h: number, pad: number | null): boolean => {
    const right = x + w;
    const bottom = y + h;
    const x0 = Math.floor(x / size);
    const x1 = Math.floor(right / size);
    const y0 = Math.floor(y / size);
    const y1 = Math.floor(bottom / size);
    const gap = pad ?? 0;
    const padRight = right + gap;
    const padBottom = bottom + gap;
    const taken = { x, y, right, bottom };
    // First look for a box in the way, then take the cells.
    for (let pass = pad === null ? 1 : 0; pass < 2; pass++) {
      for (let i = x0; i <= x1; i++) {
        for (let j = y0; j <= y1; j++) {
          const cell = grid.get(i * 65536 + j);
          if (pass) {
            if (cell) cell.push(taken);
            else grid.set(i * 65536 + j, [taken]);
          } else {
            for (let k = 0; cell && k < cell.length; k++) {
              const o = cell[k];
              if (o.x < padRight && o.y < padBottom && x < o.right + gap && y < o.bottom + gap) return false;
            }
          }
        }
      }
    }
    return true;
  };
  // Nodes may overlap one another: every circle is taken.
  for (const p of placed.values()) take(p.x - p.r, p.y - p.r, 2 * p.r, 2 * p.r, null);
  for (const { id, labelWidth: w } of s.priority) {
    const p = placed.get(id)!;
    const dx = p.x - width / 2;
    const dy = p.y - height / 2;
    const len = Math.sqrt(dx * dx + dy * dy);
    // The side away from the centre first, then the others in SIDES order.
    const out = len > 0 ? (dx / len > 0.4 ? 2 : dx / len < -0.4 ? 3 : dy < 0 ? 1 : 0) : 0;
    for (let t = -1; t < 4; t++) {
      if (t === out) continue;
      const [ux, uy] = SIDES[t < 0 ? out : t];
      const d = p.r + GAP;
      const x = p.x + ux * d;
      const y = uy ? p.y + uy * (d + h / 2) : p.y;
      const left = x - (w * (1 - ux)) / 2;
      const top = y - h / 2;
      if (left < MARGIN || top < MARGIN || left + w > width - MARGIN || top + h > height - MARGIN || !take(left, top, w, h, 2)) continue;
      const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
      p.label = { x: round(x - p.x), y: round(y - p.y), anchor, box: { x: round(left), y: round(top), width: w, height: h } };
      break;
    }
  }

  // Links: a kind keeps its slot in a bundle (D left, E centre, M right, seen from the first
  // country); letters, drawn after labels, give way to them and to each other.
  const slots = Math.max(1, kinds.length);
  const links: PlacedLink[] = [];
  for (const link of s.graph.links) {
    const a = placed.get(link.source);
    const b = placed.get(link.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const slot = Math.max(0, kinds.indexOf(link.kind)) - (slots - 1) / 2;
    const offset = slot * clamp(Math.min(a.r, b.r) * 0.45, 2, 4.5);
    const ox = -uy * offset;
    const oy = ux * offset;
    const visible = len - a.r - b.r;
    let letter: PlacedLink['letter'] = null;
    // Above 60 nodes the picture is too dense for letters.
    if (placed.size <= 60 && visible > slots * fontSize + 2 * fontSize) {
      const t = a.r + visible / 2 + slot * fontSize;
      const x = a.x + ux * t + ox;
      const y = a.y + uy * t + oy;
      if (take(x - fontSize / 2, y - fontSize / 2, fontSize, fontSize, 0)) letter = { x: round(x), y: round(y) };
    }
    links.push({ id: link.id, kind: link.kind, link, x1: round(a.x + ox), y1: round(a.y + oy), x2: round(b.x + ox), y2: round(b.y + oy), letter });
  }

  return {
    width,
    height,
    fontSize,
    nodes: s.graph.nodes.map((d) => placed.get(d.id)!),
    links,
    // The forces keep each ring's order, so the starting order is the clockwise order.
    order: s.sim.map((d) => d.id),
  };
}

/**
 * The picture between two layouts of the same graph, for resize transitions (0 ≤ t ≤ 1): nodes
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
