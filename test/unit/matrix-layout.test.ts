/**
 * The matrix's pure geometry: how the table fits a width, and keyboard movement.
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
} from '../../src/layout/matrix-layout.js';
import type { Dataset } from '../../src/data/types.js';

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
