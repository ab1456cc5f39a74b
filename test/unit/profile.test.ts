import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countryProfile } from '../../src/data/profile.js';
import type { Dataset } from '../../src/data/types.js';
import { broken, fixture } from './fixtures.js';

describe('countryProfile', () => {
  test('unknown country: null', () => {
    assert.equal(countryProfile(fixture(), 'XXX'), null);
  });

  test('Iran: role, leader, kinds, partners, votes', () => {
    const p = countryProfile(fixture(), 'IRN');
    assert.ok(p);
    assert.equal(p.country.name, 'Iran');
    assert.equal(p.role, 'ally');
    assert.equal(p.isHub, false);
    assert.deepEqual(p.leader, { name: 'Ebrahim Raisi', title: 'President' });
    assert.deepEqual(
      p.kinds.map((k) => [k.kind.id, k.status, k.count]),
      [['military', 'acknowledged-in-part', 2]],
    );
    assert.deepEqual(p.partners.map((c) => c.id), ['RUS']);
    assert.deepEqual(
      p.votes.map((v) => [v.record.id, v.vote]),
      [
        ['es-11-1', 'abstain'],
        ['es-11-4', 'absent'],
      ],
    );
    assert.deepEqual(p.mentions, []);
  });

  test('claims grouped by kind, sorted by status then date, resolved', () => {
    const p = countryProfile(fixture(), 'IRN');
    assert.ok(p);
    assert.deepEqual(p.groups.map((g) => g.kind.id), ['military']);
    const [first, second] = p.groups[0]?.claims ?? [];
    assert.ok(first && second);
    assert.equal(first.claim.id, 'irn-drones-part');
    assert.equal(second.claim.id, 'irn-drones');
    assert.equal(second.giver.id, 'IRN');
    assert.deepEqual(second.receivers.map((c) => c.id), ['RUS']);
    assert.deepEqual(second.others.map((c) => c.id), ['RUS']);
    assert.deepEqual(second.sources.map((s) => s.publisher), ['Reuters', 'US Department of State']);
    assert.deepEqual(second.claimedBy.map((c) => c.name), ['United States']);
    assert.deepEqual(second.deniedBy.map((c) => c.name), ['Iran']);
    assert.equal(second.evidence, 'Alleged by the United States · denied by Iran');
  });

  test('same status: earlier date first (intervals by their start)', () => {
    const data = broken((d) => {
      const claims = d['claims'] as Record<string, unknown>[];
      const oil = claims[0];
      if (oil) {
        oil['kind'] = 'military';
        oil['type'] = 'arms';
        oil['date'] = '2023-02-20';
      }
    }) as Dataset;
    const p = countryProfile(data, 'CHN');
    const military = p?.groups.find((g) => g.kind.id === 'military');
    // mosi-ii: reported, 2023-02-17/2023-02-27; chn-oil: reported, 2023-02-20.
    assert.deepEqual(military?.claims.map((c) => c.claim.id), ['mosi-ii', 'chn-oil']);
  });

  test('China: groups in kind order, others exclude China, partners in dataset order', () => {
    const p = countryProfile(fixture(), 'CHN');
    assert.ok(p);
    assert.deepEqual(p.groups.map((g) => g.kind.id), ['diplomatic', 'economic', 'military']);
    assert.deepEqual(p.groups[0]?.claims.map((c) => c.claim.id), ['chn-no-limits', 'chn-peace-talks']);
    const mosi = p.groups[2]?.claims[0];
    assert.equal(mosi?.giver.id, 'ZAF');
    assert.deepEqual(mosi?.receivers.map((c) => c.id), ['RUS', 'CHN']);
    assert.deepEqual(mosi?.others.map((c) => c.id), ['ZAF', 'RUS']);
    assert.deepEqual(p.partners.map((c) => c.id), ['RUS', 'ZAF', 'USA']);
    assert.equal(p.leader, undefined);
    assert.ok(!('leader' in p));
  });

  test('the hub lists all its claims', () => {
    const p = countryProfile(fixture(), 'RUS');
    assert.ok(p);
    assert.equal(p.isHub, true);
    assert.equal(p.role, 'hub');
    const ids = p.groups.flatMap((g) => g.claims.map((c) => c.claim.id));
    assert.equal(ids.length, fixture().claims.length);
    assert.deepEqual(p.partners.map((c) => c.id), ['CHN', 'IRN', 'ZAF', 'USA']);
    assert.deepEqual(
      p.kinds.map((k) => [k.kind.id, k.status, k.count]),
      [
        ['diplomatic', 'stated', 3],
        ['economic', 'reported', 1],
        ['military', 'reported', 3],
      ],
    );
  });

  test('a third party: the claims it alleges appear as mentions', () => {
    const p = countryProfile(fixture(), 'USA');
    assert.ok(p);
    assert.deepEqual(p.mentions.map((c) => c.claim.id), ['irn-drones']);
    assert.deepEqual(p.groups.map((g) => g.kind.id), ['diplomatic']);
    assert.deepEqual(p.votes.map((v) => v.vote), ['yes', 'yes']);
  });

  test('a country without votes or claims', () => {
    const data = broken((d) => {
      (d['countries'] as unknown[]).push({ id: 'XYZ', name: 'Nowhere', role: 'ally' });
    }) as Dataset;
    const p = countryProfile(data, 'XYZ');
    assert.ok(p);
    assert.deepEqual([p.kinds, p.groups, p.votes, p.partners, p.mentions], [[], [], [], [], []]);
  });
});
