// What the network's layout promises on d3-force (src/layout/): the same numbers every run, the
// rings kept in dataset order, nothing overlapping, labels inside the frame at any zoom, and a
// dragged picture that follows the pointer and comes to rest.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { networkGraph } from '../../src/data/network.js';
import type { Dataset } from '../../src/data/types.js';
import {
  dragForces,
  drawNetwork,
  layoutScene,
  networkHeight,
  type Box,
  type LayoutOptions,
  type NetworkLayout,
  type NetworkScene,
} from '../../src/layout/network-layout.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const relationships = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;

const options = (data: Dataset, width: number): LayoutOptions => ({
  width,
  height: networkHeight(width),
  fontSize: 13,
  kinds: data.kinds.map((k) => k.id),
});
const sceneOf = (data: Dataset, width: number): NetworkScene => layoutScene(networkGraph(data), options(data, width));

const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Overlapping dots or labels, labels over dots, labels outside the frame. */
function problems(l: NetworkLayout): string[] {
  const found: string[] = [];
  const dot = (n: { x: number; y: number; r: number }): Box => ({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r });
  l.nodes.forEach((a, i) => {
    const box = a.label?.box;
    if (box && (box.x < 0 || box.y < 0 || box.x + box.width > l.width || box.y + box.height > l.height)) found.push(`label ${a.id} leaves the frame`);
    for (const b of l.nodes.slice(i + 1)) {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.02) found.push(`nodes ${a.id} and ${b.id} overlap`);
      if (box && b.label && intersects(box, b.label.box)) found.push(`labels ${a.id} and ${b.id} overlap`);
    }
    if (box) for (const b of l.nodes) if (intersects(box, dot(b))) found.push(`label ${a.id} covers node ${b.id}`);
  });
  return found;
}

describe('network layout on d3-force', () => {
  it('gives the same numbers on every run, for the same seed', () => {
    for (const n of [7, 40, 200]) {
      const data = syntheticDataset(n);
      assert.deepEqual(drawNetwork(sceneOf(data, 800)), drawNetwork(sceneOf(data, 800)), `${n} partners`);
    }
    // The seed is the forces' random source: another seed, other numbers only where it matters
    // (coincident nodes); the picture is still the same size and order.
    const graph = networkGraph(syntheticDataset(40));
    const a = drawNetwork(layoutScene(graph, { ...options(syntheticDataset(40), 800), seed: 1 }));
    const b = drawNetwork(layoutScene(graph, { ...options(syntheticDataset(40), 800), seed: 7 }));
    assert.deepEqual(a.order, b.order);
  });

  it('rounds every coordinate to 0.01 px', () => {
    const l = drawNetwork(sceneOf(syntheticDataset(40), 700), { k: 1.7, x: -123.456, y: -77.7 });
    const numbers = [...l.nodes.flatMap((n) => [n.x, n.y, n.r]), ...l.links.flatMap((d) => [d.x1, d.y1, d.x2, d.y2])];
    for (const v of numbers) assert.equal(Math.round(v * 100) / 100, v);
  });

  it('keeps the hub in the centre and every partner near its ring, in dataset order', () => {
    for (const n of [7, 40]) {
      const { frame, positions } = sceneOf(syntheticDataset(n), 800);
      const [cx, cy] = [frame.width / 2, frame.height / 2];
      assert.deepEqual([positions[0].x, positions[0].y], [cx, cy]);
      frame.nodes.forEach((d, i) => {
        if (d.ring < 0) return;
        const rho = Math.hypot(positions[i].x - cx, positions[i].y - cy);
        assert.ok(Math.abs(rho - d.rho) < d.collide, `${d.id}: ${rho.toFixed(1)} px from the centre, ring ${d.rho.toFixed(1)}`);
      });
      // Clockwise from the top, ring by ring: the angle grows along the keyboard order.
      const ring0 = frame.nodes.flatMap((d, i) => (d.ring === 0 ? [i] : []));
      const angles = ring0.map((i) => {
        const a = Math.atan2(positions[i].x - cx, cy - positions[i].y);
        return a < -0.3 ? a + 2 * Math.PI : a;
      });
      assert.deepEqual(angles, [...angles].sort((a, b) => a - b), `${n} partners`);
    }
  });

  it('overlaps no nodes or labels, from 320 px up, unzoomed and zoomed', () => {
    for (const data of [relationships, syntheticDataset(40), syntheticDataset(200)]) {
      for (const width of [320, 800, 1400]) {
        const scene = sceneOf(data, width);
        for (const transform of [{ k: 1, x: 0, y: 0 }, { k: 2.5, x: -width * 0.4, y: -200 }, { k: 8, x: -width * 3, y: -1000 }]) {
          assert.deepEqual(problems(drawNetwork(scene, transform)), [], `${data.title} at ${width} px, zoom ${transform.k}`);
        }
      }
    }
  });

  it('keeps labels at their size when zoomed, and shows more of them', () => {
    const scene = sceneOf(syntheticDataset(200), 800);
    const whole = drawNetwork(scene);
    const closer = drawNetwork(scene, { k: 4, x: -1200, y: -500 });
    const heights = new Set([...whole.nodes, ...closer.nodes].flatMap((n) => (n.label ? [n.label.box.height] : [])));
    assert.equal(heights.size, 1);
    assert.equal(closer.fontSize, whole.fontSize);
    const width = (l: NetworkLayout, id: string) => l.nodes.find((n) => n.id === id)?.label?.box.width;
    for (const n of closer.nodes) if (n.label && width(whole, n.id)) assert.equal(n.label.box.width, width(whole, n.id));
    // Four times closer, the countries in view have room for more of their labels.
    const inView = closer.nodes.filter((n) => n.x >= 0 && n.y >= 0 && n.x <= closer.width && n.y <= closer.height).map((n) => n.id);
    const count = (l: NetworkLayout) => l.nodes.filter((n) => n.label && inView.includes(n.id)).length;
    assert.ok(count(closer) > count(whole), `${count(closer)} of ${inView.length} labelled zoomed, ${count(whole)} unzoomed`);
    // The nodes move with the zoom; the dots grow less than the distances between them.
    const hub = (l: NetworkLayout) => l.nodes.find((n) => n.id === 'HUB')!;
    assert.deepEqual([hub(closer).x, hub(closer).y], [hub(whole).x * 4 - 1200, hub(whole).y * 4 - 500]);
    assert.equal(hub(closer).r, hub(whole).r * 2);
  });

  it('follows a dragged node, comes to rest, and keeps the picture inside the frame', () => {
    for (const n of [7, 200]) {
      const data = syntheticDataset(n);
      const scene = sceneOf(data, 800);
      const forces = dragForces(scene.frame, scene.positions);
      forces.pin('P0001', { x: 120, y: 90 });
      let positions = forces.tick();
      const at = scene.frame.nodes.findIndex((d) => d.id === 'P0001');
      assert.deepEqual([positions[at].x, positions[at].y], [120, 90]);
      for (let i = 0; i < 30; i++) positions = forces.tick();
      forces.pin('P0001', null);
      let ticks = 0;
      while (!forces.settled && ticks < 1000) {
        positions = forces.tick();
        ticks++;
      }
      assert.ok(forces.settled && ticks < 200, `${n} partners: at rest after ${ticks} ticks`);
      const l = drawNetwork({ frame: scene.frame, positions });
      assert.deepEqual(problems(l), [], `${n} partners, after the drag`);
      const hub = l.nodes.find((d) => d.id === 'HUB')!;
      assert.deepEqual([hub.x, hub.y], [400, l.height / 2]);
      for (const d of l.nodes) assert.ok(d.x - d.r >= 0 && d.y - d.r >= 0 && d.x + d.r <= l.width && d.y + d.r <= l.height, d.id);
    }
  });

  it('while dragging, labels move with their nodes; at rest they are placed anew', () => {
    const scene = sceneOf(relationships, 800);
    const before = drawNetwork(scene);
    const forces = dragForces(scene.frame, scene.positions);
    forces.pin('IRN', { x: 420, y: 200 });
    const positions = forces.tick();
    const moving = drawNetwork({ frame: scene.frame, positions }, undefined, before);
    const iran = (l: NetworkLayout) => l.nodes.find((n) => n.id === 'IRN')!;
    assert.deepEqual(iran(moving).label!.x, iran(before).label!.x);
    const shift = iran(moving).label!.box.x - iran(before).label!.box.x;
    assert.ok(Math.abs(shift - (iran(moving).x - iran(before).x)) < 0.011, `the label moved by ${shift}`);
    assert.deepEqual(
      moving.nodes.map((n) => !!n.label),
      before.nodes.map((n) => !!n.label),
    );
  });
});
