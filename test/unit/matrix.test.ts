import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adjacencyMatrix, labelFromId, orderRows, supportMatrix, type MatrixCell } from '../../src/data/matrix.js';
import { NO_EVIDENCE } from '../../src/data/evidence.js';
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
    assert.deepEqual(cell(m.cells, 'IRN', 'economic'), {
      row: 'IRN',
      col: 'economic',
      kind: 'economic',
      claims: [],
      count: 0,
      status: null,
      contested: false,
      evidence: NO_EVIDENCE,
      joint: [],
      received: [],
    });
  });

  test('counts and status by the one rule, with the denial kept beside it', () => {
    const chnDip = cell(m.cells, 'CHN', 'diplomatic');
    assert.deepEqual(chnDip.claims.map((c) => c.id), ['chn-no-limits', 'chn-peace-talks']);
    assert.equal(chnDip.count, 2);
    assert.equal(chnDip.status, 'stated');
    assert.equal(chnDip.contested, false);
    const irnMil = cell(m.cells, 'IRN', 'military');
    assert.equal(irnMil.status, 'acknowledged-in-part');
    assert.equal(irnMil.contested, true);
    assert.deepEqual(irnMil.evidence.deniedBy, ['IRN']);
    const zafDip = cell(m.cells, 'ZAF', 'diplomatic');
    assert.equal(zafDip.status, 'denied');
    assert.equal(zafDip.contested, true);
  });

  test('a cell is what its ally gives the hub: joint activity is kept apart, never in the mark', () => {
    for (const id of ['CHN', 'ZAF']) {
      const mil = cell(m.cells, id, 'military');
      assert.deepEqual(mil.claims, [], `${id} military`);
      assert.equal(mil.status, null);
      assert.deepEqual(mil.joint.map((c) => c.id), ['mosi-ii']);
    }
  });

  test('the hub’s support to an ally is kept apart too', () => {
    const data = fixture();
    data.claims.push({ ...data.claims[0], id: 'loan', parties: ['RUS', 'IRN'], kind: 'economic', type: 'trade' });
    const irnEco = cell(supportMatrix(data).cells, 'IRN', 'economic');
    assert.equal(irnEco.count, 0);
    assert.equal(irnEco.status, null);
    assert.deepEqual(irnEco.received.map((c) => c.id), ['loan']);
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
    assert.deepEqual(d, { row: 'CHN', col: 'CHN', claims: [], count: 0, status: null, contested: false, kinds: [], joint: [], diagonal: true });
  });

  test('a cell is the support the row’s country gives the column’s, kinds in kind order, status by the one rule', () => {
    const c = cell(a.cells, 'CHN', 'RUS');
    assert.equal(c.diagonal, false);
    assert.deepEqual(c.claims.map((x) => x.id), ['chn-oil', 'chn-no-limits', 'chn-peace-talks']);
    assert.equal(c.count, 3);
    assert.deepEqual(c.kinds, ['diplomatic', 'economic']);
    assert.equal(c.status, 'reported');
    assert.deepEqual(c.joint.map((x) => x.id), ['mosi-ii']);
    // The other way round: Russia gives China nothing in this dataset; the exercise is shared.
    assert.equal(cell(a.cells, 'RUS', 'CHN').count, 0);
    assert.deepEqual(cell(a.cells, 'RUS', 'CHN').joint.map((x) => x.id), ['mosi-ii']);
  });

  test('a multilateral exercise ties no pair of its partners', () => {
    assert.deepEqual(cell(a.cells, 'CHN', 'ZAF').claims, []);
    assert.deepEqual(cell(a.cells, 'CHN', 'ZAF').joint, []);
    assert.deepEqual(cell(a.cells, 'ZAF', 'CHN').joint, []);
  });

  test('joint activity is the same both ways; support is not', () => {
    for (const c of a.cells) assert.deepEqual(cell(a.cells, c.col, c.row).joint, c.joint);
    assert.notDeepEqual(cell(a.cells, 'IRN', 'RUS').claims, cell(a.cells, 'RUS', 'IRN').claims);
  });

  test('filtered by kinds; the axes stay', () => {
    const f = adjacencyMatrix(fixture(), { kinds: ['military'] });
    assert.deepEqual(f.countries.map((c) => c.id), ['RUS', 'CHN', 'IRN', 'ZAF', 'USA']);
    assert.deepEqual(cell(f.cells, 'IRN', 'RUS').kinds, ['military']);
    assert.equal(cell(f.cells, 'CHN', 'RUS').count, 0);
    assert.equal(cell(f.cells, 'CHN', 'USA').count, 0);
  });
});

describe('orderRows', () => {
  const country = (id: string, name: string): Country => ({ id, name, role: 'ally' });
  const rows = [country('AAA', 'Zeta'), country('BBB', 'Álpha'), country('CCC', 'Beta'), country('DDD', 'Gamma')];
  type Counted = Pick<MatrixCell, 'row' | 'kind' | 'count' | 'status'>;
  const c = (row: string, kind: string, count: number, status: MatrixCell['status']): Counted => ({ row, kind, count, status });
  const cells: Counted[] = [
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

  test('a denial ranks below every other status', () => {
    const denied = [c('AAA', 'diplomatic', 1, 'denied'), c('BBB', 'diplomatic', 1, 'characterized')];
    assert.deepEqual(orderRows(rows.slice(0, 2), denied, 'support'), ['BBB', 'AAA']);
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
    // China gives 3 claims, Iran 2, South Africa 1 (its denial); the joint exercise counts for nobody.
    assert.deepEqual(orderRows(m.rows, m.cells, 'support'), ['CHN', 'IRN', 'ZAF']);
    assert.deepEqual(orderRows(m.rows, m.cells, 'name'), ['CHN', 'IRN', 'ZAF']);
    // CHN and ZAF cluster under diplomatic, IRN under military.
    assert.deepEqual(orderRows(m.rows, m.cells, 'kind'), ['CHN', 'ZAF', 'IRN']);
    assert.deepEqual(orderRows(m.rows, m.cells, 'kind'), orderRows(m.rows, m.cells, 'kind'));
  });
});
