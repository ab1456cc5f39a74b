import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { networkGraph } from '../../src/data/network.js';
import type { Dataset } from '../../src/data/types.js';
import {
  estimateTextWidth,
  interpolateLayout,
  layoutNetwork,
  networkHeight,
  type Box,
  type LayoutOptions,
  type NetworkLayout,
} from '../../src/layout/network-layout.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { SEVEN_PARTNERS_AT_640, SEVEN_PARTNERS_AT_640_ZOOMED, ZOOM_AT_640 } from '../fixtures/layout-coordinates.js';

const relationships = JSON.parse(
  readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8'),
) as Dataset;

function optionsFor(data: Dataset, width: number): LayoutOptions {
  return { width, height: networkHeight(width), kinds: data.kinds.map((k) => k.id) };
}

function layout(data: Dataset, width: number, includeThirdParties = false): NetworkLayout {
  return layoutNetwork(networkGraph(data, { includeThirdParties }), optionsFor(data, width));
}

const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const circleBox = (n: { x: number; y: number; r: number }): Box => ({
  x: n.x - n.r,
  y: n.y - n.r,
  width: 2 * n.r,
  height: 2 * n.r,
});

/** Every problem with the picture: overlapping nodes or labels, anything outside the drawing. */
function problems(l: NetworkLayout): string[] {
  const found: string[] = [];
  const inside = (b: Box): boolean => b.x >= 0 && b.y >= 0 && b.x + b.width <= l.width && b.y + b.height <= l.height;
  l.nodes.forEach((a, i) => {
    if (!inside(circleBox(a))) found.push(`node ${a.id} leaves the drawing`);
    if (a.label && !inside(a.label.box)) found.push(`label ${a.id} leaves the drawing`);
    for (const b of l.nodes.slice(i + 1)) {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) found.push(`nodes ${a.id} and ${b.id} overlap`);
      if (a.label && b.label && intersects(a.label.box, b.label.box)) found.push(`labels ${a.id} and ${b.id} overlap`);
    }
    for (const b of l.nodes) {
      if (a.label && intersects(a.label.box, circleBox(b))) found.push(`label ${a.id} covers node ${b.id}`);
    }
  });
  return found;
}

describe('networkHeight', () => {
  it('is square when narrow, flatter when wide, and never under 320 px', () => {
    assert.equal(networkHeight(320), 320);
    assert.equal(networkHeight(200), 320);
    assert.equal(networkHeight(400), 400);
    assert.ok(networkHeight(1600) / 1600 > 0.5 && networkHeight(1600) / 1600 < 0.65);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, wide letters count more', () => {
    assert.ok(estimateTextWidth('South Africa', 12) > estimateTextWidth('Iran', 12));
    assert.ok(estimateTextWidth('Iran', 13) > estimateTextWidth('Iran', 12));
    assert.ok(estimateTextWidth('WWW', 12) > estimateTextWidth('iii', 12));
  });
});

describe('layoutNetwork', () => {
  it('gives the same numbers every time (exact coordinates)', () => {
    const data = syntheticDataset(7);
    const a = layout(data, 640);
    assert.deepEqual(a, layout(data, 640));
    assert.deepEqual(
      a.nodes.map((n) => [n.id, n.x, n.y, n.r]),
      SEVEN_PARTNERS_AT_640,
    );
    const zoomed = layoutNetwork(networkGraph(data), optionsFor(data, 640), ZOOM_AT_640);
    assert.deepEqual(
      zoomed.nodes.map((n) => [n.id, n.x, n.y, n.r, n.label?.box.x ?? null, n.label?.box.y ?? null]),
      SEVEN_PARTNERS_AT_640_ZOOMED,
    );
  });

  it('puts the hub in the centre and the partners around it, in dataset order', () => {
    const l = layout(relationships, 800);
    const hub = l.nodes.find((n) => n.id === relationships.hub)!;
    assert.deepEqual([hub.x, hub.y], [l.width / 2, l.height / 2]);
    const allies = relationships.countries.filter((c) => c.role === 'ally').map((c) => c.id);
    assert.deepEqual(l.order, [relationships.hub, ...allies]);
    assert.equal(l.nodes.length, 1 + allies.length);
    // Clockwise from the top: the angle from twelve o'clock grows along the order.
    const angles = l.order.slice(1).map((id) => {
      const n = l.nodes.find((d) => d.id === id)!;
      const a = Math.atan2(n.x - hub.x, hub.y - n.y);
      return a < -0.3 ? a + 2 * Math.PI : a;
    });
    assert.deepEqual(angles, [...angles].sort((a, b) => a - b));
  });

  for (const width of [320, 360, 480, 768, 1024, 1280, 1600]) {
    it(`labels every country without overlaps at ${width} px`, () => {
      for (const third of [false, true]) {
        const l = layout(relationships, width, third);
        assert.deepEqual(problems(l), [], `third parties: ${third}`);
        assert.deepEqual(
          l.nodes.filter((n) => !n.label).map((n) => n.id),
          [],
          `every label placed (third parties: ${third})`,
        );
        assert.ok(l.fontSize >= 12);
      }
    });
  }

  it('sizes nodes by the breadth of support', () => {
    const graph = networkGraph(relationships);
    const l = layoutNetwork(graph, optionsFor(relationships, 800));
    const r = new Map(l.nodes.map((n) => [n.id, n.r]));
    for (const a of graph.nodes) {
      for (const b of graph.nodes) {
        if (a.breadth > b.breadth) assert.ok(r.get(a.id)! > r.get(b.id)!, `${a.id} > ${b.id}`);
      }
    }
  });

  it('draws one line per link, kinds side by side in fixed slots', () => {
    const graph = networkGraph(relationships);
    const l = layoutNetwork(graph, optionsFor(relationships, 800));
    assert.deepEqual(
      l.links.map((d) => d.id),
      graph.links.map((d) => d.id),
    );
    // China's two kinds of support to Russia: distinct, parallel, in kind order from one side.
    const bundle = l.links.filter((d) => d.id.startsWith('CHN~RUS~') && d.link.relation === 'support');
    assert.equal(bundle.length, 2);
    const rus = l.nodes.find((n) => n.id === 'RUS')!;
    const chn = l.nodes.find((n) => n.id === 'CHN')!;
    // Seen from the giver, China.
    const [ux, uy] = [(rus.x - chn.x) / Math.hypot(chn.x - rus.x, chn.y - rus.y), (rus.y - chn.y) / Math.hypot(chn.x - rus.x, chn.y - rus.y)];
    const side = bundle.map((d) => ux * (d.y1 - chn.y) - uy * (d.x1 - chn.x));
    assert.deepEqual(
      bundle.map((d) => d.kind),
      ['economic', 'military'],
    );
    assert.ok(side[0] < side[1], `offsets ${side.join(', ')}`);
  });

  it('keeps kind letters off labels, nodes and each other', () => {
    const l = layout(relationships, 1024);
    const letters = l.links.flatMap((d) => (d.letter ? [{ x: d.letter.x - 6, y: d.letter.y - 6, width: 12, height: 12 }] : []));
    assert.ok(letters.length > 0);
    const taken = [...l.nodes.map(circleBox), ...l.nodes.flatMap((n) => (n.label ? [n.label.box] : []))];
    letters.forEach((a, i) => {
      for (const b of [...taken, ...letters.slice(i + 1)]) assert.ok(!intersects(a, b));
    });
  });

  it('lays out 200 partners without overlapping nodes or labels, and 1,000 quickly', () => {
    for (const width of [320, 1600]) {
      const l = layout(syntheticDataset(200), width);
      assert.equal(l.nodes.length, 202 - 1);
      assert.deepEqual(problems(l), []);
      assert.ok(l.nodes.filter((n) => n.label).length >= 3);
    }
    const start = performance.now();
    const big = layout(syntheticDataset(1000), 1024);
    assert.equal(big.nodes.length, 1001);
    assert.ok(performance.now() - start < 2000, 'under two seconds even on a slow machine');
  });

  it('lays out degenerate graphs', () => {
    const one = syntheticDataset(1);
    assert.equal(layout(one, 320).nodes.length, 2);
    const l = layoutNetwork({ nodes: [], links: [], events: [] }, { width: 320, height: 320 });
    assert.deepEqual(l.nodes, []);
  });
});

describe('interpolateLayout', () => {
  it('runs from one picture to the other', () => {
    const a = layout(relationships, 600);
    const b = layout(relationships, 900);
    const start = interpolateLayout(a, b, 0);
    const end = interpolateLayout(a, b, 1);
    assert.deepEqual(
      start.nodes.map((n) => [n.x, n.y]),
      a.nodes.map((n) => [n.x, n.y]),
    );
    assert.deepEqual(
      end.nodes.map((n) => [n.x, n.y, n.label]),
      b.nodes.map((n) => [n.x, n.y, n.label]),
    );
  });
});
