/**
 * The default dataset (data/relationships.json) against its JSON Schema (data/schema.json)
 * and against the consistency rules a schema cannot express.
 * Run: node --import tsx --test test/unit/dataset.test.ts
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as ajvModule from 'ajv/dist/2020.js';
import type { Dataset } from '../../src/data/types.js';

const raw = readFileSync(new URL('../../data/relationships.json', import.meta.url), 'utf8');
const schemaRaw = readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8');
const data = JSON.parse(raw) as Dataset;
const schema = JSON.parse(schemaRaw) as Record<string, unknown>;

const ALLIES = ['CHN', 'BLR', 'IND', 'IRN', 'PRK', 'ZAF', 'SYR'];
const STATUSES = ['reported', 'stated', 'acknowledged-in-part', 'alleged', 'denied', 'characterized'];
/** Kinds of support each ally has in facts.md. */
const KINDS_BY_ALLY: Record<string, string[]> = {
  CHN: ['diplomatic', 'economic', 'military'],
  BLR: ['diplomatic', 'economic', 'military'],
  IND: ['diplomatic', 'economic'],
  IRN: ['economic', 'military'],
  PRK: ['diplomatic', 'military'],
  ZAF: ['diplomatic', 'economic', 'military'],
  SYR: ['diplomatic', 'military'],
};
/** Garbles of the re-published copy that must never reach the dataset. */
const GARBLES = [
  'Comprehensive Defense Partnership',
  'most of its oil exports',
  'ONE major',
  'integrate their banking system',
  'misguided',
  'news7f',
  'a focus Russia',
  'severed from most other countries',
  'has leaning towards',
  'has redeploy',
  'millions of artillery shells and missiles',
  'Related Articles',
  'Back to top',
];
/** The only verified quotations (facts.md and its corrections). */
const QUOTES = [
  'no limits',
  "today's era is not of war",
  'full-fledged defense partnership',
  'The world needs to move on and Europe needs to find a solution to its challenges.',
  'a little less than 9,000',
  'a limited number',
  'by local businesses or by governments',
  'far more',
];

type Validate = ((doc: unknown) => boolean) & { errors?: unknown[] | null };

async function compileSchema(): Promise<Validate> {
  // ajv is CommonJS: depending on the loader the class is the module itself or its `default`.
  const mod = ajvModule as unknown as { default: unknown };
  let Ajv2020 = mod.default as { default?: unknown };
  if (typeof Ajv2020 !== 'function') Ajv2020 = (Ajv2020 as { default: unknown }).default as { default?: unknown };
  let addFormats: ((ajv: unknown) => void) | undefined;
  try {
    const name = 'ajv-formats'; // optional: validate `format` only when installed
    const fm = (await import(name)) as { default: unknown };
    const f = (fm.default as { default?: unknown }).default ?? fm.default;
    if (typeof f === 'function') addFormats = f as (ajv: unknown) => void;
  } catch {
    addFormats = undefined;
  }
  const Ctor = Ajv2020 as unknown as new (opts: Record<string, unknown>) => {
    compile(s: unknown): Validate;
  };
  const ajv = new Ctor({ allErrors: true, strict: true, validateFormats: addFormats !== undefined });
  if (addFormats) addFormats(ajv);
  return ajv.compile(schema);
}

const clone = (): Dataset => JSON.parse(raw) as Dataset;

describe('data/relationships.json', () => {
  test('is valid JSON with 2-space indentation', () => {
    assert.equal(raw, JSON.stringify(data, null, 2) + '\n');
  });

  test('validates against data/schema.json with no errors', async () => {
    const validate = await compileSchema();
    const ok = validate(data);
    assert.deepEqual(validate.errors ?? [], [], JSON.stringify(validate.errors, null, 2));
    assert.equal(ok, true);
  });

  test('has the expected header', () => {
    assert.equal(data.version, 1);
    assert.equal(data.asOf, '2023-03-21');
    assert.equal(data.asOfApproximate, true);
    assert.equal(data.hub, 'RUS');
    assert.ok(data.credit && data.credit.length > 0);
    assert.deepEqual(
      data.kinds.map((k) => [k.id, k.label]),
      [
        ['diplomatic', 'Diplomatic'],
        ['economic', 'Economic'],
        ['military', 'Military'],
      ],
    );
  });

  test('lists the hub, the seven allies in the fixed order, then the third parties', () => {
    assert.deepEqual(
      data.countries.map((c) => [c.id, c.role]),
      [
        ['RUS', 'hub'],
        ...ALLIES.map((id) => [id, 'ally']),
        ['USA', 'third-party'],
        ['UKR', 'third-party'],
        ['EU', 'third-party'],
      ],
    );
    assert.deepEqual(
      data.countries.filter((c) => c.role === 'ally').map((c) => c.id),
      ALLIES,
    );
    const hubs = data.countries.filter((c) => c.role === 'hub');
    assert.deepEqual(hubs.map((c) => c.id), [data.hub]);
  });

  test('every country has a summary, a leader and (hub and allies) French and German names', () => {
    for (const c of data.countries) {
      assert.ok(c.summary && c.summary.length > 20, `${c.id} summary`);
      assert.ok(c.leader && c.leader.name, `${c.id} leader`);
      if (c.role !== 'third-party') {
        assert.ok(c.names?.fr, `${c.id} names.fr`);
        assert.ok(c.names?.de, `${c.id} names.de`);
      }
    }
  });

  test('ids are unique within each list', () => {
    const lists: [string, { id: string }[]][] = [
      ['kinds', data.kinds],
      ['types', data.types ?? []],
      ['countries', data.countries],
      ['claims', data.claims],
      ['sources', data.sources],
      ['votes', data.votes ?? []],
    ];
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      for (const { id } of list) {
        assert.ok(!seen.has(id), `duplicate id ${id} in ${name}`);
        seen.add(id);
      }
    }
  });

  test('every referenced country, kind, type and source exists', () => {
    const countries = new Set(data.countries.map((c) => c.id));
    const kinds = new Set(data.kinds.map((k) => k.id));
    const types = new Map((data.types ?? []).map((t) => [t.id, t]));
    const sources = new Set(data.sources.map((s) => s.id));
    assert.ok(countries.has(data.hub));
    for (const t of data.types ?? []) assert.ok(kinds.has(t.kind), `type ${t.id}: kind ${t.kind}`);
    for (const c of data.claims) {
      for (const id of [...c.parties, ...c.claimedBy, ...c.deniedBy]) {
        assert.ok(countries.has(id), `claim ${c.id}: unknown country ${id}`);
      }
      assert.equal(new Set(c.parties).size, c.parties.length, `claim ${c.id}: repeated party`);
      assert.ok(kinds.has(c.kind), `claim ${c.id}: unknown kind ${c.kind}`);
      const type = types.get(c.type);
      assert.ok(type, `claim ${c.id}: unknown type ${c.type}`);
      assert.equal(type.kind, c.kind, `claim ${c.id}: type ${c.type} is ${type.kind}, claim is ${c.kind}`);
      assert.ok(c.sources.length > 0, `claim ${c.id}: no source`);
      for (const s of [...c.sources, ...(c.notes ?? []).flatMap((n) => n.sources ?? [])]) {
        assert.ok(sources.has(s), `claim ${c.id}: unknown source ${s}`);
      }
    }
    for (const v of data.votes ?? []) {
      for (const id of Object.keys(v.votes)) assert.ok(countries.has(id), `vote ${v.id}: unknown country ${id}`);
      for (const s of v.sources) assert.ok(sources.has(s), `vote ${v.id}: unknown source ${s}`);
    }
  });

  test('every source is used by a claim, a note or a vote', () => {
    const used = new Set<string>([
      ...data.claims.flatMap((c) => [...c.sources, ...(c.notes ?? []).flatMap((n) => n.sources ?? [])]),
      ...(data.votes ?? []).flatMap((v) => v.sources),
    ]);
    const unused = data.sources.map((s) => s.id).filter((id) => !used.has(id));
    assert.deepEqual(unused, []);
  });

  test('every type is used, and the type list stays small', () => {
    const used = new Set(data.claims.map((c) => c.type));
    assert.deepEqual((data.types ?? []).map((t) => t.id).filter((id) => !used.has(id)), []);
    assert.ok((data.types ?? []).length >= 8 && (data.types ?? []).length <= 18);
  });

  test('has roughly 30 to 40 claims', () => {
    assert.ok(data.claims.length >= 30 && data.claims.length <= 45, `${data.claims.length} claims`);
  });

  test('each ally has at least one claim of each kind it has in facts.md', () => {
    for (const [ally, kinds] of Object.entries(KINDS_BY_ALLY)) {
      for (const kind of kinds) {
        assert.ok(
          data.claims.some((c) => c.kind === kind && c.parties.includes(ally)),
          `${ally} has no ${kind} claim`,
        );
      }
    }
  });

  test('statuses are consistent with claimedBy and deniedBy', () => {
    for (const c of data.claims) {
      assert.ok(STATUSES.includes(c.status), `claim ${c.id}: status ${c.status}`);
      if (c.status === 'alleged') assert.ok(c.claimedBy.length > 0, `claim ${c.id}: alleged by nobody`);
      if (c.status === 'denied') assert.ok(c.deniedBy.length > 0, `claim ${c.id}: denied by nobody`);
      if (c.status === 'stated') assert.ok(c.claimedBy.length > 0, `claim ${c.id}: stated by nobody`);
    }
  });

  test('encodes the Iran drone allegation, its denial and the partial acknowledgement', () => {
    const drones = data.claims.filter((c) => c.parties[0] === 'IRN' && c.type === 'arms');
    const alleged = drones.find((c) => c.status === 'alleged');
    assert.ok(alleged, 'alleged drone claim');
    assert.deepEqual([...alleged.claimedBy].sort(), ['UKR', 'USA']);
    assert.deepEqual(alleged.deniedBy, ['IRN']);
    const admitted = drones.find((c) => c.status === 'acknowledged-in-part');
    assert.ok(admitted, 'acknowledged-in-part drone claim');
    assert.equal(admitted.date, '2022-11-05');
  });

  test('encodes South Africa’s denial and the exercises as joint events with all their parties', () => {
    const denial = data.claims.find((c) => c.parties[0] === 'ZAF' && c.status === 'denied');
    assert.ok(denial);
    assert.deepEqual(denial.deniedBy, ['ZAF']);
    const exercises = data.claims.filter((c) => c.type === 'exercise');
    for (const c of exercises) assert.equal(c.relation, 'joint', `${c.id} is joint activity, not support`);
    assert.deepEqual(exercises.length, 4);
    const held = exercises.map((c) => [c.parties, c.date]);
    assert.ok(held.some(([p, d]) => String(p) === 'BLR,RUS' && d === '2022-02-10/2022-02-20'));
    assert.ok(held.some(([p, d]) => String(p) === 'ZAF,RUS,CHN' && d === '2023-02-17/2023-02-27'));
    assert.ok(held.some(([p, d]) => String(p) === 'IRN,RUS,CHN' && d === '2023-03-15/2023-03-19'));
    assert.ok(held.some(([p, d]) => String(p) === 'RUS,CHN,IND,BLR,SYR' && d === '2022-09-01/2022-09-07'));
  });

  test('quotes are only the verified quotations', () => {
    for (const c of data.claims) {
      if (c.quote !== undefined) assert.ok(QUOTES.includes(c.quote), `claim ${c.id}: unverified quote ${c.quote}`);
    }
  });

  test('records the four UN General Assembly votes for the hub and the seven allies', () => {
    const votes = data.votes ?? [];
    assert.equal(votes.length, 4);
    for (const v of votes) {
      assert.deepEqual(Object.keys(v.votes).sort(), ['RUS', ...ALLIES].sort(), v.id);
      assert.equal(v.votes.RUS, 'no');
      assert.equal(v.votes.IND, 'abstain');
    }
    const es114 = votes.find((v) => v.date === '2022-10-12');
    assert.ok(es114);
    assert.equal(es114.votes.IRN, 'absent');
    assert.match(es114.note ?? '', /unverified/i);
  });

  test('contains none of the garbles of the copy (case-insensitive)', () => {
    const text = raw.toLowerCase();
    for (const g of GARBLES) assert.ok(!text.includes(g.toLowerCase()), `garble found: ${g}`);
  });

  test('links only to http(s) URLs, and says why a source has none', () => {
    for (const s of data.sources) {
      if (s.url) assert.match(s.url, /^https?:\/\//);
      else assert.ok(s.noUrlReason && s.noUrlReason.length > 10, `${s.id}: no url and no reason`);
    }
  });

  test('a source has its real headline as title, or a description that is not dressed as one', () => {
    for (const s of data.sources) {
      assert.ok(s.title || s.description, `${s.id}: neither title nor description`);
      // A description is not a headline: no quotation marks around the whole of it.
      if (s.description) assert.doesNotMatch(s.description, /^[“"].*[”"]$/, s.id);
    }
    // The article's own headline is not confirmed (facts.md): it is described, not quoted.
    const article = data.sources.find((s) => s.id === 'nyt-2023-03-russia-friends');
    assert.equal(article?.title, undefined);
    assert.ok(article?.description);
  });

  test('direction: support to a partner from Russia has Russia first, joint activity and context say so', () => {
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    assert.deepEqual(byId.get('BLR-loan-2020')?.parties, ['RUS', 'BLR']);
    assert.equal(byId.get('BLR-loan-2020')?.relation ?? 'support', 'support');
    assert.deepEqual(byId.get('SYR-military-presence')?.parties, ['RUS', 'SYR']);
    assert.equal(byId.get('USA-ZAF-sanctions-warning-2023')?.relation, 'context');
    assert.equal(byId.get('RUS-vostok-2022')?.relation, 'joint');
    assert.equal(byId.get('IND-not-an-era-of-war-2022')?.status, 'stated');
    for (const c of data.claims.filter((c) => c.type === 'state-visit' || c.type === 'joint-statement')) {
      assert.equal(c.relation, 'joint', `${c.id}: visits and joint statements are joint activity`);
    }
  });
});

describe('data/schema.json', () => {
  test('is a draft 2020-12 schema with a description on every property', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const key of ['properties', 'patternProperties', '$defs'] as const) {
        const props = n[key] as Record<string, Record<string, unknown>> | undefined;
        if (!props) continue;
        for (const [name, sub] of Object.entries(props)) {
          if (typeof sub.description !== 'string' || sub.description.length < 10) missing.push(`${path}/${key}/${name}`);
          walk(sub, `${path}/${key}/${name}`);
        }
      }
      if (n.items) walk(n.items, `${path}/items`);
    };
    walk(schema, '#');
    assert.deepEqual(missing, []);
  });

  const rejects: [string, (d: Dataset) => void][] = [
    ['a document without version', (d) => delete (d as Partial<Dataset>).version],
    ['version 2', (d) => ((d as { version: number }).version = 2)],
    ['an unknown status', (d) => ((d.claims[0] as { status: string }).status = 'rumoured')],
    ['a claim with one party', (d) => (d.claims[0].parties = ['CHN'])],
    ['a claim without sources', (d) => (d.claims[0].sources = [])],
    ['a claim without deniedBy', (d) => delete (d.claims[0] as Partial<Dataset['claims'][0]>).deniedBy],
    ['an unknown role', (d) => ((d.countries[1] as { role: string }).role = 'friend')],
    ['a bad date', (d) => (d.claims[0].date = '21 March 2023')],
    ['a lower-case country id', (d) => (d.countries[1].id = 'chn')],
    ['an unknown top-level key', (d) => ((d as unknown as Record<string, unknown>).extra = true)],
    ['a javascript: URL', (d) => (d.sources[0].url = 'javascript:alert(1)')],
    ['no kinds', (d) => (d.kinds = [])],
    ['a bad vote', (d) => ((d.votes![0].votes as Record<string, string>).RUS = 'maybe')],
  ];
  for (const [name, mutate] of rejects) {
    test(`rejects ${name}`, async () => {
      const validate = await compileSchema();
      const doc = clone();
      mutate(doc);
      assert.equal(validate(doc), false);
    });
  }

  test('accepts x- extensions, claim intervals, coarse dates and extra nested properties', async () => {
    const validate = await compileSchema();
    const doc = clone() as Dataset & Record<string, unknown>;
    doc['x-newsroom'] = { desk: 'foreign' };
    doc.claims[0].date = '2022/2023-01';
    doc.sources[0].date = '2023';
    (doc.countries[0] as unknown as Record<string, unknown>).flag = '🇷🇺';
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
  });
});
