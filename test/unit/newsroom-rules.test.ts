/**
 * The newsroom's rules about evidence (docs/evidence.md, design.md "What a mark may say"), on the
 * default dataset and on synthetic ones: a mark never says more than its claims.
 * Run: node --import tsx --test test/unit/newsroom-rules.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { countrySupportText, evidenceLabel, markEvidenceText } from '../../src/data/describe.js';
import { evidenceOf } from '../../src/data/evidence.js';
import { supportMatrix, adjacencyMatrix } from '../../src/data/matrix.js';
import { networkGraph } from '../../src/data/network.js';
import { countryProfile } from '../../src/data/profile.js';
import { validate } from '../../src/data/validate.js';
import type { Claim, Dataset } from '../../src/data/types.js';
import { fixture } from './fixtures.js';

const data = JSON.parse(readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8')) as Dataset;
const ALLIES = ['CHN', 'BLR', 'IND', 'IRN', 'PRK', 'ZAF', 'SYR'];

const matrix = supportMatrix(data);
const cell = (row: string, col: string) => {
  const found = matrix.cells.find((c) => c.row === row && c.col === col);
  assert.ok(found, `${row}/${col}`);
  return found;
};
const ids = (claims: readonly Claim[]): string[] => claims.map((c) => c.id);

describe('the default dataset reads as facts.md says', () => {
  test('China, military: alleged by the United States and denied by China; the exercises apart', () => {
    const c = cell('CHN', 'military');
    assert.deepEqual(ids(c.claims), ['CHN-lethal-aid-2023']);
    assert.equal(evidenceLabel(c.evidence), 'Alleged · denied');
    assert.equal(markEvidenceText(c.claims, data), 'alleged by the United States, denied by China');
    assert.deepEqual(ids(c.joint).sort(), ['IRN-RUS-CHN-maritime-belt-2023', 'RUS-vostok-2022', 'ZAF-RUS-CHN-mosi-ii-2023']);
  });

  test('China, diplomatic: the "no limits" statement and the state visit are joint activity, not support', () => {
    const c = cell('CHN', 'diplomatic');
    assert.equal(c.status, null);
    assert.deepEqual(ids(c.joint), ['CHN-RUS-no-limits-2022', 'CHN-RUS-state-visit-2023', 'CHN-RUS-joint-statements-2023']);
  });

  test('China, economic: reported, with the US allegation about dual-use goods said in full', () => {
    const c = cell('CHN', 'economic');
    assert.equal(evidenceLabel(c.evidence), 'Reported');
    assert.equal(c.count, 4);
    assert.equal(markEvidenceText(c.claims, data), 'reported; alleged by the United States');
  });

  test('Iran, military: the drone allegation, its denial and the partial acknowledgement, not a naval exercise', () => {
    const c = cell('IRN', 'military');
    assert.deepEqual(ids(c.claims), ['IRN-drones-2022', 'IRN-drones-admission-2022']);
    assert.equal(evidenceLabel(c.evidence), 'Acknowledged in part · denied');
    assert.equal(
      markEvidenceText(c.claims, data),
      'acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran',
    );
    assert.deepEqual(ids(c.joint), ['IRN-RUS-defense-partnership-2022', 'IRN-RUS-CHN-maritime-belt-2023']);
  });

  test('Iran, economic: the banking link is joint, stated by Iran', () => {
    const c = cell('IRN', 'economic');
    assert.equal(c.status, null);
    assert.deepEqual(ids(c.joint), ['IRN-banking-2023']);
  });

  test('India, military: nothing but Vostok-2022, which is joint activity', () => {
    const c = cell('IND', 'military');
    assert.equal(c.status, null);
    assert.deepEqual(ids(c.joint), ['RUS-vostok-2022']);
  });

  test('India, diplomatic: not condemning the invasion; its statements of its own stance are context, not support', () => {
    const c = cell('IND', 'diplomatic');
    assert.deepEqual(ids(c.claims), ['IND-no-condemnation-2022']);
    assert.equal(evidenceLabel(c.evidence), 'Reported');
    const modi = data.claims.find((x) => x.id === 'IND-not-an-era-of-war-2022');
    assert.equal(modi?.status, 'stated');
    assert.equal(modi?.relation, 'context');
  });

  test('South Africa, diplomatic: characterized, with its denial beside it (a denial does not outrank)', () => {
    const c = cell('ZAF', 'diplomatic');
    assert.equal(c.status, 'characterized');
    assert.equal(evidenceLabel(c.evidence), 'Characterized · denied');
    assert.equal(markEvidenceText(c.claims, data), 'characterized; denied by South Africa');
  });

  test('South Africa, economic: its trade, not the US warning; military: only the joint exercise', () => {
    assert.deepEqual(ids(cell('ZAF', 'economic').claims), ['ZAF-trade']);
    assert.equal(cell('ZAF', 'military').status, null);
    assert.deepEqual(ids(cell('ZAF', 'military').joint), ['ZAF-RUS-CHN-mosi-ii-2023']);
  });

  test('direction: Russia’s loan to Belarus and its forces in Syria are what those partners receive', () => {
    assert.equal(cell('BLR', 'economic').status, null);
    assert.deepEqual(ids(cell('BLR', 'economic').received), ['BLR-loan-2020']);
    assert.equal(cell('SYR', 'military').status, null);
    assert.deepEqual(ids(cell('SYR', 'military').received), ['SYR-military-presence']);
  });

  test('accessible names of China, Iran and India say what each gives, and keep joint activity apart', () => {
    assert.equal(
      countrySupportText(data, 'CHN'),
      'China. Support to Russia: economic support, reported; alleged by the United States. ' +
        'Military support, alleged by the United States, denied by China. ' +
        'Joint activity with Russia, not counted as support: diplomatic, reported; stated by China and Russia. Military, reported. ' +
        'Ties with other countries: joint diplomatic activity with Belarus, reported',
    );
    assert.equal(
      countrySupportText(data, 'IRN'),
      'Iran. Support to Russia: military support, acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran. ' +
        'Joint activity with Russia, not counted as support: economic, stated by Iran. Military, reported; alleged by the United States. ' +
        'Ties with other countries: joint diplomatic activity with Belarus, reported',
    );
    const india = countrySupportText(data, 'IND');
    assert.equal(
      india,
      'India. Support to Russia: diplomatic support, reported. Economic support, reported. ' +
        'Joint activity with Russia, not counted as support: military, reported',
    );
    assert.doesNotMatch(india, /military support/i);
  });

  test('no tie between two partners unless a claim relates those two', () => {
    const graph = networkGraph(data);
    const between = graph.links.filter((l) => l.between).map((l) => l.id);
    assert.deepEqual(between, ['BLR~CHN~diplomatic~joint', 'BLR~IRN~diplomatic~joint']);
    for (const link of graph.links.filter((l) => l.between)) {
      for (const claim of link.claims) {
        assert.ok(claim.parties.includes(link.source) && claim.parties.includes(link.target), claim.id);
        assert.equal(claim.parties.length, 2, `${claim.id}: a multilateral claim drew a pairwise tie`);
      }
    }
    assert.deepEqual(graph.events, []);
  });

  test('every partner’s node size counts only the kinds of support it gives Russia', () => {
    const nodes = new Map(networkGraph(data).nodes.map((n) => [n.id, n.kinds]));
    assert.deepEqual(nodes.get('CHN'), ['economic', 'military']);
    assert.deepEqual(nodes.get('IND'), ['diplomatic', 'economic']);
    assert.deepEqual(nodes.get('IRN'), ['military']);
    assert.deepEqual(nodes.get('BLR'), ['diplomatic', 'military']);
    assert.deepEqual(nodes.get('SYR'), ['diplomatic']);
  });

  test('badges follow the matrix: a card never shows a kind the matrix leaves empty', () => {
    for (const id of ALLIES) {
      const badges = countryProfile(data, id)?.kinds.map((k) => `${k.kind.id} ${k.status} ${k.evidence.contested}`);
      const cells = matrix.cells.filter((c) => c.row === id && c.status).map((c) => `${c.col} ${c.status} ${c.contested}`);
      assert.deepEqual(badges, cells, id);
    }
  });

  test('every source address is one facts.md lists as seen (never an invented URL)', () => {
    const allowed = new Set([
      'https://www3.nhk.or.jp/nhkworld/en/news/20230113_36/',
      'http://en.kremlin.ru/supplement/5770',
      'https://www.cbsnews.com/news/antony-blinken-china-russia-lethal-support-ukraine-face-the-nation/',
      'https://www.reuters.com/article/us-belarus-election-russia-loan/russia-has-agreed-to-lend-belarus-15-billion-putin-says-at-talks-with-lukashenko-idUSKBN26526A',
      'https://www.upi.com/Top_News/World-News/2022/02/10/Russia-Belarus-begin-10-days-of-war-games-amid-tensions-over-Ukraine/2741644496565/',
      'https://www.moneycontrol.com/news/india/indias-russian-oil-imports-top-1-mn-barrels-a-day-in-dec-9867881.html/amp',
      'https://www.axios.com/2022/09/06/russia-north-korea-rockets-artillery-ukraine',
      'https://www.reuters.com/world/white-house-says-north-korea-supplying-russia-with-artillery-shells-2022-11-02/',
      'https://www.axios.com/2022/12/22/us-north-korea-russia-wagner-mercenaries-ukraine',
      'https://africanews.com/2023/02/21/south-africa-hosts-joint-maritime-exercises-involving-china-and-russia',
      'https://english.alarabiya.net/News/middle-east/2023/03/15/Syria-s-Assad-expresses-his-support-for-Russia-in-war-in-Ukraine',
      'https://en.interfax.com.ua/news/general/865264.html',
      'https://www.nippon.com/en/news/yjj2023022400168/u-n-adopts-resolution-for-peace-in-ukraine.html',
      'https://bis.gov/node/7120',
      'http://en.kremlin.ru/events/president/transcripts/69362',
      'https://pib.gov.in/PressReleasePage.aspx?PRID=1859972',
      'https://president.gov.by/en/events/state-visit-to-the-people-s-republic-of-china',
      'https://www.aljazeera.com/news/2023/2/25/belarus-president-lukashenko-to-visit-china-this-month',
      'https://www.sb.by/en/minsk-and-tehran-signed-a-road-map-until-2026.html',
      'https://english.alarabiya.net/News/middle-east/2023/03/15/China-Iran-Russia-to-conduct-maritime-drills-in-Gulf-of-Oman',
      'https://www.aljazeera.com/news/2022/9/1/russias-war-games-with-china-all-you-need-to-know',
      'https://www.aljazeera.com/news/2023/1/23/russias-lavrov-in-south-africa-for-talks-amid-western-rivalry',
      'https://en.yna.co.kr/view/AEN20220228010351325',
      'https://english.alarabiya.net/News/world/2022/06/30/Ukraine-s-Zelenskyy-cuts-ties-with-Syria-after-it-recognized-separatist-republics',
      'https://press.un.org/en/2022/ga12407.doc.htm',
      'https://press.un.org/en/2022/ga12458.doc.htm',
    ]);
    for (const s of data.sources) if (s.url) assert.ok(allowed.has(s.url), `${s.id}: ${s.url} is not in facts.md`);
  });

  test('wording corrections of facts.md are applied', () => {
    const text = JSON.stringify(data);
    for (const old of ['kamikaze', 'Lethal aid under consideration', "Russia's most important economic partner", 'itself under heavy Western sanctions', 'acknowledges only', 'roughly doubled', '1,200', '190.27', 'about 28%']) {
      assert.ok(!text.includes(old), `still says ${old}`);
    }
  });
});

describe('the rules on synthetic datasets', () => {
  test('a multilateral event never draws a tie between two of its participants', () => {
    for (const withHub of [true, false]) {
      const d = fixture();
      const parties = withHub ? ['RUS', 'CHN', 'IRN', 'ZAF'] : ['CHN', 'IRN', 'ZAF'];
      d.claims = [{ ...d.claims[4], id: 'summit', parties, relation: 'joint' }];
      const graph = networkGraph(d);
      assert.deepEqual(graph.links.filter((l) => l.between), [], `with hub: ${withHub}`);
      const adjacency = adjacencyMatrix(d);
      for (const a of ['CHN', 'IRN', 'ZAF']) {
        for (const b of ['CHN', 'IRN', 'ZAF']) {
          const c = adjacency.cells.find((x) => x.row === a && x.col === b)!;
          assert.deepEqual([c.claims, c.joint], [[], []], `${a}/${b}`);
        }
      }
      assert.equal(graph.events.length, withHub ? 0 : 1);
    }
  });

  test('a partner’s support status never rises because of joint activity or support it receives', () => {
    const base = fixture();
    const before = supportMatrix(base).cells.map((c) => `${c.row}/${c.col} ${c.status} ${c.count}`);
    const nodesBefore = networkGraph(base).nodes.map((n) => `${n.id} ${n.breadth}`);
    const badgesBefore = ['CHN', 'IRN', 'ZAF'].map((id) => JSON.stringify(countryProfile(base, id)?.kinds));
    const more = fixture();
    const template = more.claims[0];
    for (const ally of ['CHN', 'IRN', 'ZAF']) {
      for (const kind of ['diplomatic', 'economic', 'military']) {
        const type = kind === 'military' ? 'arms' : kind === 'economic' ? 'trade' : 'statement';
        more.claims.push(
          { ...template, id: `${ally}-${kind}-joint`, parties: [ally, 'RUS'], kind, type, relation: 'joint', status: 'reported' },
          { ...template, id: `${ally}-${kind}-received`, parties: ['RUS', ally], kind, type, status: 'reported' },
          { ...template, id: `${ally}-${kind}-context`, parties: [ally, 'RUS'], kind, type, relation: 'context', status: 'reported' },
        );
      }
    }
    assert.deepEqual(supportMatrix(more).cells.map((c) => `${c.row}/${c.col} ${c.status} ${c.count}`), before);
    assert.deepEqual(networkGraph(more).nodes.filter((n) => n.id !== 'RUS').map((n) => `${n.id} ${n.breadth}`), nodesBefore.slice(1));
    assert.deepEqual(['CHN', 'IRN', 'ZAF'].map((id) => JSON.stringify(countryProfile(more, id)?.kinds)), badgesBefore);
  });

  test('a mark with an allegation and a denial reports both, in every text', () => {
    const d = fixture();
    const drones = d.claims.filter((c) => c.id === 'irn-drones');
    const evidence = evidenceOf(drones);
    assert.equal(evidence.contested, true);
    assert.match(evidenceLabel(evidence), /Alleged · denied/);
    assert.match(markEvidenceText(drones, d), /alleged by the United States, denied by Iran/);
    assert.match(countrySupportText(d, 'IRN'), /denied by Iran/);
    const link = networkGraph(d).links.find((l) => l.source === 'IRN');
    assert.equal(link?.contested, true);
  });

  test('a denial never outranks evidence of a different fact', () => {
    const d = fixture();
    const denial = d.claims.find((c) => c.id === 'zaf-nonaligned')!;
    const characterized: Claim = { ...denial, id: 'zaf-friendly', status: 'characterized', deniedBy: [] };
    assert.equal(evidenceOf([denial, characterized]).status, 'characterized');
    assert.equal(evidenceOf([denial]).status, 'denied');
  });

  test('a version-1 dataset written to the old rules still validates and reads as before: the first party gives', () => {
    const small = JSON.parse(readFileSync(new URL('../fixtures/small.json', import.meta.url), 'utf8')) as Dataset;
    assert.equal(validate(small).ok, true);
    const m = supportMatrix(small);
    assert.deepEqual(
      m.cells.filter((c) => c.status).map((c) => `${c.row}/${c.col} ${c.status} ${c.count}`),
      ['AAA/diplomatic stated 1', 'BBB/military alleged 1'],
    );
    assert.deepEqual(networkGraph(small).links.map((l) => `${l.source}→${l.target} ${l.kind} ${l.status}`), [
      'AAA→HUB diplomatic stated',
      'BBB→HUB military alleged',
    ]);
    assert.ok(small.claims.every((c) => c.relation === undefined));
  });
});
