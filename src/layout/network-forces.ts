import { forceCollide, forceLink, forceRadial, forceSimulation, type Simulation } from 'd3-force';
import { clamp, type NetworkFrame, type RingNode } from './network-rings.js';

/**
 * The network's forces, on d3-force: a radial pull to each node's ring (the hub held in the
 * centre), collision through d3's quadtree so that no two nodes overlap, and a weak pull between
 * partners that share links. The simulation is stopped at once and ticked synchronously, from a
 * seeded random source and a fixed decay: the same graph gives the same numbers in Node and in
 * every engine (d3-force uses only + − × ÷ and √, exactly rounded everywhere).
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * Above this many countries the rings are the picture: no ticks before the first paint, and no
 * pull between partners that share links (a hundredth of a pixel a tick, but every node drifts,
 * so each frame of a drag would repaint the whole drawing). Collisions still make room for a
 * dragged node.
 */
export const DENSE = 60;

/** d3-force's own LCG (as `forceSimulation` seeds it), started from `seed`: exact in doubles. */
export function lcg(seed: number): () => number {
  let s = Math.abs(Math.floor(seed)) % 4294967296;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** A stopped d3-force simulation of copies of the frame's nodes, started at `start` (in `frame.nodes` order). */
function simulation(frame: NetworkFrame, start: readonly Point[], seed: number): Simulation<RingNode, undefined> {
  const nodes = frame.nodes.map((d, i): RingNode => ({ ...d, x: start[i].x, y: start[i].y, vx: 0, vy: 0 }));
  const sim = forceSimulation(nodes)
    .stop()
    .randomSource(lcg(seed))
    // A fixed decay (d3's default is a power, which engines may round differently).
    .velocityDecay(0.45)
    .force(
      'ring',
      forceRadial<RingNode>((d) => d.rho, frame.width / 2, frame.height / 2).strength((d) => (d.ring < 0 ? 0 : 0.9)),
    )
    // One pass a tick: at rest collisions seldom bind (two passes gave the same pictures, to
    // 0.01 px for seven partners and within 0.4 px for fifty, in twice the time).
    .force('collide', forceCollide<RingNode>((d) => d.collide).strength(0.8));
  if (frame.partners <= DENSE) {
    // Partners that share links draw together; the hub's links pull nothing.
    const byId = new Map(nodes.map((d) => [d.id, d]));
    const links = frame.graph.links.flatMap((l) => {
      const source = byId.get(l.source);
      const target = byId.get(l.target);
      return source && target && source.ring >= 0 && target.ring >= 0 ? [{ source, target }] : [];
    });
    sim.force('links', forceLink<RingNode, { source: RingNode; target: RingNode }>(links).distance(0).strength(0.004));
  }
  return sim;
}

/** Ticks before the first paint: enough to settle a few dozen partners; none for dense graphs. */
export function defaultTicks(frame: NetworkFrame): number {
  return frame.partners > 1 && frame.partners <= DENSE ? 160 : 0;
}

/** Positions (in `frame.nodes` order) after `ticks` ticks from the rings, as a first paint shows them. */
export function settleFrame(frame: NetworkFrame, ticks = defaultTicks(frame), seed = 1): readonly Point[] {
  if (ticks <= 0 || frame.partners <= 1) return frame.nodes;
  return simulation(frame, frame.nodes, seed).alpha(0.6).alphaDecay(0.035).tick(ticks).nodes();
}

/** The forces restarted from a picture, for a reader who drags a node. */
export interface DragForces {
  /** Holds a node at a point (the pointer, in layout coordinates), or lets it go with `null`. */
  pin(id: string, point: Point | null): void;
  /** True once the forces have come to rest. */
  readonly settled: boolean;
  /** One tick; the nodes' positions, in `frame.nodes` order. */
  tick(): readonly Point[];
}

/** The forces from `positions` (a faster decay: they come to rest in about 1.5 s of frames). */
export function dragForces(frame: NetworkFrame, positions: readonly Point[]): DragForces {
  const sim = simulation(frame, positions, 1).alpha(0.3).alphaDecay(0.06);
  const nodes = sim.nodes();
  return {
    pin(id, point) {
      const d = nodes.find((e) => e.id === id && e.ring >= 0);
      if (!d) return;
      d.fx = point && clamp(point.x, 0, frame.width);
      d.fy = point && clamp(point.y, 0, frame.height);
      sim.alphaTarget(point ? 0.3 : 0).alpha(Math.max(sim.alpha(), 0.3));
    },
    get settled() {
      return sim.alpha() < sim.alphaMin();
    },
    tick() {
      sim.tick();
      return nodes;
    },
  };
}
