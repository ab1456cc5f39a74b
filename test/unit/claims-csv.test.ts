/**
 * The CSV download: every claim, RFC 4180 quoting, no spreadsheet formulas.
 * Run: node --import tsx --test test/unit/claims-csv.test.ts
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLAIM_CSV_COLUMNS, claimsCsv, neutralizeFormula, toCsv } from '../../src/data/claims-csv.js';
import type { Dataset } from '../../src/data/types.js';
import { parseCsv } from '../fixtures/csv.js';

const data = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;

describe('toCsv (d3-dsv, formulas neutralized)', () => {
  const one = (value: string): string => toCsv([[value]]).replace(/\r\n$/, '');
  test('leaves plain text alone', () => {
    assert.equal(one('China'), 'China');
    assert.equal(one(''), '');
  });
  test('quotes commas, quotes and line breaks, doubling quotes', () => {
    assert.equal(one('a, b'), '"a, b"');
    assert.equal(one('say "no"'), '"say ""no"""');
    assert.equal(one('one\ntwo'), '"one\ntwo"');
    assert.equal(one('one\r\ntwo'), '"one\r\ntwo"');
  });
  test('defuses spreadsheet formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.ok(one(`${start}SUM(A1)`).replace(/^"/, '').startsWith(`'${start}`), start);
      assert.equal(neutralizeFormula(`${start}1`), `'${start}1`);
    }
    assert.equal(one('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(one('a=b'), 'a=b');
  });
});

describe('claimsCsv', () => {
  const rows = parseCsv(claimsCsv(data));
  const header = rows[0];
  const body = rows.slice(1);
  const col = (name: (typeof CLAIM_CSV_COLUMNS)[number]): number => header.indexOf(name);

  test('a header, then one row per claim of the default dataset, in order', () => {
    assert.deepEqual(header, [...CLAIM_CSV_COLUMNS]);
    assert.equal(body.length, data.claims.length);
    assert.deepEqual(
      body.map((r) => r[col('id')]),
      data.claims.map((c) => c.id),
    );
    for (const row of body) assert.equal(row.length, header.length);
  });

  test('every claim reads back with its text, status, parties and sources', () => {
    const countries = new Map(data.countries.map((c) => [c.id, c.name]));
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    data.claims.forEach((claim, i) => {
      const row = body[i];
      const text = row[col('text')];
      assert.equal(text.replace(/^'(?=[=+\-@])/, ''), claim.text);
      assert.equal(row[col('date')], claim.date);
      assert.equal(row[col('party_ids')], claim.parties.join('; '));
      assert.equal(row[col('parties')], claim.parties.map((id) => countries.get(id)).join('; '));
      assert.equal(row[col('claimed_by')], claim.claimedBy.map((id) => countries.get(id)).join('; '));
      assert.equal(row[col('denied_by')], claim.deniedBy.map((id) => countries.get(id)).join('; '));
      for (const id of claim.sources) {
        const source = sources.get(id);
        assert.ok(source, `${claim.id} cites ${id}`);
        const what = source.title ?? source.description ?? '';
        assert.ok(row[col('sources')].includes(what), `${claim.id}: ${what}`);
        if (source.url) assert.ok(row[col('source_urls')].split('; ').includes(source.url));
      }
    });
  });

  test('each row says its relation and, for support, who gives and who receives', () => {
    const row = (id: string): string[] => body[data.claims.findIndex((c) => c.id === id)];
    assert.deepEqual(
      [row('BLR-loan-2020')[col('relation')], row('BLR-loan-2020')[col('gives')], row('BLR-loan-2020')[col('receives')]],
      ['Support', 'Russia', 'Belarus'],
    );
    assert.deepEqual(
      [row('RUS-vostok-2022')[col('relation')], row('RUS-vostok-2022')[col('gives')], row('RUS-vostok-2022')[col('receives')]],
      ['Joint activity', '', ''],
    );
    assert.equal(row('USA-ZAF-sanctions-warning-2023')[col('relation')], 'Context');
    assert.equal(row('CHN-lethal-aid-2023')[col('evidence')], 'Alleged by the United States · denied by China');
  });

  test('no field of the default dataset starts a formula', () => {
    for (const row of body) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@]/);
  });

  test('toCsv writes CRLF rows', () => {
    assert.equal(toCsv([['a', 'b'], ['c', 'd,e']]), 'a,b\r\nc,"d,e"\r\n');
  });
});
