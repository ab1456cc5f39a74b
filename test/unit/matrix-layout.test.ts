/**
 * The matrix's pure geometry (fit, band scale, keyboard movement) and its compact adjacency path.
 * Run: node --import tsx --test test/unit/matrix-layout.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  MIN_CELL,
  abbreviate,
  fitMatrix,
  moveInGrid,
  textWidth,
  wrappedWidth,
  type FitInput,
} from '../../src/aid-matrix/matrix-layout.js';
import {
  CODE_STATUSES,
  SELF_CODE,
  adjacencyKindStats,
  claimsBetween,
  compactAdjacency,
  statusOfCode,
} from '../../src/aid-matrix/adjacency-grid.js';
import { band } from '../../src/aid-matrix/adjacency-canvas.js';
import { adjacencyMatrix } from '../../src/data/matrix.js';
import type { Dataset } from '../../src/data/types.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const data = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;
const allies = data.countries.filter((c) => c.role === 'ally');
const countries = { full: allies.map((c) => c.name), short: allies.map((c) => c.id) };
const kinds = { full: data.kinds.map((k) => k.label), short: data.kinds.map((k) => abbreviate(k.label, 5)) };
const types = { full: data.types!.map((t) => t.label), short: data.types!.map((t) => t.label) };

/** Width the fitted table takes, as the element sizes it. */
const tableWidth = (input: FitInput, gap = 2): number => {
  const fit = fitMatrix({ ...input, gap });
  const n = fit.transposed ? input.rows.full.length : input.columns.full.length;
  return fit.rowHeaderWidth + n * (fit.cellWidth + gap) + 2 * gap;
};

describe('text measures', () => {
  test('estimate widths deterministically from the length', () => {
    assert.equal(textWidth('China', 14), Math.ceil(5 * 14 * 0.6));
    assert.equal(wrappedWidth('South Africa', 14), textWidth('Africa', 14));
    assert.equal(wrappedWidth('Recognition of occupied territory', 14, 3), textWidth('Recognition', 14));
  });

  test('abbreviate keeps short labels and shortens long ones', () => {
    assert.equal(abbreviate('Trade', 5), 'Trade');
    assert.equal(abbreviate('Diplomatic', 5), 'Dipl.');
    assert.equal(abbreviate('Energy purchases', 6), 'Energy');
    assert.equal(abbreviate('Military', 4), 'Mil.');
  });
});

describe('fitMatrix', () => {
  test('wide: full headers, partners as rows', () => {
    const fit = fitMatrix({ width: 900, rows: countries, columns: kinds, transposable: true, gap: 2 });
    assert.deepEqual(
      { transposed: fit.transposed, rows: fit.rowHeaders, cols: fit.columnHeaders, overflow: fit.overflow },
      { transposed: false, rows: 'full', cols: 'full', overflow: false },
    );
  });

  test('320 px, kinds: abbreviated column headers', () => {
    const fit = fitMatrix({ width: 320, rows: countries, columns: kinds, transposable: true, gap: 2 });
    assert.equal(fit.transposed, false);
    assert.equal(fit.columnHeaders, 'short');
    assert.ok(fit.cellWidth >= MIN_CELL);
  });

  test('types: rotated headers when wide enough, transposed at 320 px', () => {
    const wide = fitMatrix({ width: 1400, rows: countries, columns: types, transposable: true, gap: 2 });
    assert.equal(wide.transposed, false);
    assert.equal(wide.columnHeaders, 'rotated');
    assert.ok(wide.cellWidth <= 56, 'rotated columns stay compact');
    const narrow = fitMatrix({ width: 320, rows: countries, columns: types, transposable: true, gap: 2 });
    assert.equal(narrow.transposed, true);
    assert.equal(narrow.overflow, false);
  });

  test('never wider than the width unless it says it overflows, cells never below 24 px', () => {
    for (const width of [320, 360, 480, 640, 800, 1024, 1280, 1600]) {
      for (const columns of [kinds, types]) {
        const input = { width, rows: countries, columns, transposable: true };
        const fit = fitMatrix({ ...input, gap: 2 });
        assert.ok(fit.cellWidth >= MIN_CELL, `${width}: cell ${fit.cellWidth}`);
        if (!fit.overflow) assert.ok(tableWidth(input) <= width, `${width}: table ${tableWidth(input)}`);
      }
    }
  });

  test('not transposable (adjacency): scrolls rather than transposing', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Country ${i}`);
    const fit = fitMatrix({ width: 320, rows: { full: many, short: many }, columns: { full: many, short: many } });
    assert.equal(fit.transposed, false);
    assert.equal(fit.overflow, true);
    assert.equal(fit.cellWidth, MIN_CELL);
  });

  test('same input, same output', () => {
    const input = { width: 777, rows: countries, columns: types, transposable: true, gap: 2 };
    assert.deepEqual(fitMatrix(input), fitMatrix(input));
  });
});

describe('band', () => {
  test('positions and inverts bands', () => {
    const b = band(4, 100, 5);
    assert.equal(b.step, 25);
    assert.equal(b.bandwidth, 20);
    assert.equal(b.at(2), 50);
    assert.equal(b.index(0), 0);
    assert.equal(b.index(52), 2);
    assert.equal(b.index(72), -1, 'in the gap');
    assert.equal(b.index(100), -1);
    assert.equal(b.index(-1), -1);
    assert.equal(band(0, 100).index(10), -1);
  });
});

describe('moveInGrid', () => {
  const at = { row: 2, col: 1 };
  test('arrows move one cell and stop at the edges', () => {
    assert.deepEqual(moveInGrid(at, { key: 'ArrowRight' }, 5, 3), { row: 2, col: 2 });
    assert.deepEqual(moveInGrid({ row: 2, col: 2 }, { key: 'ArrowRight' }, 5, 3), { row: 2, col: 2 });
    assert.deepEqual(moveInGrid(at, { key: 'ArrowLeft' }, 5, 3), { row: 2, col: 0 });
    assert.deepEqual(moveInGrid(at, { key: 'ArrowUp' }, 5, 3), { row: 1, col: 1 });
    assert.deepEqual(moveInGrid({ row: 4, col: 1 }, { key: 'ArrowDown' }, 5, 3), { row: 4, col: 1 });
  });

  test('Home and End move along the row', () => {
    assert.deepEqual(moveInGrid(at, { key: 'Home' }, 5, 3), { row: 2, col: 0 });
    assert.deepEqual(moveInGrid(at, { key: 'End' }, 5, 3), { row: 2, col: 2 });
  });

  test('other keys do not move', () => {
    assert.equal(moveInGrid(at, { key: 'a' }, 5, 3), null);
    assert.equal(moveInGrid(at, { key: 'PageDown' }, 5, 3), null);
    assert.equal(moveInGrid(at, { key: 'toString' }, 5, 3), null);
    assert.equal(moveInGrid(at, { key: 'ArrowUp' }, 0, 0), null);
  });
});

describe('compactAdjacency', () => {
  test('agrees with adjacencyMatrix() cell by cell on the default dataset', () => {
    const grid = compactAdjacency(data);
    const reference = adjacencyMatrix(data);
    assert.deepEqual(
      grid.countries.map((c) => c.id),
      reference.countries.map((c) => c.id),
    );
    const n = grid.countries.length;
    for (const cell of reference.cells) {
      const k = grid.index.get(cell.row)! * n + grid.index.get(cell.col)!;
      if (cell.diagonal) assert.equal(grid.codes[k], SELF_CODE);
      else assert.equal(statusOfCode(grid.codes[k], CODE_STATUSES), cell.status, `${cell.row} ${cell.col}`);
      assert.equal(grid.counts[k], cell.count);
    }
    const pairs = reference.cells.filter((c) => c.count > 0).length;
    assert.equal(grid.pairs, pairs);
  });

  test('filters by kind like adjacencyMatrix()', () => {
    const grid = compactAdjacency(data, ['military']);
    const reference = adjacencyMatrix(data, { kinds: ['military'] });
    const n = grid.countries.length;
    for (const cell of reference.cells) {
      const k = grid.index.get(cell.row)! * n + grid.index.get(cell.col)!;
      assert.equal(grid.counts[k], cell.count);
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

  test('1,000 × 1,000 in well under a second', () => {
    const big = syntheticDataset(999, { partnerLinks: 0.6, claimsPerPartner: 6 });
    const start = performance.now();
    const grid = compactAdjacency(big);
    const elapsed = performance.now() - start;
    assert.equal(grid.countries.length, 1000);
    assert.ok(elapsed < 1000, `${elapsed} ms`);
  });
});
