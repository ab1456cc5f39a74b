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

  test('claims grouped by side, then kind, sorted by evidence then date, resolved', () => {
    const p = countryProfile(fixture(), 'IRN');
    assert.ok(p);
    assert.deepEqual(p.sections.map((s) => s.side), ['gives']);
    assert.deepEqual(p.sections[0].groups.map((g) => g.kind.id), ['military']);
    const [first, second] = p.sections[0].groups[0]?.claims ?? [];
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

  test('badges follow the matrix’s rule: support given to the hub, the denial beside the status', () => {
    const irn = countryProfile(fixture(), 'IRN');
    assert.deepEqual(
      irn?.kinds.map((k) => [k.kind.id, k.status, k.count, k.evidence.contested]),
      [['military', 'acknowledged-in-part', 2, true]],
    );
    const zaf = countryProfile(fixture(), 'ZAF');
    // The exercise is joint activity: no military badge.
    assert.deepEqual(zaf?.kinds.map((k) => [k.kind.id, k.status]), [['diplomatic', 'denied']]);
  });

  test('same evidence: earlier date first (intervals by their start)', () => {
    const data = broken((d) => {
      const claims = d['claims'] as Record<string, unknown>[];
      claims.push({ ...claims[4], id: 'mosi-iii', date: '2023-02-20' });
    }) as Dataset;
    const joint = countryProfile(data, 'CHN')?.sections.find((s) => s.side === 'joint');
    // mosi-ii: 2023-02-17/2023-02-27; mosi-iii: 2023-02-20.
    assert.deepEqual(joint?.groups[0].claims.map((c) => c.claim.id), ['mosi-ii', 'mosi-iii']);
  });

  test('a denial comes after every other status in its group', () => {
    const data = fixture();
    data.claims.push({ ...data.claims[5], id: 'zaf-friendly', status: 'characterized', deniedBy: [] });
    const gives = countryProfile(data, 'ZAF')?.sections.find((s) => s.side === 'gives');
    assert.deepEqual(gives?.groups[0].claims.map((c) => c.claim.id), ['zaf-friendly', 'zaf-nonaligned']);
  });

  test('China: what it gives, then joint activity; others exclude China, partners in dataset order', () => {
    const p = countryProfile(fixture(), 'CHN');
    assert.ok(p);
    assert.deepEqual(
      p.sections.map((s) => [s.side, s.groups.map((g) => g.kind.id)]),
      [
        ['gives', ['diplomatic', 'economic']],
        ['joint', ['military']],
      ],
    );
    assert.deepEqual(p.sections[0].groups[0].claims.map((c) => c.claim.id), ['chn-no-limits', 'chn-peace-talks']);
    const mosi = p.sections[1].groups[0].claims[0];
    assert.deepEqual(mosi?.others.map((c) => c.id), ['ZAF', 'RUS']);
    assert.deepEqual(p.partners.map((c) => c.id), ['RUS', 'ZAF', 'USA']);
    assert.equal(p.leader, undefined);
    assert.ok(!('leader' in p));
  });

  test('support the hub gives a partner is in the partner’s "receives" section, not its badges', () => {
    const data = fixture();
    data.claims.push({ ...data.claims[0], id: 'loan', parties: ['RUS', 'IRN'], kind: 'economic', type: 'trade' });
    const p = countryProfile(data, 'IRN');
    assert.deepEqual(p?.sections.map((s) => s.side), ['gives', 'receives']);
    assert.deepEqual(p?.kinds.map((k) => k.kind.id), ['military']);
  });

  test('the hub: its claims by side, no badges', () => {
    const p = countryProfile(fixture(), 'RUS');
    assert.ok(p);
    assert.equal(p.isHub, true);
    assert.equal(p.role, 'hub');
    const ids = p.sections.flatMap((s) => s.groups.flatMap((g) => g.claims.map((c) => c.claim.id)));
    assert.equal(ids.length, fixture().claims.length);
    assert.deepEqual(p.sections.map((s) => s.side), ['receives', 'joint']);
    assert.deepEqual(p.partners.map((c) => c.id), ['CHN', 'IRN', 'ZAF', 'USA']);
    assert.deepEqual(p.kinds, []);
  });

  test('a third party: the claims it alleges appear as mentions', () => {
    const p = countryProfile(fixture(), 'USA');
    assert.ok(p);
    assert.deepEqual(p.mentions.map((c) => c.claim.id), ['irn-drones']);
    assert.deepEqual(p.sections.map((s) => [s.side, s.groups.map((g) => g.kind.id)]), [['receives', ['diplomatic']]]);
    assert.deepEqual(p.votes.map((v) => v.vote), ['yes', 'yes']);
  });

  test('a country without votes or claims', () => {
    const data = broken((d) => {
      (d['countries'] as unknown[]).push({ id: 'XYZ', name: 'Nowhere', role: 'ally' });
    }) as Dataset;
    const p = countryProfile(data, 'XYZ');
    assert.ok(p);
    assert.deepEqual([p.kinds, p.sections, p.votes, p.partners, p.mentions], [[], [], [], [], []]);
  });
});
