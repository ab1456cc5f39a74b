/**
 * The matrix's models, without a DOM: support (partners × kinds or types), adjacency (country ×
 * country, from the compact grid), a cell in words and as a mark, and where cells are on the canvas.
 * Run: node --import tsx --test test/unit/matrix-model.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CELL_LABEL, JOINT_HEADING, apartMark, cellMark, cellText, supportModel, type Model } from '../../src/aid-matrix/matrix-model.js';
import {
  CODE_STATUSES,
  SELF_CODE,
  adjacencyKindStats,
  adjacencyModel,
  compactAdjacency,
  statusOfCode,
} from '../../src/aid-matrix/adjacency-model.js';
import { bandAt, canvasBands } from '../../src/aid-matrix/adjacency-canvas.js';
import { adjacencyMatrix } from '../../src/data/matrix.js';
import { STATUSES } from '../../src/data/status.js';
import type { Claim, Dataset, Status } from '../../src/data/types.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const data = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;
const allies = data.countries.filter((c) => c.role === 'ally').map((c) => c.id);

/** A mark's status by the one rule (docs/evidence.md), computed here independently: the strongest that is not a denial, else denied. */
const strongest = (statuses: Status[]): Status | null =>
  statuses.length ? (STATUSES.find((s) => s !== 'denied' && statuses.includes(s)) ?? 'denied') : null;

/** The support `a` gives `b`, computed here independently (a claim without `relation` is support from its first party). */
const shared = (d: Dataset, a: string, b: string, kinds?: string[]) =>
  a === b
    ? []
    : d.claims.filter(
        (c) => (c.relation ?? 'support') === 'support' && c.parties[0] === a && c.parties.indexOf(b) > 0 && (!kinds || kinds.includes(c.kind)),
      );

/**
 * Joint activity that ties `a` and `b`, computed here independently: both take part, and either
 * one of them is the hub or they are its only two parties (a multilateral event ties no pair).
 */
const together = (d: Dataset, a: string, b: string, kinds?: string[]) =>
  a === b
    ? []
    : d.claims.filter((c) => {
        if (c.relation !== 'joint' || !c.parties.includes(a) || !c.parties.includes(b) || (kinds && !kinds.includes(c.kind))) return false;
        return a === d.hub || b === d.hub || (!c.parties.includes(d.hub) && new Set(c.parties).size === 2);
      });

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

/** Every cell's mark (status, count, denial), the part of a cell that only support may change. */
const marks = (model: Model, rows: string[], cols: string[]) =>
  rows.flatMap((r) => cols.map((c) => [r, c, cellMark(model.cell(r, c)), cellText(model.cell(r, c))]));

describe('supportModel', () => {
  test('kinds: one column per kind, each with its kind, letter and short label', () => {
    const model = supportModel(data, false, undefined);
    assert.deepEqual(
      model.columns.map((c) => [c.id, c.letter, c.short, c.kind?.className]),
      [
        ['diplomatic', 'D', 'Dipl.', 'k0'],
        ['economic', 'E', 'Econ.', 'k1'],
        ['military', 'M', 'Mili.', 'k2'],
      ],
    );
    assert.equal(model.groups, undefined);
    assert.deepEqual(Object.keys(model.kindProperties), ['--_k0', '--_k1', '--_k2']);
    assert.deepEqual(
      model.countries.map((c) => c.id),
      allies,
    );
  });

  test('each cell is the support the partner gives the hub: its status by the one rule, its count, its denial', () => {
    const model = supportModel(data, false, undefined);
    for (const row of allies) {
      for (const kind of data.kinds) {
        const claims = shared(data, row, data.hub, [kind.id]);
        const cell = model.cell(row, kind.id);
        assert.equal(cell.status, strongest(claims.map((c) => c.status)) ?? 'none', `${row} ${kind.id}`);
        assert.equal(cell.count, claims.length);
        assert.equal(cell.contested ?? false, claims.some((c) => c.status === 'denied' || c.deniedBy.length > 0), `${row} ${kind.id} contested`);
        assert.equal(cell.kind?.id, kind.id);
        assert.deepEqual(model.claims(row, kind.id), claims);
        // Apart: joint activity with the hub, and the hub's support to the partner.
        assert.equal(cell.joint, together(data, row, data.hub, [kind.id]).length, `${row} ${kind.id} joint`);
        assert.equal(cell.received, shared(data, data.hub, row, [kind.id]).length, `${row} ${kind.id} received`);
      }
    }
    assert.deepEqual(model.cell('NOPE', 'military'), { status: 'none', count: 0 });
    assert.equal(cellText(model.cell('CHN', 'military')), 'Alleged · denied, 1 claim');
    assert.deepEqual(model.apart, { joint: true, received: true });
  });

  test('the default cells say what docs/evidence.md says, joint activity and support received apart', () => {
    const model = supportModel(data, false, undefined);
    const said = (row: string, col: string) => [model.cell(row, col).status, model.cell(row, col).contested, model.label(row, col)];
    assert.deepEqual(said('CHN', 'military'), [
      'alleged',
      true,
      'Alleged · denied, 1 claim; alleged by the United States, denied by China. Also 3 joint activities with Russia, not counted as support: reported.',
    ]);
    assert.deepEqual(said('IRN', 'military'), [
      'acknowledged-in-part',
      true,
      'Acknowledged in part · denied, 2 claims; acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran. ' +
        'Also 2 joint activities with Russia, not counted as support: reported; alleged by the United States.',
    ]);
    assert.deepEqual(said('IND', 'military'), [
      'none',
      false,
      'No claim of support. Also 1 joint activity with Russia, not counted as support: reported.',
    ]);
    assert.deepEqual(said('ZAF', 'diplomatic').slice(0, 2), ['characterized', true]);
    assert.match(model.label('ZAF', 'diplomatic'), /^Characterized · denied, 3 claims; characterized; denied by South Africa\. Also 1 joint activity with Russia/);
    assert.deepEqual(said('BLR', 'economic'), ['none', false, "No claim of support. Russia's support to Belarus: 1 claim, reported."]);
    assert.deepEqual(said('SYR', 'military'), [
      'none',
      false,
      "No claim of support. Russia's support to Syria: 1 claim, reported. Also 1 joint activity with Russia, not counted as support: reported.",
    ]);
    assert.equal(model.label('PRK', 'economic'), 'No claim.');
    assert.equal(model.label('IND', 'economic'), 'Reported, 1 claim.', 'a plain status is not said twice');
    assert.equal(apartMark(model.cell('SYR', 'military'), false), '←1 ↔1');
    assert.equal(apartMark(model.cell('SYR', 'military'), true), '←↔');
    assert.equal(apartMark(model.cell('PRK', 'military'), false), '');
  });

  test("the tooltip groups a cell's claims: support to the hub, support from it, joint activity", () => {
    const model = supportModel(data, false, undefined);
    const groups = (row: string, col: string) => model.tipGroups(row, col).map((g) => [g.heading, ids(g.claims)]);
    assert.deepEqual(groups('CHN', 'military'), [
      ['Support to Russia', ['CHN-lethal-aid-2023']],
      [JOINT_HEADING, ['IRN-RUS-CHN-maritime-belt-2023', 'ZAF-RUS-CHN-mosi-ii-2023', 'RUS-vostok-2022']],
    ]);
    assert.deepEqual(groups('BLR', 'economic'), [['Support from Russia', ['BLR-loan-2020']]]);
    assert.deepEqual(groups('SYR', 'military'), [
      ['Support from Russia', ['SYR-military-presence']],
      [JOINT_HEADING, ['RUS-vostok-2022']],
    ]);
    assert.deepEqual(groups('PRK', 'economic'), []);
  });

  test('joint activity and support received never change a mark: a synthetic dataset, before and after adding them', () => {
    const base = syntheticDataset(30, { seed: 7 });
    const partners = base.countries.filter((c) => c.role === 'ally').map((c) => c.id);
    const extra: Claim[] = partners.flatMap((id, i) => {
      const kind = base.kinds[i % 3].id;
      const claim = { kind, type: base.types![i % base.types!.length].id, text: 'Added.', claimedBy: [], deniedBy: [], date: '2022', sources: ['src-1'] };
      return [
        { ...claim, id: `joint-${id}`, parties: [id, 'HUB'], relation: 'joint' as const, status: 'reported' as const },
        { ...claim, id: `event-${id}`, parties: ['HUB', id, partners[(i + 1) % partners.length]], relation: 'joint' as const, status: 'stated' as const },
        { ...claim, id: `given-${id}`, parties: ['HUB', id], status: 'reported' as const },
        { ...claim, id: `context-${id}`, parties: ['OBS', id], relation: 'context' as const, status: 'reported' as const },
      ];
    });
    const more: Dataset = { ...base, claims: [...base.claims, ...extra] };
    for (const types of [false, true]) {
      const before = supportModel(base, types, undefined);
      const after = supportModel(more, types, undefined);
      const cols = before.columns.map((c) => c.id);
      assert.deepEqual(marks(after, partners, cols), marks(before, partners, cols));
      // …and they are there, apart.
      const joint = partners.reduce((n, r) => n + cols.reduce((m, c) => m + (after.cell(r, c).joint ?? 0) - (before.cell(r, c).joint ?? 0), 0), 0);
      const received = partners.reduce((n, r) => n + cols.reduce((m, c) => m + (after.cell(r, c).received ?? 0) - (before.cell(r, c).received ?? 0), 0), 0);
      // Each partner: its own joint activity, and two events (its own and its neighbour's).
      assert.equal(joint, partners.length * 3);
      assert.equal(received, partners.length);
    }
  });

  test('types: columns grouped under their kind, which names the group and gives its letter', () => {
    const model = supportModel(data, true, undefined);
    assert.equal(model.columns.length, data.types!.length);
    assert.ok(model.columns.every((c) => c.letter === undefined && c.short === c.label));
    assert.deepEqual(
      model.groups!.map((g) => [g.label, g.kind.letter, g.items.length]),
      data.kinds.map((k) => [k.label, k.label[0], data.types!.filter((t) => t.kind === k.id).length]),
    );
  });

  test('the kinds filter keeps the colours and letters of the whole dataset', () => {
    const model = supportModel(data, false, ['military']);
    assert.deepEqual(
      model.columns.map((c) => [c.id, c.letter, c.kind?.className]),
      [['military', 'M', 'k2']],
    );
    assert.ok(model.orderInput.every((c) => c.kind === 'military'));
  });

  test('names countries and columns', () => {
    const model = supportModel(data, false, undefined);
    assert.equal(model.name('IRN'), 'Iran');
    assert.equal(model.name('military'), 'Military');
    assert.equal(model.name('unknown'), 'unknown');
  });
});

describe('cellText, cellMark and apartMark', () => {
  test('say the status, its denial and the count', () => {
    assert.equal(cellText({ status: 'alleged', count: 2 }), 'Alleged, 2 claims');
    assert.equal(cellText({ status: 'alleged', count: 2, contested: true }), 'Alleged · denied, 2 claims');
    assert.equal(cellText({ status: 'denied', count: 1, contested: true }), 'Denied, 1 claim');
    assert.equal(cellText({ status: 'reported', count: 1 }), 'Reported, 1 claim');
    assert.equal(cellText({ status: 'none', count: 0 }), 'No claim');
    assert.equal(cellText({ status: 'self', count: 0 }), CELL_LABEL.self);
    assert.equal(cellMark({ status: 'reported', count: 3 }), '●3');
    assert.equal(cellMark({ status: 'alleged', count: 1, contested: true }), '◌✕1');
    assert.equal(cellMark({ status: 'denied', count: 2, contested: true }), '✕2');
    assert.equal(cellMark({ status: 'none', count: 0 }), '·');
  });

  test('the marks apart: support received, then joint activity; glyphs only when compact', () => {
    assert.equal(apartMark({ status: 'none', count: 0, joint: 3 }, false), '↔3');
    assert.equal(apartMark({ status: 'alleged', count: 1, joint: 2, received: 1 }, false), '←1 ↔2');
    assert.equal(apartMark({ status: 'alleged', count: 1, joint: 2, received: 1 }, true), '←↔');
    assert.equal(apartMark({ status: 'reported', count: 4 }, true), '');
  });
});

describe('adjacency model', () => {
  test('every party to a claim against every other: the support the row gives the column, its status and count', () => {
    const grid = compactAdjacency(data);
    const involved = new Set(data.claims.flatMap((c) => c.parties));
    assert.deepEqual(
      grid.countries.map((c) => c.id),
      data.countries.filter((c) => involved.has(c.id)).map((c) => c.id),
    );
    const n = grid.countries.length;
    let pairs = 0;
    for (const a of grid.countries) {
      for (const b of grid.countries) {
        const k = grid.index.get(a.id)! * n + grid.index.get(b.id)!;
        const claims = shared(data, a.id, b.id);
        if (a === b) assert.equal(grid.codes[k], SELF_CODE);
        else assert.equal(statusOfCode(grid.codes[k], CODE_STATUSES), strongest(claims.map((c) => c.status)), `${a.id} ${b.id}`);
        assert.equal(grid.counts[k], claims.length);
        assert.equal(grid.joint[k], together(data, a.id, b.id).length, `${a.id} ${b.id} joint`);
        if (claims.length) pairs++;
      }
    }
    assert.equal(grid.pairs, pairs);
  });

  test('filters by kind and keeps the axes', () => {
    const all = compactAdjacency(data);
    const grid = compactAdjacency(data, ['military']);
    assert.deepEqual(grid.countries, all.countries);
    const n = grid.countries.length;
    for (const a of grid.countries) {
      for (const b of grid.countries) {
        assert.equal(grid.counts[grid.index.get(a.id)! * n + grid.index.get(b.id)!], shared(data, a.id, b.id, ['military']).length);
      }
    }
  });

  test('agrees with adjacencyMatrix() at scale, the diagonal marked', () => {
    const big = syntheticDataset(300, { partnerLinks: 0.6, claimsPerPartner: 5 });
    const grid = compactAdjacency(big);
    const reference = adjacencyMatrix(big);
    const n = grid.countries.length;
    for (let a = 0; a < n; a++) assert.equal(grid.codes[a * n + a], SELF_CODE);
    for (const cell of reference.cells) {
      const k = grid.index.get(cell.row)! * n + grid.index.get(cell.col)!;
      assert.equal(grid.counts[k], cell.count);
      if (!cell.diagonal) assert.equal(statusOfCode(grid.codes[k], CODE_STATUSES), cell.status);
    }
  });

  test('1,000 countries: every cell there', () => {
    const big = syntheticDataset(999, { partnerLinks: 0.6, claimsPerPartner: 6 });
    const grid = compactAdjacency(big);
    assert.equal(grid.countries.length, 1000);
    assert.equal(grid.codes.length, 1000 * 1000);
  });

  test("a cell's claims: the support of one direction, and apart the joint ties of the pair", () => {
    const model = adjacencyModel(data);
    assert.deepEqual(ids(model.claims('IRN', 'RUS')), ['IRN-drones-2022', 'IRN-drones-admission-2022']);
    assert.deepEqual(model.claims('RUS', 'IRN'), []);
    // A joint exercise ties no pair of partners; each participant to the hub.
    assert.deepEqual(model.claims('IRN', 'CHN'), []);
    assert.deepEqual(model.cell('IRN', 'CHN').joint, 0);
    assert.deepEqual(model.claims('IRN', 'IRN'), []);
    const groups = (row: string, col: string) => model.tipGroups(row, col).map((g) => [g.heading, ids(g.claims)]);
    assert.deepEqual(groups('IRN', 'RUS'), [
      ['Support from Iran to Russia', ['IRN-drones-2022', 'IRN-drones-admission-2022']],
      [JOINT_HEADING, ['IRN-banking-2023', 'IRN-RUS-defense-partnership-2022', 'IRN-RUS-CHN-maritime-belt-2023']],
    ]);
    // Two-party joint activity without the hub ties the two.
    assert.deepEqual(groups('BLR', 'CHN'), [[JOINT_HEADING, ['BLR-CHN-visit-2023']]]);
    assert.deepEqual(groups('CHN', 'BLR'), groups('BLR', 'CHN'));
  });

  test('a cell in words: its support, its denial, and the joint ties apart', () => {
    const model = adjacencyModel(data);
    assert.equal(
      model.label('RUS', 'BLR'),
      'Reported, 1 claim. Also 2 joint activities with Belarus, not counted as support: reported.',
    );
    assert.equal(model.label('BLR', 'IRN'), 'No claim of support. Also 1 joint activity with Iran, not counted as support: reported.');
    assert.match(model.label('IRN', 'RUS'), /^Acknowledged in part · denied, 2 claims; acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran\. Also 3 joint activities with Russia/);
    assert.equal(model.cell('IRN', 'RUS').contested, true);
    assert.equal(model.label('IRN', 'IRN'), 'Same country.');
    assert.equal(model.label('PRK', 'IND'), 'No claim.');
    assert.deepEqual(model.apart, { joint: true, received: false });
  });

  test('joint activity and support received never change a mark in adjacency mode either', () => {
    const base = syntheticDataset(20, { partnerLinks: 0.5, seed: 3 });
    const partners = base.countries.filter((c) => c.role === 'ally').map((c) => c.id);
    const extra: Claim[] = partners.map((id, i) => ({
      id: `joint-${id}`,
      parties: i % 2 ? [id, partners[(i + 1) % partners.length]] : ['HUB', id, partners[(i + 3) % partners.length]],
      relation: 'joint',
      kind: 'military',
      type: 'type-3',
      text: 'Added.',
      status: 'reported',
      claimedBy: [],
      deniedBy: [],
      date: '2022',
      sources: ['src-1'],
    }));
    const before = adjacencyModel(base);
    const after = adjacencyModel({ ...base, claims: [...base.claims, ...extra] });
    const all = before.countries.map((c) => c.id);
    assert.deepEqual(marks(after, all, all), marks(before, all, all));
    assert.ok(all.some((a) => all.some((b) => (after.cell(a, b).joint ?? 0) > 0)));
  });

  test('adjacencyKindStats gives every country every kind, in dataset order', () => {
    const grid = compactAdjacency(data);
    const stats = adjacencyKindStats(data, grid.countries);
    assert.equal(stats.length, grid.countries.length * data.kinds.length);
    assert.deepEqual(
      stats.slice(0, data.kinds.length).map((s) => s.kind),
      data.kinds.map((k) => k.id),
    );
    const prkEconomic = stats.find((s) => s.row === 'PRK' && s.kind === 'economic')!;
    assert.deepEqual({ count: prkEconomic.count, status: prkEconomic.status }, { count: 0, status: null });
    const irnMilitary = stats.find((s) => s.row === 'IRN' && s.kind === 'military')!;
    // The drones: acknowledged in part outranks alleged; the naval exercise is joint, not support.
    assert.equal(irnMilitary.status, 'acknowledged-in-part');
  });

  test('adjacencyModel: cells, claims and names for the table and the canvas', () => {
    const model = adjacencyModel(data);
    assert.equal(model.adjacency, true);
    const none = { contested: false, joint: 0, received: 0 };
    assert.deepEqual(model.cell('IRN', 'IRN'), { status: 'self', count: 0, ...none });
    assert.deepEqual(model.cell('IRN', 'RUS'), { status: 'acknowledged-in-part', count: 2, contested: true, joint: 3, received: 0 });
    assert.deepEqual(model.cell('IRN', 'CHN'), { status: 'none', count: 0, ...none });
    assert.deepEqual(model.cell('PRK', 'IND'), { status: 'none', count: 0, ...none });
    assert.deepEqual(
      model.claims('RUS', 'BLR').map((c) => c.id),
      ['BLR-loan-2020'],
    );
    assert.equal(model.name('CHN'), 'China');
    assert.equal(model.grid.countries, model.countries);
  });
});

describe('canvas bands (d3-scale)', () => {
  test('place each country in an equal band and find the band under a point', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const bands = canvasBands(ids, 100);
    assert.equal(bands.step(), 25);
    assert.equal(bands.bandwidth(), 25);
    assert.equal(bands('C'), 50);
    assert.equal(bandAt(bands, 0), 'A');
    assert.equal(bandAt(bands, 52), 'C');
    assert.equal(bandAt(bands, 99.9), 'D');
    assert.equal(bandAt(bands, 100), null);
    assert.equal(bandAt(bands, -1), null);
    assert.equal(bandAt(canvasBands([], 100), 10), null);
  });
});
