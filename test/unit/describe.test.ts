import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  countrySupport,
  countrySupportText,
  datasetSummary,
  evidenceLabel,
  evidenceText,
  formatDate,
  listNames,
  markEvidenceText,
  nameInText,
  sourceText,
} from '../../src/data/describe.js';
import { evidenceOf } from '../../src/data/evidence.js';
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

describe('evidenceLabel and markEvidenceText', () => {
  test('a mark’s status says its denial beside it', () => {
    const data = withUkraine();
    const drones = [claimById(data, 'irn-drones'), claimById(data, 'irn-drones-part')];
    assert.equal(evidenceLabel(evidenceOf(drones)), 'Acknowledged in part · denied');
    assert.equal(evidenceLabel(evidenceOf([claimById(data, 'irn-drones')])), 'Alleged · denied');
    assert.equal(evidenceLabel(evidenceOf([claimById(data, 'zaf-nonaligned')])), 'Denied');
    assert.equal(evidenceLabel(evidenceOf([claimById(data, 'chn-oil')])), 'Reported');
    assert.equal(evidenceLabel(evidenceOf([])), 'No claim');
  });
  test('every distinct piece of evidence once, strongest first, a denial last', () => {
    const data = withUkraine();
    const drones = [claimById(data, 'irn-drones'), claimById(data, 'irn-drones-part')];
    assert.equal(markEvidenceText(drones, data), 'acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran');
    const friendly: Claim = { ...claimById(data, 'zaf-nonaligned'), id: 'zaf-friendly', status: 'characterized', deniedBy: [] };
    assert.equal(markEvidenceText([claimById(data, 'zaf-nonaligned'), friendly], data), 'characterized; denied by South Africa');
  });
});

describe('countrySupportText', () => {
  test('support to the hub, each kind with all its evidence, strongest first', () => {
    const data = withUkraine();
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran. Support to Russia: military support, acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran',
    );
  });
  test('a joint exercise is said apart and does not raise or hide the alleged deliveries', () => {
    const data = withUkraine();
    data.claims.push({ ...claimById(data, 'mosi-ii'), id: 'irn-exercise', parties: ['IRN', 'RUS', 'CHN'] });
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran. Support to Russia: military support, acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran. ' +
        'Joint activity with Russia, not counted as support: military, reported',
    );
  });
  test('same evidence once', () => {
    const data = withUkraine();
    data.claims.push({ ...claimById(data, 'irn-drones'), id: 'irn-drones-again' });
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran. Support to Russia: military support, acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran',
    );
  });
  test('several kinds, in kind order, one sentence each; South Africa’s denial as a denial', () => {
    assert.equal(
      countrySupportText(fixture(), 'CHN'),
      'China. Support to Russia: diplomatic support, stated by China and Russia; characterized. Economic support, reported. ' +
        'Joint activity with Russia, not counted as support: military, reported',
    );
    assert.equal(
      countrySupportText(fixture(), 'ZAF'),
      'South Africa. Support to Russia: diplomatic support, denied by South Africa. ' +
        'Joint activity with Russia, not counted as support: military, reported',
    );
  });
  test('the hub’s support to a partner is said as support from the hub', () => {
    const data = fixture();
    data.claims.push({ ...claimById(data, 'chn-oil'), id: 'loan', parties: ['RUS', 'IRN'] });
    assert.match(countrySupportText(data, 'IRN'), /Support from Russia: economic support, reported/);
    assert.equal(
      countrySupportText(data, 'RUS'),
      'Russia. Support it receives: diplomatic support, China and South Africa. Economic support, China. Military support, Iran. ' +
        'Support it gives: economic support, Iran',
    );
  });
  test('ties between partners say which way and which relation', () => {
    const data = fixture();
    data.claims.push({ ...claimById(data, 'mosi-ii'), id: 'visit', parties: ['IRN', 'ZAF'], kind: 'diplomatic', type: 'statement' });
    assert.match(countrySupportText(data, 'IRN'), /Ties with other countries: joint diplomatic activity with South Africa, reported$/);
    const talks = countrySupport(fixture(), 'CHN');
    assert.deepEqual(talks.map((g) => g.side), ['gives', 'joint']);
  });
  test('the same groups and lines, structured', () => {
    assert.deepEqual(
      countrySupport(fixture(), 'CHN').map((g) => [g.side, g.heading, g.lines.map((l) => [l.kind.id, l.text])]),
      [
        [
          'gives',
          'Support to Russia',
          [
            ['diplomatic', 'diplomatic support, stated by China and Russia; characterized'],
            ['economic', 'economic support, reported'],
          ],
        ],
        ['joint', 'Joint activity with Russia, not counted as support', [['military', 'military, reported']]],
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

describe('sourceText', () => {
  test('a real headline in quotation marks, a description without', () => {
    assert.equal(
      sourceText({ id: 'a', publisher: 'Reuters', title: 'Russia has agreed to lend Belarus $1.5 billion', date: '2020-09-14' }),
      'Reuters, “Russia has agreed to lend Belarus $1.5 billion”, 14 September 2020',
    );
    assert.equal(
      sourceText({ id: 'b', publisher: 'Al Jazeera', description: 'Report on Lavrov’s talks in South Africa', date: '2023-01-23' }),
      'Al Jazeera, Report on Lavrov’s talks in South Africa, 23 January 2023',
    );
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
