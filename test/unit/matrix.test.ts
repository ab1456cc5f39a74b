import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adjacencyMatrix, labelFromId, orderRows, supportMatrix, type MatrixCell } from '../../src/data/matrix.js';
import type { Country, Dataset } from '../../src/data/types.js';
import { broken, fixture } from './fixtures.js';

function cell<T extends { row: string; col: string }>(cells: T[], row: string, col: string): T {
  const found = cells.find((c) => c.row === row && c.col === col);
  assert.ok(found, `no cell ${row}/${col}`);
  return found;
}

describe('supportMatrix (kinds)', () => {
  const m = supportMatrix(fixture());

  test('rows are the allies in dataset order; columns the kinds', () => {
    assert.deepEqual(m.rows.map((r) => r.id), ['CHN', 'IRN', 'ZAF']);
    assert.deepEqual(m.columns, [
      { id: 'diplomatic', label: 'Diplomatic', kind: 'diplomatic' },
      { id: 'economic', label: 'Economic', kind: 'economic' },
      { id: 'military', label: 'Military', kind: 'military' },
    ]);
  });

  test('every row × column, row by row, empty cells included', () => {
    assert.deepEqual(
      m.cells.map((c) => `${c.row}/${c.col}`),
      ['CHN/diplomatic', 'CHN/economic', 'CHN/military', 'IRN/diplomatic', 'IRN/economic', 'IRN/military', 'ZAF/diplomatic', 'ZAF/economic', 'ZAF/military'],
    );
    assert.deepEqual(cell(m.cells, 'IRN', 'economic'), { row: 'IRN', col: 'economic', kind: 'economic', claims: [], count: 0, status: null });
  });

  test('counts and strongest status', () => {
    const chnDip = cell(m.cells, 'CHN', 'diplomatic');
    assert.deepEqual(chnDip.claims.map((c) => c.id), ['chn-no-limits', 'chn-peace-talks']);
    assert.equal(chnDip.count, 2);
    assert.equal(chnDip.status, 'stated');
    assert.equal(cell(m.cells, 'IRN', 'military').status, 'acknowledged-in-part');
    assert.equal(cell(m.cells, 'ZAF', 'diplomatic').status, 'denied');
  });

  test('a claim counts for every ally among its parties, giving or receiving', () => {
    assert.deepEqual(cell(m.cells, 'CHN', 'military').claims.map((c) => c.id), ['mosi-ii']);
    assert.deepEqual(cell(m.cells, 'ZAF', 'military').claims.map((c) => c.id), ['mosi-ii']);
  });
});

describe('supportMatrix (types)', () => {
  test('declared types grouped in kind order, then dataset order', () => {
    const m = supportMatrix(fixture(), { columns: 'types' });
    assert.deepEqual(
      m.columns.map((c) => `${c.kind}/${c.id}`),
      ['diplomatic/statement', 'economic/trade', 'economic/energy-purchase', 'military/arms', 'military/exercise'],
    );
    assert.equal(m.cells.length, 15);
    assert.equal(cell(m.cells, 'CHN', 'energy-purchase').count, 1);
    assert.equal(cell(m.cells, 'CHN', 'trade').count, 0);
    assert.equal(cell(m.cells, 'IRN', 'arms').count, 2);
  });

  test('types missing from `types` get a column labelled from the id', () => {
    const data = broken((d) => {
      delete d['types'];
    }) as Dataset;
    const m = supportMatrix(data, { columns: 'types' });
    assert.deepEqual(
      m.columns,
      [
        { id: 'statement', label: 'Statement', kind: 'diplomatic' },
        { id: 'energy-purchase', label: 'Energy purchase', kind: 'economic' },
        { id: 'arms', label: 'Arms', kind: 'military' },
        { id: 'exercise', label: 'Exercise', kind: 'military' },
      ],
    );
    assert.equal(labelFromId('naval_visit'), 'Naval visit');
  });
});

describe('adjacencyMatrix', () => {
  const a = adjacencyMatrix(fixture());

  test('countries: every party to a claim, dataset order', () => {
    assert.deepEqual(a.countries.map((c) => c.id), ['RUS', 'CHN', 'IRN', 'ZAF', 'USA']);
    assert.equal(a.cells.length, 25);
  });

  test('diagonal cells are marked and empty', () => {
    const d = cell(a.cells, 'CHN', 'CHN');
    assert.deepEqual(d, { row: 'CHN', col: 'CHN', claims: [], count: 0, status: null, kinds: [], diagonal: true });
  });

  test('shared claims, kinds in kind order, strongest status', () => {
    const c = cell(a.cells, 'RUS', 'CHN');
    assert.equal(c.diagonal, false);
    assert.deepEqual(c.claims.map((x) => x.id), ['chn-oil', 'chn-no-limits', 'mosi-ii', 'chn-peace-talks']);
    assert.equal(c.count, 4);
    assert.deepEqual(c.kinds, ['diplomatic', 'economic', 'military']);
    assert.equal(c.status, 'reported');
    assert.deepEqual(cell(a.cells, 'CHN', 'ZAF').claims.map((x) => x.id), ['mosi-ii']);
    assert.equal(cell(a.cells, 'IRN', 'ZAF').count, 0);
    assert.equal(cell(a.cells, 'IRN', 'ZAF').status, null);
  });

  test('symmetric', () => {
    for (const c of a.cells) {
      const mirror = cell(a.cells, c.col, c.row);
      assert.deepEqual(mirror.claims, c.claims);
      assert.equal(mirror.status, c.status);
    }
  });

  test('filtered by kinds; the axes stay', () => {
    const f = adjacencyMatrix(fixture(), { kinds: ['military'] });
    assert.deepEqual(f.countries.map((c) => c.id), ['RUS', 'CHN', 'IRN', 'ZAF', 'USA']);
    assert.deepEqual(cell(f.cells, 'RUS', 'CHN').kinds, ['military']);
    assert.equal(cell(f.cells, 'RUS', 'USA').count, 0);
  });
});

describe('orderRows', () => {
  const country = (id: string, name: string): Country => ({ id, name, role: 'ally' });
  const rows = [country('AAA', 'Zeta'), country('BBB', 'Álpha'), country('CCC', 'Beta'), country('DDD', 'Gamma')];
  const c = (row: string, kind: string, count: number, status: MatrixCell['status']): MatrixCell => ({
    row,
    col: kind,
    kind,
    claims: [],
    count,
    status,
  });
  const cells: MatrixCell[] = [
    c('AAA', 'diplomatic', 1, 'alleged'),
    c('AAA', 'military', 1, 'alleged'),
    c('BBB', 'diplomatic', 0, null),
    c('BBB', 'military', 2, 'reported'),
    c('CCC', 'diplomatic', 2, 'stated'),
    c('CCC', 'military', 0, null),
    c('DDD', 'diplomatic', 0, null),
    c('DDD', 'military', 0, null),
  ];

  test('support: most claims first, ties by strongest status then dataset order', () => {
    assert.deepEqual(orderRows(rows, cells, 'support'), ['BBB', 'CCC', 'AAA', 'DDD']);
  });

  test('support ties with equal status keep dataset order', () => {
    const same = cells.map((x) => ({ ...x, count: 1, status: 'reported' as const }));
    assert.deepEqual(orderRows(rows, same, 'support'), ['AAA', 'BBB', 'CCC', 'DDD']);
  });

  test('name: locale-aware', () => {
    assert.deepEqual(orderRows(rows, cells, 'name', 'en'), ['BBB', 'CCC', 'DDD', 'AAA']);
  });

  test('kind: clustered by the kind with most claims, then by support', () => {
    // AAA ties 1–1: the earlier kind (diplomatic) wins. DDD has no claims: last.
    assert.deepEqual(orderRows(rows, cells, 'kind'), ['CCC', 'AAA', 'BBB', 'DDD']);
  });

  test('works on a real support matrix and is deterministic', () => {
    const m = supportMatrix(fixture());
    // IRN and ZAF have 2 claims each; ZAF's strongest (reported) beats IRN's (acknowledged in part).
    assert.deepEqual(orderRows(m.rows, m.cells, 'support'), ['CHN', 'ZAF', 'IRN']);
    assert.deepEqual(orderRows(m.rows, m.cells, 'name'), ['CHN', 'IRN', 'ZAF']);
    // CHN and ZAF (1–1 tie, earlier kind) cluster under diplomatic, IRN under military.
    assert.deepEqual(orderRows(m.rows, m.cells, 'kind'), ['CHN', 'ZAF', 'IRN']);
    assert.deepEqual(orderRows(m.rows, m.cells, 'kind'), orderRows(m.rows, m.cells, 'kind'));
  });
});
