/**
 * Localized data: a dataset carries translations of its text, each string falling back to the
 * dataset's own; the default dataset ships complete in English and Ukrainian.
 * Run: node --import tsx --test test/unit/localize.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { localizeDataset, translationKey } from '../../src/data/localize.js';
import { validate, validateTranslation } from '../../src/data/validate.js';
import { supportMatrix } from '../../src/data/matrix.js';
import type { Dataset, DatasetTranslation } from '../../src/data/types.js';
import { changed, fixture } from './fixtures.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const data = read('../../data/relationships.json') as Dataset;
const uk = read('../../data/relationships.uk.json') as DatasetTranslation;

describe('translationKey', () => {
  const d = { ...fixture(), lang: 'en', translations: { uk: {}, 'pt-BR': {}, fr: 'fr.json' } } as Dataset;
  test('the same tag, in any case; else the same base language', () => {
    assert.equal(translationKey(d, 'uk'), 'uk');
    assert.equal(translationKey(d, 'uk-UA'), 'uk');
    assert.equal(translationKey(d, 'PT-br'), 'pt-BR');
    assert.equal(translationKey(d, 'pt'), 'pt-BR');
    assert.equal(translationKey(d, 'fr-CA'), 'fr');
  });
  test('none for the dataset’s own language or a language it lacks', () => {
    assert.equal(translationKey(d, 'en'), null);
    assert.equal(translationKey(d, 'en-GB'), null);
    assert.equal(translationKey(d, 'de'), null);
    assert.equal(translationKey(fixture(), 'uk'), null);
  });
});

describe('localizeDataset', () => {
  const t: DatasetTranslation = {
    title: 'Тестовий набір',
    kinds: { military: { label: 'Військова' } },
    countries: { IRN: { name: 'Іран', leader: { title: 'Президент' } } },
    claims: { 'irn-drones': { text: 'Іран постачав дрони.', notes: [null] } },
  };
  const d = fixture();
  const local = localizeDataset(d, t, 'uk');

  test('replaces the strings it has, keeps the others in the dataset’s language', () => {
    assert.equal(local.title, 'Тестовий набір');
    assert.equal(local.lang, 'uk');
    assert.deepEqual(local.kinds.map((k) => k.label), ['Diplomatic', 'Economic', 'Військова']);
    const irn = local.countries.find((c) => c.id === 'IRN')!;
    assert.equal(irn.name, 'Іран');
    assert.deepEqual(irn.leader, { name: 'Ebrahim Raisi', title: 'Президент' });
    const drones = local.claims.find((c) => c.id === 'irn-drones')!;
    assert.equal(drones.text, 'Іран постачав дрони.');
    assert.equal(drones.notes?.[0].text, d.claims.find((c) => c.id === 'irn-drones')!.notes![0].text);
    assert.equal(local.claims.find((c) => c.id === 'chn-oil')!.text, 'China buys Russian crude oil.');
  });

  test('changes only words: ids, statuses, parties, dates, headlines and quotes stay', () => {
    const strip = (x: Dataset) =>
      x.claims.map((c) => [c.id, c.status, c.parties, c.date, c.quote, c.relation, c.sources]).concat(x.sources.map((s) => [s.id, s.title, s.url]));
    assert.deepEqual(strip(local), strip(d));
    assert.deepEqual(
      supportMatrix(local).cells.map((c) => `${c.row}/${c.col} ${c.status} ${c.count}`),
      supportMatrix(d).cells.map((c) => `${c.row}/${c.col} ${c.status} ${c.count}`),
    );
  });

  test('is memoized per dataset and translation, and leaves its input alone', () => {
    assert.equal(localizeDataset(d, t, 'uk'), local);
    assert.deepEqual(d, fixture());
  });
});

describe('the default dataset in Ukrainian', () => {
  test('is a valid translation of the default dataset, named in it', () => {
    assert.equal(data.lang, 'en');
    assert.equal(data.translations?.uk, 'relationships.uk.json');
    const result = validateTranslation(uk, data);
    assert.deepEqual(result.ok ? [] : result.errors, []);
    assert.equal(uk.lang, 'uk');
  });

  test('is complete: every title, label, name, leader, summary, claim, description and reason', () => {
    const local = localizeDataset(data, uk, 'uk');
    const same = (a: unknown, b: unknown, what: string): void => assert.notEqual(a, b, `${what} is not translated`);
    same(local.title, data.title, 'title');
    same(local.credit, data.credit, 'credit');
    data.kinds.forEach((k, i) => same(local.kinds[i].label, k.label, `kind ${k.id}`));
    (data.types ?? []).forEach((ty, i) => same(local.types![i].label, ty.label, `type ${ty.id}`));
    data.countries.forEach((c, i) => {
      const l = local.countries[i];
      same(l.name, c.name, `${c.id} name`);
      same(l.summary, c.summary, `${c.id} summary`);
      same(l.leader?.name, c.leader?.name, `${c.id} leader`);
      same(l.leader?.title, c.leader?.title, `${c.id} leader title`);
    });
    data.claims.forEach((c, i) => same(local.claims[i].text, c.text, `claim ${c.id}`));
    data.sources.forEach((s, i) => {
      if (s.description) same(local.sources[i].description, s.description, `source ${s.id} description`);
      if (s.noUrlReason) same(local.sources[i].noUrlReason, s.noUrlReason, `source ${s.id} noUrlReason`);
    });
    (data.votes ?? []).forEach((v, i) => {
      same(local.votes![i].title, v.title, `vote ${v.id}`);
      if (v.note) same(local.votes![i].note, v.note, `vote ${v.id} note`);
    });
  });

  test('keeps the wording corrections of facts.md in Ukrainian too', () => {
    const text = JSON.stringify(uk);
    assert.doesNotMatch(text, /камікадзе/, 'one-way attack drones, not kamikaze');
    assert.doesNotMatch(text, /190,27/, 'the rounded trade figure');
  });
});

describe('validate: lang and translations', () => {
  const errorsOf = (input: unknown): string[] => {
    const r = validate(input);
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };
  test('a dataset may name its language and carry translations inline or by URL', () => {
    const d = { ...fixture(), lang: 'en', translations: { uk: { title: 'Тест' }, fr: 'fr.json', de: 'https://example.org/de.json' } };
    assert.deepEqual(errorsOf(d), []);
  });
  test('bad tags, bad URLs and unknown ids name their path', () => {
    assert.deepEqual(errorsOf(changed('lang', 'english language')), ['lang: invalid language tag "english language"']);
    assert.deepEqual(errorsOf({ ...fixture(), translations: { 'not a tag': {} } }), ['translations["not a tag"]: invalid language tag "not a tag"']);
    assert.deepEqual(errorsOf({ ...fixture(), translations: { uk: 'javascript:alert(1)' } }), [
      'translations.uk: URL "javascript:alert(1)": only http and https (or a relative URL) are allowed',
    ]);
    assert.deepEqual(errorsOf({ ...fixture(), translations: { uk: 3 } }), ['translations.uk: expected a translation object or the URL of one, got a number']);
    assert.deepEqual(errorsOf({ ...fixture(), translations: { uk: { claims: { 'no-such': { text: 'x' } } } } }), [
      'translations.uk.claims.no-such: unknown claim "no-such"',
    ]);
    assert.deepEqual(errorsOf({ ...fixture(), translations: { uk: { countries: { IRN: { name: '' } } } } }), [
      'translations.uk.countries.IRN.name: must not be empty',
    ]);
  });
  test('a fetched translation file is checked against its dataset, paths from its root', () => {
    const result = validateTranslation({ claims: { 'chn-oil': { text: 42 } } }, fixture());
    assert.deepEqual(result.ok ? [] : result.errors, [{ path: 'claims.chn-oil.text', message: 'expected a string, got a number' }]);
    assert.equal(validateTranslation([], fixture()).ok, false);
  });
});
