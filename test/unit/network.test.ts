import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { networkGraph } from '../../src/data/network.js';
import { broken, fixture } from './fixtures.js';
import type { Dataset } from '../../src/data/types.js';

const summary = (g: ReturnType<typeof networkGraph>): string[] =>
  g.links.map((l) => `${l.id} ${l.count} ${l.status}${l.contested ? ' contested' : ''}${l.between ? ' between' : ''}`);

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

  test('a node’s kinds are the kinds of support it gives the hub: not joint activity, not a denial', () => {
    const byId = new Map(networkGraph(fixture()).nodes.map((n) => [n.id, n]));
    // China's only military claim is the joint exercise: no military support.
    assert.deepEqual(byId.get('CHN'), {
      id: 'CHN',
      name: 'China',
      role: 'ally',
      order: 1,
      kinds: ['diplomatic', 'economic'],
      claimCount: 4,
      breadth: 2,
    });
    assert.deepEqual(byId.get('IRN')?.kinds, ['military']);
    assert.equal(byId.get('IRN')?.claimCount, 2);
    // South Africa's diplomatic claim is its own denial; its military claim the joint exercise.
    assert.deepEqual(byId.get('ZAF')?.kinds, []);
    assert.equal(byId.get('ZAF')?.breadth, 0);
    // The hub: the kinds it receives.
    assert.deepEqual(byId.get('RUS')?.kinds, ['diplomatic', 'economic', 'military']);
    assert.equal(byId.get('RUS')?.claimCount, 7);
  });

  test('one link per ordered pair, kind and relation; support from the giver, status by the one rule', () => {
    assert.deepEqual(summary(networkGraph(fixture())), [
      'CHN~RUS~diplomatic~support 2 stated',
      'CHN~RUS~economic~support 1 reported',
      'CHN~RUS~military~joint 1 reported',
      // The partial acknowledgement outranks the allegation; the denial is kept beside it.
      'IRN~RUS~military~support 2 acknowledged-in-part contested',
      'ZAF~RUS~diplomatic~support 1 denied contested',
      'ZAF~RUS~military~joint 1 reported',
    ]);
  });

  test('links carry their claims in dataset order, and their direction', () => {
    const link = networkGraph(fixture()).links.find((l) => l.id === 'IRN~RUS~military~support');
    assert.ok(link);
    assert.equal(link.source, 'IRN');
    assert.equal(link.target, 'RUS');
    assert.equal(link.relation, 'support');
    assert.equal(link.between, false);
    assert.deepEqual(link.claims.map((c) => c.id), ['irn-drones', 'irn-drones-part']);
    assert.deepEqual(link.evidence.claimedBy, ['USA', 'IRN']);
    assert.deepEqual(link.evidence.deniedBy, ['IRN']);
  });

  test('a multilateral exercise with the hub ties each participant to the hub, never the participants to each other', () => {
    const mosi = networkGraph(fixture()).links.filter((l) => l.claims.some((c) => c.id === 'mosi-ii'));
    assert.deepEqual(mosi.map((l) => l.id), ['CHN~RUS~military~joint', 'ZAF~RUS~military~joint']);
    assert.ok(mosi.every((l) => l.relation === 'joint' && !l.between));
  });

  test('joint activity of three or more without the hub is one event, with no tie at all', () => {
    const data = fixture();
    data.claims.push({ ...data.claims[4], id: 'trilateral', parties: ['CHN', 'IRN', 'ZAF'] });
    const g = networkGraph(data);
    assert.equal(g.links.filter((l) => l.claims.some((c) => c.id === 'trilateral')).length, 0);
    assert.deepEqual(
      g.events.map((e) => [e.id, e.parties, e.kind, e.status]),
      [['trilateral', ['CHN', 'IRN', 'ZAF'], 'military', 'reported']],
    );
  });

  test('a two-party joint activity without the hub is a tie between partners', () => {
    const data = fixture();
    data.claims.push({ ...data.claims[4], id: 'visit', parties: ['IRN', 'CHN'], kind: 'diplomatic', type: 'statement' });
    const link = networkGraph(data).links.find((l) => l.claims.some((c) => c.id === 'visit'));
    assert.equal(link?.id, 'IRN~CHN~diplomatic~joint');
    assert.equal(link?.between, true);
  });

  test('support to several receivers goes from the giver to each, never between the receivers', () => {
    const g = networkGraph(fixture(), { includeThirdParties: true });
    const talks = g.links.filter((l) => l.claims.some((c) => c.id === 'chn-peace-talks'));
    assert.deepEqual(talks.map((l) => l.id), ['CHN~RUS~diplomatic~support', 'CHN~USA~diplomatic~support']);
    assert.equal(talks[1].between, true);
    assert.ok(!g.links.some((l) => l.source === 'RUS' && l.target === 'USA'));
  });

  test('third parties on request: nodes and their links', () => {
    const g = networkGraph(fixture(), { includeThirdParties: true });
    assert.deepEqual(g.nodes.map((n) => n.id), ['RUS', 'CHN', 'IRN', 'ZAF', 'USA']);
    const usa = g.nodes.find((n) => n.id === 'USA');
    assert.equal(usa?.claimCount, 1);
    assert.ok(!networkGraph(fixture()).links.some((l) => l.source === 'USA' || l.target === 'USA'));
  });

  test('filter by kinds: links of those kinds only, every hub/ally node kept', () => {
    const g = networkGraph(fixture(), { kinds: ['military'] });
    assert.deepEqual(g.links.map((l) => l.id), ['CHN~RUS~military~joint', 'IRN~RUS~military~support', 'ZAF~RUS~military~joint']);
    assert.deepEqual(g.nodes.map((n) => n.id), ['RUS', 'CHN', 'IRN', 'ZAF']);
    const chn = g.nodes.find((n) => n.id === 'CHN');
    assert.deepEqual(chn?.kinds, []);
    assert.equal(chn?.claimCount, 1);
  });

  test('a country without claims of the filtered kinds is still a node', () => {
    const g = networkGraph(fixture(), { kinds: ['economic'] });
    const irn = g.nodes.find((n) => n.id === 'IRN');
    assert.deepEqual(irn, { id: 'IRN', name: 'Iran', role: 'ally', order: 2, kinds: [], claimCount: 0, breadth: 0 });
    assert.deepEqual(g.links.map((l) => l.id), ['CHN~RUS~economic~support']);
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

  test('link order follows the pair’s places in data.countries, not the order of parties', () => {
    const data = broken((d) => {
      const countries = d['countries'] as unknown[];
      countries.reverse();
    }) as Dataset;
    assert.deepEqual(networkGraph(data).links.map((l) => l.id), [
      'ZAF~RUS~diplomatic~support',
      'ZAF~RUS~military~joint',
      'IRN~RUS~military~support',
      'CHN~RUS~diplomatic~support',
      'CHN~RUS~economic~support',
      'CHN~RUS~military~joint',
    ]);
  });

  test('does not mutate its input', () => {
    const data = fixture();
    networkGraph(data, { includeThirdParties: true, kinds: ['military'] });
    assert.deepEqual(data, fixture());
  });
});
