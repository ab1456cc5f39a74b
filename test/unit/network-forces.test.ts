// The network's forces are d3-force's arithmetic written out (src/ally-network/network-layout.ts):
// given the same nodes, they must move them as d3-force's own forces do. Collision is resolved
// pair by pair where d3 visits a quadtree: where three or more nodes overlap at once the order, and
// so the numbers, differ, and what must match is the outcome.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forceCollide, forceLink, forceRadial } from 'd3-force';
import { collideForce, lcg, linkForce, radialForce, type SimNode } from '../../src/ally-network/network-layout.js';

/** Nodes around a hub, close enough that many overlap, and every fifth exactly on the one before. */
function scene(count: number, seed: number): SimNode[] {
  const random = lcg(seed);
  const nodes: SimNode[] = [];
  for (let i = 0; i < count; i++) {
    const previous = nodes[i - 1];
    const coincident = i % 5 === 4 && previous;
    nodes.push({
      node: { id: `N${i}`, name: `N${i}`, role: i === 0 ? 'hub' : 'ally' },
      id: `N${i}`,
      // d3's simulation numbers its nodes; its forces read `index`.
      index: i,
      x: i === 0 ? 150 : coincident ? previous.x : Math.round(random() * 300),
      y: i === 0 ? 150 : coincident ? previous.y : Math.round(random() * 300),
      vx: coincident ? previous.vx : random() - 0.5,
      vy: coincident ? previous.vy : random() - 0.5,
      r: 4 + random() * 8,
      ring: i === 0 ? -1 : i % 3,
      rho: i === 0 ? 0 : 60 + (i % 3) * 40,
      collide: 6 + random() * 12,
      labelWidth: 40,
    } as unknown as SimNode);
  }
  return nodes;
}

const copy = (nodes: SimNode[]): SimNode[] => nodes.map((d) => ({ ...d }));

function assertSameMotion(ours: SimNode[], theirs: SimNode[]): void {
  ours.forEach((d, i) => {
    const e = theirs[i];
    // Summation order may differ in the last bits; a millionth of a pixel is far below the 0.01 px output.
    assert.ok(Math.abs(d.vx - e.vx) < 1e-6 && Math.abs(d.vy - e.vy) < 1e-6, `${d.id}: (${d.vx}, ${d.vy}) vs d3 (${e.vx}, ${e.vy})`);
  });
}

describe('network forces match d3-force', () => {
  for (const count of [8, 60, 250]) {
    it(`forceRadial(rho).strength(0.9), hub left alone: ${count} nodes`, () => {
      const start = scene(count, count);
      const [ours, theirs] = [copy(start), copy(start)];
      radialForce(ours, 150, 150)(0.7);
      const d3 = forceRadial<SimNode>((d) => d.rho, 150, 150).strength((d) => (d.ring < 0 ? 0 : 0.9));
      d3.initialize?.(theirs, lcg(1));
      d3(0.7);
      assertSameMotion(ours, theirs);
      assert.notDeepEqual(ours.map((d) => d.vx), start.map((d) => d.vx));
    });

    it(`forceLink(links).distance(0).strength(0.004): ${count} nodes`, () => {
      const start = scene(count, count + 2);
      const [ours, theirs] = [copy(start), copy(start)];
      const pairs = (nodes: SimNode[]) =>
        nodes.slice(1).flatMap((d, i) => (i % 2 ? [{ source: nodes[1 + ((i * 7) % (nodes.length - 1))], target: d }] : []));
      linkForce(pairs(ours), lcg(3))(0.7);
      const d3 = forceLink<SimNode, { source: SimNode; target: SimNode }>(pairs(theirs)).distance(0).strength(0.004);
      d3.initialize?.(theirs, lcg(3));
      d3(0.7);
      assertSameMotion(ours, theirs);
      assert.notDeepEqual(ours.map((d) => d.vx), start.map((d) => d.vx));
    });
  }

  const d3Collide = () => forceCollide<SimNode>((d) => d.collide).strength(0.8).iterations(2);

  it('forceCollide(r).strength(0.8).iterations(2): the same numbers for overlapping pairs', () => {
    const start = scene(8, 9);
    const [ours, theirs] = [copy(start), copy(start)];
    collideForce(ours, lcg(7))(0.7);
    const d3 = d3Collide();
    d3.initialize?.(theirs, lcg(7));
    d3(0.7);
    assertSameMotion(ours, theirs);
    assert.notDeepEqual(ours.map((d) => d.vx), start.map((d) => d.vx));
  });

  /** Total overlap in px of every pair of collision circles. */
  const overlap = (nodes: SimNode[]): number => {
    let sum = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i], nodes[j]];
        sum += Math.max(0, a.collide + b.collide - Math.hypot(a.x - b.x, a.y - b.y));
      }
    return sum;
  };

  /** Ticks of collision alone, moved as d3's simulation moves nodes (velocityDecay 0.45). */
  const settle = (nodes: SimNode[], force: (alpha: number) => void): number => {
    for (let tick = 0; tick < 120; tick++) {
      force(1);
      for (const d of nodes) {
        d.x += d.vx *= 0.55;
        d.y += d.vy *= 0.55;
      }
    }
    return overlap(nodes);
  };

  for (const count of [60, 250]) {
    it(`forceCollide: ${count} crowded nodes come apart as well as with d3`, () => {
      const start = scene(count, count + 1);
      const [ours, theirs] = [copy(start), copy(start)];
      const d3 = d3Collide();
      d3.initialize?.(theirs, lcg(7));
      const before = overlap(start);
      const left = settle(ours, collideForce(ours, lcg(7)));
      const leftByD3 = settle(theirs, d3);
      assert.ok(before > 5 * count, `the scene starts crowded (${before.toFixed(0)} px of overlap)`);
      assert.ok(left <= leftByD3 * 1.1 + 1, `overlap left: ${left.toFixed(2)} px, with d3 ${leftByD3.toFixed(2)} px`);
    });
  }
});
