/**
 * The dataset as of a date: which claims, notes, votes and sources a view shows then.
 * Run: node --import tsx --test test/unit/as-of.test.ts
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asOfChange, asOfProblem, claimHeadline, datasetAsOf, describeAsOfChange } from '../../src/data/as-of.js';
import { claimsCsv } from '../../src/data/claims-csv.js';
import { supportMatrix } from '../../src/data/matrix.js';
import type { Claim, Dataset } from '../../src/data/types.js';
import { fixture } from './fixtures.js';

const real = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;

const claim = (id: string, date: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  parties: ['CHN', 'RUS'],
  kind: 'economic',
  type: 'trade',
  text: id,
  status: 'reported',
  claimedBy: [],
  deniedBy: [],
  date,
  sources: ['reuters'],
  ...extra,
});

/** The fixture with exactly these claims. */
function withClaims(...claims: Claim[]): Dataset {
  return { ...fixture(), claims };
}

const ids = (data: Dataset): string[] => data.claims.map((c) => c.id);

describe('asOfProblem', () => {
  test('accepts a year, a month or a day', () => {
    for (const ok of ['2022', '2022-03', '2022-03-31', '2024-02-29']) assert.equal(asOfProblem(ok), null, ok);
  });
  test('names what is wrong with anything else, intervals included', () => {
    assert.match(asOfProblem('2022-13')!, /^as-of: invalid date "2022-13" \(month 13 is out of range\)/);
    assert.match(asOfProblem('2023-02-29')!, /day 29 is out of range/);
    assert.match(asOfProblem('March 2022')!, /expected YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.match(asOfProblem('2022/2023')!, /expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('datasetAsOf: which claims count', () => {
  test('a claim counts from the first day its date covers; the as-of date covers its whole period', () => {
    const data = withClaims(
      claim('year', '2022'),
      claim('month', '2022-03'),
      claim('day', '2022-03-31'),
      claim('april', '2022-04-01'),
    );
    assert.deepEqual(ids(datasetAsOf(data, '2021-12-31')), []);
    assert.deepEqual(ids(datasetAsOf(data, '2022-01-01')), ['year']);
    assert.deepEqual(ids(datasetAsOf(data, '2022-03-30')), ['year', 'month']);
    assert.deepEqual(ids(datasetAsOf(data, '2022-03')), ['year', 'month', 'day']);
    assert.deepEqual(ids(datasetAsOf(data, '2022')), ['year', 'month', 'day', 'april']);
  });

  test('an interval counts from its start, whether or not it has ended', () => {
    const data = withClaims(claim('drones', '2022-08/2023-03'), claim('training', '2022-10-16/2022-12'));
    assert.deepEqual(ids(datasetAsOf(data, '2022-07-31')), []);
    assert.deepEqual(ids(datasetAsOf(data, '2022-08-01')), ['drones']);
    assert.deepEqual(ids(datasetAsOf(data, '2022-10-15')), ['drones']);
    assert.deepEqual(ids(datasetAsOf(data, '2022-10')), ['drones', 'training']);
  });

  test('an empty result keeps every country, kind and type, so views keep every partner', () => {
    const data = fixture();
    const before = datasetAsOf(data, '1999');
    assert.deepEqual(before.claims, []);
    assert.deepEqual(before.countries, data.countries);
    assert.deepEqual(before.kinds, data.kinds);
    assert.deepEqual(before.types, data.types);
    assert.equal(before.votes?.length, 0);
    // Every cell of the matrix is empty then, and every partner still has its row.
    const matrix = supportMatrix(before);
    assert.deepEqual(matrix.rows.map((r) => r.id), ['CHN', 'IRN', 'ZAF']);
    assert.ok(matrix.cells.every((c) => c.status === null));
  });

  test('the date becomes the dataset date, no longer approximate', () => {
    const march = datasetAsOf(fixture(), '2022-03');
    assert.equal(march.asOf, '2022-03');
    assert.equal(march.asOfApproximate, undefined);
  });

  test('absent, empty, invalid or not before the dataset date: the dataset itself', () => {
    const data = fixture();
    for (const asOf of [null, undefined, '', 'soon', '2023-03-21', '2023-03', '2023', '2030']) {
      assert.equal(datasetAsOf(data, asOf), data, String(asOf));
    }
    assert.notEqual(datasetAsOf(data, '2023-03-20'), data);
  });

  test('memoized per dataset and date, and the dataset is never changed', () => {
    const data = fixture();
    const copy = structuredClone(data);
    assert.equal(datasetAsOf(data, '2022-06'), datasetAsOf(data, '2022-06'));
    assert.notEqual(datasetAsOf(data, '2022-06'), datasetAsOf(data, '2022-07'));
    assert.notEqual(datasetAsOf(fixture(), '2022-06'), datasetAsOf(data, '2022-06'));
    assert.deepEqual(data, copy);
  });
});

describe('datasetAsOf: notes, votes and sources', () => {
  const data = withClaims(
    claim('drones', '2022-08', {
      sources: ['reuters'],
      notes: [
        { date: '2022-11-05', text: 'Iran says it sent a limited number.', sources: ['kremlin'] },
        { date: '2023', text: 'Later still.' },
      ],
    }),
    claim('later', '2023-02', { sources: ['kremlin'] }),
  );

  test('a note is not shown before its date', () => {
    assert.equal(datasetAsOf(data, '2022-10').claims[0].notes, undefined);
    assert.deepEqual(datasetAsOf(data, '2022-11').claims[0].notes!.map((n) => n.date), ['2022-11-05']);
    assert.equal(datasetAsOf(data, '2023-02').claims[0], data.claims[0], 'all notes shown: the claim itself');
  });

  test('votes after the date are left out', () => {
    const votes = fixture().votes!;
    assert.ok(votes.length > 0);
    const [first] = votes;
    const before = datasetAsOf({ ...fixture(), votes }, '2000');
    assert.deepEqual(before.votes, []);
    const on = datasetAsOf({ ...fixture(), votes }, first.date);
    assert.ok(on.votes!.some((v) => v.id === first.id));
  });

  test('a source stays while something shown cites it, and a source nothing cites always stays', () => {
    const sources = (asOf: string): string[] => datasetAsOf(data, asOf).sources.map((s) => s.id);
    const uncited = data.sources.map((s) => s.id).filter((id) => id !== 'reuters' && id !== 'kremlin');
    assert.ok(uncited.length > 0, 'the fixture has a source nothing cites');
    assert.deepEqual(sources('2022-01'), uncited);
    assert.deepEqual(sources('2022-08'), ['reuters', ...uncited].sort(bySourceOrder));
    // The note cites it from November; the later claim would from February 2023.
    assert.ok(sources('2022-11').includes('kremlin'));
  });

  const bySourceOrder = (a: string, b: string): number =>
    data.sources.findIndex((s) => s.id === a) - data.sources.findIndex((s) => s.id === b);
});

describe('datasetAsOf on the default dataset', () => {
  test('on 4 February 2022: the 2020 loan, Syria since 2015, what 2022 began with, the no-limits statement', () => {
    assert.deepEqual(ids(datasetAsOf(real, '2022-02-04')).sort(), [
      'BLR-loan-2020',
      'BLR-staging-2022',
      'CHN-RUS-no-limits-2022',
      'CHN-crude-2022',
      'CHN-goods-2022',
      'CHN-trade-2022',
      'IND-crude-2022',
      'SYR-military-presence',
      'ZAF-trade',
    ]);
  });

  test('statuses follow: Iran’s military support is alleged in September 2022, acknowledged in part from November', () => {
    const cell = (asOf: string) => supportMatrix(datasetAsOf(real, asOf)).cells.find((c) => c.row === 'IRN' && c.col === 'military')!;
    assert.equal(cell('2022-07').status, null);
    assert.equal(cell('2022-09').status, 'alleged');
    assert.equal(cell('2022-11').status, 'acknowledged-in-part');
  });

  test('the CSV has one row per claim shown then', () => {
    const march = datasetAsOf(real, '2022-03');
    const rows = claimsCsv(march).trim().split('\r\n');
    assert.equal(rows.length, march.claims.length + 1);
    assert.ok(march.claims.length > 0 && march.claims.length < real.claims.length);
  });
});

describe('what a screen reader hears', () => {
  test('a claim in a few words, by relation', () => {
    const byId = (id: string): Claim => real.claims.find((c) => c.id === id)!;
    assert.equal(claimHeadline(real, byId('BLR-staging-2022')), 'Belarus, military support, reported');
    assert.equal(claimHeadline(real, byId('BLR-loan-2020')), 'Russia to Belarus, economic support, reported');
    assert.equal(claimHeadline(real, byId('CHN-RUS-no-limits-2022')), 'China and Russia, joint diplomatic activity, stated');
    assert.equal(claimHeadline(real, byId('IND-not-an-era-of-war-2022')), 'India and Russia, diplomatic context, stated');
  });

  test('the month and what appeared, then how many more; going back, what is no longer shown', () => {
    const feb = datasetAsOf(real, '2022-02');
    const mar = datasetAsOf(real, '2022-03');
    assert.equal(
      describeAsOfChange(mar, asOfChange(feb, mar)),
      'March 2022: India, diplomatic support, reported; South Africa, diplomatic support, characterized.',
    );
    assert.equal(
      describeAsOfChange(feb, asOfChange(mar, feb)),
      'February 2022: 2 claims not yet shown (India, diplomatic support, reported; South Africa, diplomatic support, characterized).',
    );
    const y2021 = datasetAsOf(real, '2021');
    const jan = datasetAsOf(real, '2022-01');
    assert.match(describeAsOfChange(jan, asOfChange(y2021, jan)), /^January 2022: China, economic support, reported \(3 claims\); India, economic support, reported; South Africa, economic support, reported\.$/);
    const start = datasetAsOf(real, '2015');
    assert.match(describeAsOfChange(real, asOfChange(start, real)), /^21 March 2023: .+; and \d+ more\.$/);
    assert.equal(describeAsOfChange(mar, asOfChange(mar, mar)), '');
  });
});
