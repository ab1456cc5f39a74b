/**
 * The matrix's models, without a DOM: support (partners × kinds or types), adjacency (country ×
 * country, from the compact grid), a cell in words and as a mark, and where cells are on the canvas.
 * Run: node --import tsx --test test/unit/matrix-model.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CELL_LABEL, cellMark, cellText, supportModel } from '../../src/aid-matrix/matrix-model.js';
import {
  CODE_STATUSES,
  SELF_CODE,
  adjacencyKindStats,
  adjacencyModel,
  claimsBetween,
  compactAdjacency,
  statusOfCode,
} from '../../src/aid-matrix/adjacency-model.js';
import { bandAt, canvasBands } from '../../src/aid-matrix/adjacency-canvas.js';
import { adjacencyMatrix } from '../../src/data/matrix.js';
import { STATUSES } from '../../src/data/status.js';
import type { Dataset, Status } from '../../src/data/types.js';
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
      }
    }
    assert.deepEqual(model.cell('NOPE', 'military'), { status: 'none', count: 0 });
    assert.equal(cellText(model.cell('CHN', 'military')), 'Alleged · denied, 1 claim');
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

describe('cellText and cellMark', () => {
  test('say the status and the count', () => {
    assert.equal(cellText({ status: 'alleged', count: 2 }), 'Alleged, 2 claims');
    assert.equal(cellText({ status: 'reported', count: 1 }), 'Reported, 1 claim');
    assert.equal(cellText({ status: 'none', count: 0 }), 'No claim');
    assert.equal(cellText({ status: 'self', count: 0 }), CELL_LABEL.self);
    assert.equal(cellMark({ status: 'reported', count: 3 }), '●3');
    assert.equal(cellMark({ status: 'none', count: 0 }), '·');
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

  test('claimsBetween lists the support of one cell, in one direction', () => {
    assert.deepEqual(claimsBetween(data, 'IRN', 'RUS').map((c) => c.id), ['IRN-drones-2022', 'IRN-drones-admission-2022']);
    assert.deepEqual(claimsBetween(data, 'RUS', 'IRN'), []);
    // A joint exercise ties no pair of partners.
    assert.deepEqual(claimsBetween(data, 'IRN', 'CHN'), []);
    assert.deepEqual(claimsBetween(data, 'IRN', 'IRN'), []);
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
    assert.deepEqual(model.cell('IRN', 'IRN'), { status: 'self', count: 0 });
    assert.deepEqual(model.cell('IRN', 'RUS'), { status: 'acknowledged-in-part', count: 2 });
    assert.deepEqual(model.cell('IRN', 'CHN'), { status: 'none', count: 0 });
    assert.deepEqual(model.cell('PRK', 'IND'), { status: 'none', count: 0 });
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
