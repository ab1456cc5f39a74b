import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countrySupport, countrySupportText, datasetSummary, evidenceText, formatDate, listNames, nameInText } from '../../src/data/describe.js';
import type { Claim, Dataset } from '../../src/data/types.js';
import { broken, fixture } from './fixtures.js';

function claimById(data: Dataset, id: string): Claim {
  const c = data.claims.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
}

/** The fixture plus Ukraine as a second accuser of Iran. */
function withUkraine(): Dataset {
  return broken((d) => {
    (d['countries'] as unknown[]).push({ id: 'UKR', name: 'Ukraine', role: 'third-party' });
    const drones = (d['claims'] as Record<string, unknown>[])[2];
    if (drones) drones['claimedBy'] = ['USA', 'UKR'];
  }) as Dataset;
}

describe('listNames', () => {
  test('none, one, two, three, or', () => {
    assert.equal(listNames([]), '');
    assert.equal(listNames(['Iran']), 'Iran');
    assert.equal(listNames(['the United States', 'Ukraine']), 'the United States and Ukraine');
    assert.equal(listNames(['diplomatic', 'economic', 'military']), 'diplomatic, economic and military');
    assert.equal(listNames(['China', 'India'], 'or'), 'China or India');
    assert.equal(listNames(['China', 'India', 'Iran'], 'or'), 'China, India or Iran');
    assert.equal(listNames(['China', 'India']), 'China and India');
  });
});

describe('nameInText', () => {
  test('adds "the" where English needs it', () => {
    assert.equal(nameInText('United States'), 'the United States');
    assert.equal(nameInText('European Union'), 'the European Union');
    assert.equal(nameInText('Netherlands'), 'the Netherlands');
    assert.equal(nameInText('Central African Republic'), 'the Central African Republic');
    assert.equal(nameInText('Iran'), 'Iran');
    assert.equal(nameInText('North Korea'), 'North Korea');
    assert.equal(nameInText('South Africa'), 'South Africa');
    assert.equal(nameInText('The Gambia'), 'the Gambia');
  });
});

describe('evidenceText', () => {
  const data = withUkraine();
  test('alleged by two, denied by one', () => {
    assert.equal(evidenceText(claimById(data, 'irn-drones'), data), 'Alleged by the United States and Ukraine · denied by Iran');
  });
  test('reported, no one named', () => {
    assert.equal(evidenceText(claimById(data, 'chn-oil'), data), 'Reported');
  });
  test('stated by', () => {
    assert.equal(evidenceText(claimById(data, 'chn-no-limits'), data), 'Stated by China and Russia');
  });
  test('acknowledged in part', () => {
    assert.equal(evidenceText(claimById(data, 'irn-drones-part'), data), 'Acknowledged in part by Iran');
  });
  test('denied', () => {
    assert.equal(evidenceText(claimById(data, 'zaf-nonaligned'), data), 'Denied by South Africa');
  });
  test('denied with a claimant', () => {
    const c: Claim = { ...claimById(data, 'zaf-nonaligned'), claimedBy: ['USA'] };
    assert.equal(evidenceText(c, data), 'Denied by South Africa · claimed by the United States');
  });
  test('characterized', () => {
    assert.equal(evidenceText(claimById(data, 'chn-peace-talks'), data), 'Characterized');
  });
});

describe('countrySupportText', () => {
  test('every distinct phrase of a kind, strongest first', () => {
    const data = withUkraine();
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran: military support, acknowledged in part by Iran; alleged by the United States and Ukraine and denied by Iran',
    );
    // A reported joint exercise comes first and does not hide the alleged deliveries.
    data.claims.push({ ...claimById(data, 'mosi-ii'), id: 'irn-exercise', parties: ['IRN', 'RUS', 'CHN'] });
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran: military support, reported; acknowledged in part by Iran; alleged by the United States and Ukraine and denied by Iran',
    );
  });
  test('same status: dataset order; the same phrase once', () => {
    const data = withUkraine();
    const part = claimById(data, 'irn-drones-part');
    part.status = 'alleged';
    part.claimedBy = [];
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran: military support, alleged by the United States and Ukraine and denied by Iran; alleged',
    );
    data.claims.push({ ...part, id: 'irn-drones-again' }, { ...claimById(data, 'irn-drones'), id: 'irn-drones-again-2' });
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran: military support, alleged by the United States and Ukraine and denied by Iran; alleged',
    );
  });
  test('several kinds, in kind order, one sentence each', () => {
    assert.equal(
      countrySupportText(fixture(), 'CHN'),
      'China: diplomatic support, stated by China and Russia; characterized. Economic support, reported. Military support, reported',
    );
    assert.equal(
      countrySupportText(fixture(), 'ZAF'),
      'South Africa: diplomatic support, denied by South Africa. Military support, reported',
    );
  });
  test('the same kinds and phrases, structured', () => {
    assert.deepEqual(
      countrySupport(fixture(), 'CHN').map((k) => [k.kind.id, k.text]),
      [
        ['diplomatic', 'diplomatic support, stated by China and Russia; characterized'],
        ['economic', 'economic support, reported'],
        ['military', 'military support, reported'],
      ],
    );
  });
  test('no claims; unknown country', () => {
    const data = broken((d) => {
      (d['countries'] as unknown[]).push({ id: 'XYZ', name: 'Nowhere', role: 'ally' });
    }) as Dataset;
    assert.equal(countrySupportText(data, 'XYZ'), 'Nowhere: no recorded support');
    assert.equal(countrySupportText(fixture(), 'QQQ'), '');
    assert.deepEqual(countrySupport(fixture(), 'QQQ'), []);
  });
});

describe('datasetSummary', () => {
  test('hub, partners, kinds and month', () => {
    assert.equal(datasetSummary(fixture()), 'Russia and 3 partners: diplomatic, economic and military support, March 2023');
  });
  test('one partner, year-only date', () => {
    const data = broken((d) => {
      d['asOf'] = '2023';
      d['kinds'] = [{ id: 'military', label: 'Military' }];
      d['countries'] = (d['countries'] as { role: string }[]).filter((c, i) => c.role !== 'ally' || i === 1);
    }) as Dataset;
    assert.equal(datasetSummary(data), 'Russia and 1 partner: military support, 2023');
  });
});

describe('formatDate', () => {
  const cases: [string, string][] = [
    ['2022', '2022'],
    ['2022-09', 'September 2022'],
    ['2022-09-06', '6 September 2022'],
    ['2023-02-17/2023-02-27', '17–27 February 2023'],
    ['2023-02-28/2023-03-02', '28 February – 2 March 2023'],
    ['2022-12-28/2023-01-02', '28 December 2022 – 2 January 2023'],
    ['2022-09/2022-11', 'September–November 2022'],
    ['2022-09/2023-03', 'September 2022 – March 2023'],
    ['2020/2023', '2020–2023'],
    ['2022/2023-03', '2022 – March 2023'],
    ['2023-03-01/2023-03-01', '1 March 2023'],
    ['not a date', 'not a date'],
    ['2023-02-30', '2023-02-30'],
  ];
  for (const [input, expected] of cases) {
    test(`${input} → ${expected}`, () => assert.equal(formatDate(input), expected));
  }
});
