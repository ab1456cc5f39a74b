import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { networkGraph } from '../../src/data/network.js';
import { broken, fixture } from './fixtures.js';
import type { Dataset } from '../../src/data/types.js';

const summary = (g: ReturnType<typeof networkGraph>): string[] => g.links.map((l) => `${l.id} ${l.count} ${l.status}`);

describe('networkGraph', () => {
  test('nodes: hub and allies in dataset order, third parties left out', () => {
    const g = networkGraph(fixture());
    assert.deepEqual(
      g.nodes.map((n) => [n.id, n.name, n.role, n.order]),
      [
        ['RUS', 'Russia', 'hub', 0],
        ['CHN', 'China', 'ally', 1],
        ['IRN', 'Iran', 'ally', 2],
        ['ZAF', 'South Africa', 'ally', 3],
      ],
    );
  });

  test('node kinds (kind order), claim counts and breadth', () => {
    const byId = new Map(networkGraph(fixture()).nodes.map((n) => [n.id, n]));
    assert.deepEqual(byId.get('CHN'), {
      id: 'CHN',
      name: 'China',
      role: 'ally',
      order: 1,
      kinds: ['diplomatic', 'economic', 'military'],
      claimCount: 4,
      breadth: 3,
    });
    assert.deepEqual(byId.get('IRN')?.kinds, ['military']);
    assert.equal(byId.get('IRN')?.claimCount, 2);
    assert.equal(byId.get('IRN')?.breadth, 1);
    assert.deepEqual(byId.get('ZAF')?.kinds, ['diplomatic', 'military']);
    assert.equal(byId.get('RUS')?.claimCount, 7);
  });

  test('one link per unordered pair and kind, source/target in dataset order', () => {
    assert.deepEqual(summary(networkGraph(fixture())), [
      'RUS~CHN~diplomatic 2 stated',
      'RUS~CHN~economic 1 reported',
      'RUS~CHN~military 1 reported',
      'RUS~IRN~military 2 acknowledged-in-part',
      'RUS~ZAF~diplomatic 1 denied',
      'RUS~ZAF~military 1 reported',
      'CHN~ZAF~military 1 reported',
    ]);
  });

  test('links carry their claims in dataset order', () => {
    const link = networkGraph(fixture()).links.find((l) => l.id === 'RUS~IRN~military');
    assert.ok(link);
    assert.equal(link.source, 'RUS');
    assert.equal(link.target, 'IRN');
    assert.equal(link.kind, 'military');
    assert.deepEqual(link.claims.map((c) => c.id), ['irn-drones', 'irn-drones-part']);
  });

  test('a 3-party claim links every pair among its parties', () => {
    const mosi = networkGraph(fixture()).links.filter((l) => l.claims.some((c) => c.id === 'mosi-ii'));
    assert.deepEqual(mosi.map((l) => l.id), ['RUS~CHN~military', 'RUS~ZAF~military', 'CHN~ZAF~military']);
  });

  test('third parties on request: nodes and their links', () => {
    const g = networkGraph(fixture(), { includeThirdParties: true });
    assert.deepEqual(g.nodes.map((n) => n.id), ['RUS', 'CHN', 'IRN', 'ZAF', 'USA']);
    assert.deepEqual(
      g.links.filter((l) => l.target === 'USA').map((l) => l.id),
      ['RUS~USA~diplomatic', 'CHN~USA~diplomatic'],
    );
    const usa = g.nodes.find((n) => n.id === 'USA');
    assert.equal(usa?.claimCount, 1);
  });

  test('filter by kinds: links of those kinds only, every hub/ally node kept', () => {
    const g = networkGraph(fixture(), { kinds: ['military'] });
    assert.deepEqual(g.links.map((l) => l.id), ['RUS~CHN~military', 'RUS~IRN~military', 'RUS~ZAF~military', 'CHN~ZAF~military']);
    assert.deepEqual(g.nodes.map((n) => n.id), ['RUS', 'CHN', 'IRN', 'ZAF']);
    const chn = g.nodes.find((n) => n.id === 'CHN');
    assert.deepEqual(chn?.kinds, ['military']);
    assert.equal(chn?.claimCount, 1);
  });

  test('a country without claims of the filtered kinds is still a node', () => {
    const g = networkGraph(fixture(), { kinds: ['economic'] });
    const irn = g.nodes.find((n) => n.id === 'IRN');
    assert.deepEqual(irn, { id: 'IRN', name: 'Iran', role: 'ally', order: 2, kinds: [], claimCount: 0, breadth: 0 });
    assert.deepEqual(g.links.map((l) => l.id), ['RUS~CHN~economic']);
  });

  test('an empty kinds filter gives no links', () => {
    assert.equal(networkGraph(fixture(), { kinds: [] }).links.length, 0);
  });

  test('link ids are unique and the result is deterministic', () => {
    const data = fixture();
    const a = networkGraph(data, { includeThirdParties: true });
    const b = networkGraph(data, { includeThirdParties: true });
    assert.deepEqual(a, b);
    assert.equal(new Set(a.links.map((l) => l.id)).size, a.links.length);
  });

  test('pair order follows data.countries, not the order of parties', () => {
    const data = broken((d) => {
      const countries = d['countries'] as unknown[];
      countries.reverse();
    }) as Dataset;
    const ids = networkGraph(data).links.map((l) => l.id);
    assert.ok(ids.includes('ZAF~RUS~military'));
    assert.ok(ids.includes('IRN~RUS~military'));
    assert.ok(!ids.some((id) => id.startsWith('RUS~')));
  });

  test('does not mutate its input', () => {
    const data = fixture();
    networkGraph(data, { includeThirdParties: true, kinds: ['military'] });
    assert.deepEqual(data, fixture());
  });
});
