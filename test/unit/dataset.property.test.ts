/**
 * Property-based tests of the data layer and the layout over random datasets, written from the
 * format (src/data/types.ts, the README's "Your own dataset") rather than from the
 * implementation: valid datasets of every shape, the same with one random mutation, and any JSON
 * at all. Fixed seed and run counts, printed, so a failure is reproduced by running it again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Claim, Country, Dataset, Source, Status } from '../../src/data/types.js';
import { LIMITS, validate } from '../../src/data/validate.js';
import { networkGraph } from '../../src/data/network.js';
import { adjacencyMatrix, supportMatrix } from '../../src/data/matrix.js';
import { countryProfile } from '../../src/data/profile.js';
import { claimsCsv } from '../../src/data/claims-csv.js';
import { layoutNetwork } from '../../src/layout/network-layout.js';
import { parseCsv } from '../fixtures/csv.js';

const SEED = 20260418;
const RUNS = { datasets: 150, mutations: 300, json: 500 };
console.log(`fast-check seed ${SEED}, runs: ${JSON.stringify(RUNS)}`);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

const STATUSES: Status[] = ['reported', 'stated', 'acknowledged-in-part', 'alleged', 'denied', 'characterized'];

/** Text as publishers and attackers write it: any Unicode, markup, formulas, blank-padded. */
const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '=HYPERLINK("http://evil.example","click")',
      '+SUM(1,2)',
      '-2+3',
      '@cmd',
      '\t=1',
      '"quoted", with commas\r\nand lines',
      'javascript:alert(1)',
      '‮RTL override',
      '__proto__',
      'constructor',
    ),
  )
  .filter((s) => s.trim() !== '');

const countryId = fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,5}$/);
const kindId = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const sourceId = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,15}$/);

const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`. */
const datePoint = fc.tuple(isoDay, fc.constantFrom(4, 7, 10)).map(([day, length]) => day.slice(0, length));
/** A point, or an interval `start/end` with start before end. */
const date = fc.oneof(
  datePoint,
  fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
);
/** What a source URL must not be: only absolute http(s) URLs become links. */
const notWebUrl = fc.constantFrom('javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'ftp://example.com/x', '//example.com/x', 'not a url');

/** Some of `items` (maybe none), in their order. */
const someOf = <T>(items: readonly T[], minLength = 0): fc.Arbitrary<T[]> =>
  fc.subarray([...items], { minLength: Math.min(minLength, items.length) });

/** A valid version-1 dataset: every reference resolves, every field within the format. */
const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    countryIds: fc.uniqueArray(countryId, { minLength: 2, maxLength: 14 }),
    kindIds: fc.uniqueArray(kindId, { minLength: 1, maxLength: 4 }),
    sourceIds: fc.uniqueArray(sourceId, { minLength: 1, maxLength: 6 }),
    typeIds: fc.uniqueArray(kindId, { maxLength: 5 }),
  })
  .chain(({ countryIds, kindIds, sourceIds, typeIds }) => {
    const [hub, ...others] = countryIds;
    const country = (id: string, role: Country['role']): fc.Arbitrary<Country> =>
      fc.record(
        {
          id: fc.constant(id),
          name: text,
          role: fc.constant(role),
          summary: text,
          leader: fc.record({ name: text, title: text }, { requiredKeys: ['name'] }),
          names: fc.dictionary(fc.constantFrom('fr', 'de', 'uk', 'ru', 'zh-Hans', 'ar'), text, { maxKeys: 3 }),
        },
        { requiredKeys: ['id', 'name', 'role'] },
      );
    // Listed types belong to one kind each, and a claim's type is then one of them, of its kind;
    // without a list, a type is any id.
    const kindOfType = (i: number): string => kindIds[i % kindIds.length];
    const kindAndType: fc.Arbitrary<[string, string]> = typeIds.length
      ? fc.constantFrom(...typeIds.map((t, i): [string, string] => [kindOfType(i), t]))
      : fc.tuple(fc.constantFrom(...kindIds), kindId);
    const claim = (id: string): fc.Arbitrary<Claim> =>
      fc.record(
        {
          id: fc.constant(id),
          parties: fc.shuffledSubarray(countryIds, { minLength: 2, maxLength: Math.min(4, countryIds.length) }),
          relation: fc.constantFrom('support', 'joint', 'context'),
          kindAndType,
          text,
          status: fc.constantFrom(...STATUSES),
          claimedBy: someOf(countryIds),
          deniedBy: someOf(countryIds),
          date,
          sources: someOf(sourceIds, 1),
          quote: text,
          notes: fc.array(fc.record({ date, text, sources: someOf(sourceIds) }, { requiredKeys: ['date', 'text'] }), { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'parties', 'kindAndType', 'text', 'status', 'claimedBy', 'deniedBy', 'date', 'sources'] },
      ).map(({ kindAndType: [kind, type], ...rest }) => ({ ...rest, kind, type }));
    const source = (id: string): fc.Arbitrary<Source> =>
      fc
        .record(
          { id: fc.constant(id), publisher: text, title: text, description: text, date: datePoint, url: fc.webUrl(), noUrlReason: text },
          { requiredKeys: ['id', 'publisher', 'date'] },
        )
        // A source has a headline, a description, or both.
        .map((s) => (s.title === undefined && s.description === undefined ? { ...s, description: 'A report' } : s));
    return fc.record(
      {
        version: fc.constant(1 as const),
        title: text,
        asOf: datePoint,
        asOfApproximate: fc.boolean(),
        hub: fc.constant(hub),
        credit: text,
        kinds: fc.tuple(...kindIds.map((id) => fc.record({ id: fc.constant(id), label: text }))),
        types: typeIds.length
          ? fc.tuple(...typeIds.map((id, i) => fc.record({ id: fc.constant(id), label: text, kind: fc.constant(kindOfType(i)) })))
          : fc.constant(undefined),
        countries: fc
          .tuple(country(hub, 'hub'), ...others.map((id) => fc.constantFrom<Country['role']>('ally', 'third-party').chain((role) => country(id, role))))
          .chain((list) => fc.shuffledSubarray(list, { minLength: list.length })),
        claims: fc
          .uniqueArray(sourceId, { maxLength: 24 })
          .chain((ids) => fc.tuple(...ids.map((id) => claim(`claim-${id}`)))),
        sources: fc.tuple(...sourceIds.map(source)),
        votes: fc.uniqueArray(
          fc.record(
            {
              id: sourceId,
              title: text,
              date: datePoint,
              votes: fc.dictionary(fc.constantFrom(...countryIds), fc.constantFrom('yes', 'no', 'abstain', 'absent') as fc.Arbitrary<'yes'>),
              sources: someOf(sourceIds),
              note: text,
            },
            { requiredKeys: ['id', 'title', 'date', 'votes', 'sources'] },
          ),
          { maxLength: 2, selector: (v) => v.id },
        ),
      },
      { requiredKeys: ['version', 'title', 'asOf', 'hub', 'kinds', 'countries', 'claims', 'sources'] },
    );
  });

/** A dataset's JSON with one thing changed at a random place: a value replaced, a key dropped, an id repeated. */
const mutated = fc.tuple(dataset, fc.nat(), fc.constantFrom('replace', 'delete', 'duplicate'), fc.jsonValue({ maxDepth: 2 })).map(
  ([data, pick, how, value]) => {
    const copy = structuredClone(data) as unknown as Record<string, unknown>;
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach((v, i) => (slots.push({ parent: node, key: i }), collect(v)));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) slots.push({ parent: node as Record<string, unknown>, key: k }), collect(v);
      }
    };
    collect(copy);
    const { parent, key } = slots[pick % slots.length];
    if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (how === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    else (parent as Record<string | number, unknown>)[key] = value;
    return copy;
  },
);

/** Every number reachable from `value` (arrays, objects, Maps, Sets), with where it was found. */
function numbers(value: unknown, path = '', seen = new Set<unknown>(), out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const entries = value instanceof Map ? [...value] : value instanceof Set ? [...value].entries() : Object.entries(value);
    for (const [k, v] of entries) numbers(v, `${path}.${String(k)}`, seen, out);
  }
  return out;
}

function assertFinite(what: string, value: unknown): void {
  const bad = numbers(value).filter(([, n]) => !Number.isFinite(n));
  assert.deepEqual(bad, [], `${what}: NaN or Infinity at ${bad.map(([p]) => p).join(', ')}`);
}

/** Whether the error's path names a place in `input`: every step but the last exists there. */
function pathResolves(input: unknown, path: string): boolean {
  if (path === '(root)') return true;
  const steps = [...path.matchAll(/(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)];
  if (steps.map((m) => m[0]).join('') !== path) return false;
  let node = input;
  for (const [i, m] of steps.entries()) {
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string));
    if (i === steps.length - 1) return true;
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

function assertErrorsNamePaths(input: unknown): void {
  const result = validate(input);
  if (result.ok) return;
  assert.ok(result.errors.length > 0, 'a refusal lists at least one error');
  for (const { path, message } of result.errors) {
    assert.ok(typeof message === 'string' && message.length > 0, `an error at ${path} says what is wrong`);
    assert.ok(pathResolves(input, path), `the error path ${JSON.stringify(path)} names a place in the input (${message})`);
  }
}

/** Every derivation of a valid dataset, as the views call them; none may throw, none may give NaN. */
function deriveAll(data: Dataset, width: number, height: number): void {
  for (const includeThirdParties of [false, true]) {
    const graph = networkGraph(data, { includeThirdParties });
    assertFinite('networkGraph', graph);
    const layout = layoutNetwork(graph, { width, height, kinds: data.kinds.map((k) => k.id) });
    assertFinite('layoutNetwork', layout);
    assert.equal(layout.nodes.length, graph.nodes.length);
  }
  assertFinite('networkGraph, one kind', networkGraph(data, { kinds: [data.kinds[0].id] }));
  assertFinite('supportMatrix', supportMatrix(data));
  assertFinite('supportMatrix by type', supportMatrix(data, { columns: 'types' }));
  assertFinite('adjacencyMatrix', adjacencyMatrix(data));
  for (const c of data.countries) assertFinite(`countryProfile ${c.id}`, countryProfile(data, c.id));
  assert.equal(countryProfile(data, 'NOT-IN-DATA'), null);
  const rows = parseCsv(claimsCsv(data));
  assert.equal(rows.length, data.claims.length + 1);
  for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `CSV cell ${JSON.stringify(cell)} would run as a formula`);
}

describe('data layer, property-based', () => {
  test('every dataset written to the format validates, and every derivation of it is finite', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 120, max: 2400 }), fc.integer({ min: 120, max: 2400 }), (data, width, height) => {
        const result = validate(data);
        assert.ok(result.ok, `rejected: ${result.ok ? '' : JSON.stringify(result.errors.slice(0, 3))}`);
        deriveAll(data, width, height);
      }),
      params(RUNS.datasets),
    );
  });

  test('a dataset with one random mutation: validate never throws; a refusal names a path in the input; what passes derives finite', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        assertErrorsNamePaths(input);
        const result = validate(input);
        if (result.ok) deriveAll(result.data, 640, 640);
      }),
      params(RUNS.mutations),
    );
  });

  test('a source URL that is not absolute http(s) is refused, at its path', () => {
    fc.assert(
      fc.property(dataset, fc.nat(), notWebUrl, (data, pick, bad) => {
        const copy = structuredClone(data);
        const index = pick % copy.sources.length;
        copy.sources[index].url = bad;
        const result = validate(copy);
        assert.ok(!result.ok);
        assert.ok(result.errors.some((e) => e.path === `sources[${index}].url`));
      }),
      params(RUNS.datasets),
    );
  });

  test('keys named __proto__ or constructor, as JSON.parse makes them, pollute nothing', () => {
    fc.assert(
      fc.property(dataset, fc.constantFrom('__proto__', 'constructor', 'prototype'), (data, key) => {
        const text = JSON.stringify(data).replace('"claims":', `"${key}":{"polluted":true},"claims":`).replace('"id":', `"${key}":{"polluted":true},"id":`);
        const input: unknown = JSON.parse(text);
        assertErrorsNamePaths(input);
        assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
        const result = validate(input);
        if (result.ok) deriveAll(result.data, 640, 640);
        assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      }),
      params(RUNS.datasets),
    );
  });

  test('any JSON value at all: validate never throws, and refuses with a path', () => {
    const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ version: fc.constant(1), countries: fc.jsonValue(), claims: fc.jsonValue() }));
    fc.assert(
      fc.property(anyJson, (input) => {
        assertErrorsNamePaths(input);
      }),
      params(RUNS.json),
    );
  });
});

describe('data layer at the format limits', () => {
  const KINDS = 10;
  /** A dataset with `countries` countries (the hub and allies) and `claims` claims among them. */
  function large(countries: number, claims: number): Dataset {
    const ids = Array.from({ length: countries }, (_, i) => (i === 0 ? 'HUB' : `C${i}`));
    return {
      version: 1,
      title: 'At the limits',
      asOf: '2024-01-01',
      hub: 'HUB',
      kinds: Array.from({ length: KINDS }, (_, i) => ({ id: `k${i}`, label: `Kind ${i}` })),
      countries: ids.map((id, i) => ({ id, name: `Country ${i}`, role: i === 0 ? 'hub' : 'ally' })),
      claims: Array.from({ length: claims }, (_, i) => ({
        id: `claim-${i}`,
        parties: [ids[1 + (i % (countries - 1))], 'HUB'],
        kind: `k${i % KINDS}`,
        type: 'aid',
        text: `Claim ${i}`,
        status: STATUSES[i % STATUSES.length],
        claimedBy: [],
        deniedBy: [],
        date: '2023',
        sources: ['s'],
      })),
      sources: [{ id: 's', publisher: 'P', title: 'T', date: '2023' }],
    };
  }

  test('a dataset at the limits validates and derives; one over is refused with a message naming the list', () => {
    const atLimit = large(LIMITS.countries, LIMITS.claims);
    const times: string[] = [];
    const timed = <T>(what: string, run: () => T): T => {
      const started = performance.now();
      const result = run();
      times.push(`${what} ${Math.round(performance.now() - started)} ms`);
      return result;
    };
    assert.ok(timed('validate', () => validate(atLimit)).ok);
    const graph = timed('networkGraph', () => networkGraph(atLimit));
    assert.equal(graph.nodes.length, LIMITS.countries);
    assertFinite('layoutNetwork at the limits', timed('layoutNetwork', () => layoutNetwork(graph, { width: 1000, height: 1000 })));
    assertFinite('supportMatrix at the limits', timed('supportMatrix', () => supportMatrix(atLimit)));
    assert.equal(timed('claimsCsv', () => claimsCsv(atLimit)).split('\r\n').length, LIMITS.claims + 2);
    console.log(`${LIMITS.countries} countries, ${LIMITS.claims} claims, ${KINDS} kinds: ${times.join(', ')}`);

    for (const [list, over] of [
      ['countries', large(LIMITS.countries + 1, 10)],
      ['claims', large(10, LIMITS.claims + 1)],
    ] as const) {
      const result = validate(over);
      assert.ok(!result.ok);
      assert.equal(result.errors[0].path, list);
      assert.match(result.errors[0].message, /too many .*at most .*too large to show/);
    }
  });
});
