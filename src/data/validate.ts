import { dateProblem } from './dates.js';
import { RELATIONS } from './relations.js';
import { STATUSES, isStatus } from './status.js';
import type { Dataset, DatasetTranslation } from './types.js';

/** One problem in a dataset: where (`claims[3].parties[1]`, `(root)`) and what. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: ValidationError[] };

/** Size limits enforced by `validate()`. */
export const LIMITS = Object.freeze({
  /** Errors collected before validation stops. */
  errors: 50,
  countries: 5000,
  claims: 50000,
  sources: 50000,
  kinds: 100,
  types: 1000,
  votes: 5000,
  /** Items in a list inside one record (parties, sources of a claim, notes…). */
  items: 200,
  /** Entries in a map inside one record (localized names). */
  entries: 300,
  id: 100,
  name: 200,
  title: 500,
  text: 2000,
  url: 2000,
});

/** Message of the marker error added when more than `LIMITS.errors` errors were found. */
export const MORE_ERRORS = '(…more errors not shown)';

export const COUNTRY_ID = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;
const ID = /^\S+$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const ROLES = ['hub', 'ally', 'third-party'] as const;
const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;

/** Describes a validation failure; `errors` lists every problem found (up to the limit). */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly errors: ValidationError[];
  /** URL of the dataset, when the error comes from `loadDataset()`. */
  readonly url: string | undefined;

  constructor(message: string, errors: ValidationError[] = [], options?: { cause?: unknown; url?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.errors = errors;
    this.url = options?.url;
  }

  /** An error whose message summarizes `errors`, optionally prefixed (`"data.json: "`). */
  static fromErrors(errors: ValidationError[], prefix = ''): DatasetError {
    return new DatasetError(prefix + summarizeErrors(errors), errors);
  }
}

/** `Invalid dataset: claims[3].parties[1]: unknown country "RUX" (and 2 more errors)`. */
export function summarizeErrors(errors: ValidationError[]): string {
  const [first] = errors;
  if (!first) return 'Invalid dataset';
  const truncated = errors[errors.length - 1]?.message === MORE_ERRORS;
  const rest = errors.length - 1 - (truncated ? 1 : 0);
  let tail = '';
  if (truncated) tail = ` (and more than ${rest} more errors)`;
  else if (rest > 0) tail = ` (and ${rest} more error${rest === 1 ? '' : 's'})`;
  return `Invalid dataset: ${first.path}: ${first.message}${tail}`;
}

/** Returns the dataset, typed, or throws a `DatasetError` listing what is wrong. */
export function assertDataset(input: unknown): Dataset {
  const result = validate(input);
  if (!result.ok) throw DatasetError.fromErrors(result.errors);
  return result.data;
}

type Json = Record<string, unknown>;

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'undefined') return 'nothing';
  return /^[aeiou]/.test(typeof x) ? `an ${typeof x}` : `a ${typeof x}`;
}

function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  return kindOf(x);
}

function oneOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

function field(path: string, key: string): string {
  const k = /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return path === '' ? k.replace(/^\./, '') : path + k;
}

/** Own property only, so `{"constructor": …}` tricks and prototypes never leak in. */
function get(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Thrown to stop the walk once the error limit is reached. */
class StopWalk extends Error {}
const STOP = new StopWalk('too many errors');

interface StringRule {
  required?: boolean;
  max: number;
  nonEmpty?: boolean;
}

interface ListRule {
  required?: boolean;
  min?: number;
  max?: number;
  what: string;
}

interface RecordRule extends ListRule {
  item: string;
  pattern?: RegExp;
  hint?: string;
}

/** Known ids of a list, to check references against. */
type Ids = { has(id: string): boolean };

// The rules checked for every record, made once.
const REQUIRED_ID: StringRule = { required: true, max: LIMITS.id, nonEmpty: true };
const REQUIRED_DATE: StringRule = { required: true, max: 40, nonEmpty: true };
const DATE: StringRule = { max: 40, nonEmpty: true };
const REQUIRED_NAME: StringRule = { required: true, max: LIMITS.name, nonEmpty: true };
const REQUIRED_TITLE: StringRule = { required: true, max: LIMITS.title, nonEmpty: true };
const TITLE: StringRule = { max: LIMITS.title, nonEmpty: true };
const REQUIRED_TEXT: StringRule = { required: true, max: LIMITS.text, nonEmpty: true };
const OPTIONAL_TEXT: StringRule = { max: LIMITS.text };
const OPTIONAL_NAME: StringRule = { max: LIMITS.name };
const QUOTE: StringRule = { max: LIMITS.text, nonEmpty: true };
const URL_RULE: StringRule = { max: LIMITS.url, nonEmpty: true };
const NOTES: ListRule = { what: 'notes' };
const PARTIES: ListRule = { required: true, min: 2, what: 'parties' };
const COUNTRY_IDS: ListRule = { required: true, what: 'country ids' };
const SOURCE_IDS: ListRule = { required: true, min: 1, what: 'source ids' };
const NOTE_SOURCE_IDS: ListRule = { what: 'source ids' };
const VOTE_SOURCE_IDS: ListRule = { required: true, what: 'source ids' };

class Walker {
  readonly errors: ValidationError[] = [];
  countries: Map<string, string> | null = null; // id → role (or '' when unknown)
  kinds: Ids | null = null;
  types: Map<string, unknown> | null = null; // id → kind
  sources: Ids | null = null;
  claims: Ids | null = null;
  votes: Ids | null = null;
  /** What is wrong with each date seen (null: nothing); datasets repeat a few dates many times. */
  private readonly dates = new Map<string, string | null>();
  private readonly intervals = new Map<string, string | null>();

  add(path: string, message: string): void {
    if (this.errors.length >= LIMITS.errors) {
      this.errors.push({ path: '(root)', message: MORE_ERRORS });
      throw STOP;
    }
    this.errors.push({ path: path === '' ? '(root)' : path, message });
  }

  string(o: Json, path: string, key: string, rule: StringRule): string | undefined {
    const v = get(o, key);
    if (v === undefined) {
      if (rule.required) this.add(field(path, key), 'is required (expected a string)');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(field(path, key), `expected a string, got ${kindOf(v)}`);
      return undefined;
    }
    if (rule.nonEmpty && v.trim() === '') this.add(field(path, key), 'must not be empty');
    else if (v.length > rule.max) this.add(field(path, key), `is too long (${v.length} characters; at most ${rule.max})`);
    return v;
  }

  id(o: Json, path: string, rule: RecordRule): string | undefined {
    const v = this.string(o, path, 'id', REQUIRED_ID);
    if (v === undefined || v.trim() === '' || v.length > LIMITS.id) return v;
    if (!(rule.pattern ?? ID).test(v)) {
      this.add(field(path, 'id'), `invalid ${rule.item} id ${show(v)} (${rule.hint ?? 'expected no spaces'})`);
    }
    return v;
  }

  list(o: Json, path: string, key: string, rule: ListRule): unknown[] | undefined {
    const v: unknown = get(o, key);
    if (v === undefined) {
      if (rule.required) this.add(field(path, key), `is required (expected a list of ${rule.what})`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(field(path, key), `expected a list of ${rule.what}, got ${kindOf(v)}`);
      return undefined;
    }
    const items: unknown[] = v;
    const min = rule.min ?? 0;
    if (items.length < min) {
      if (items.length === 0) this.add(field(path, key), min === 1 ? 'must not be empty' : `must not be empty (needs at least ${min} ${rule.what})`);
      else this.add(field(path, key), `needs at least ${min} ${rule.what}, got ${items.length}`);
    }
    const max = rule.max ?? LIMITS.items;
    if (items.length > max) {
      this.add(field(path, key), `has too many ${rule.what} (${items.length}; at most ${max})`);
      return items.slice(0, max);
    }
    return items;
  }

  object(v: unknown, path: string, what: string): v is Json {
    if (isObject(v)) return true;
    this.add(path, `expected ${what}, got ${kindOf(v)}`);
    return false;
  }

  date(o: Json, path: string, key: string, required: boolean, allowInterval: boolean): void {
    const v = this.string(o, path, key, required ? REQUIRED_DATE : DATE);
    if (v === undefined || v.trim() === '' || v.length > 40) return;
    const seen = allowInterval ? this.intervals : this.dates;
    let problem = seen.get(v);
    if (problem === undefined) seen.set(v, (problem = dateProblem(v, allowInterval)));
    if (problem) this.add(field(path, key), problem);
  }

  enumValue<T extends string>(o: Json, path: string, key: string, values: readonly T[], required = true): T | undefined {
    const v = get(o, key);
    if (v === undefined) {
      if (required) this.add(field(path, key), `is required (one of ${oneOf(values)})`);
      return undefined;
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.add(field(path, key), `expected one of ${oneOf(values)}, got ${show(v)}`);
      return undefined;
    }
    return v as T;
  }

  boolean(o: Json, path: string, key: string): void {
    const v = get(o, key);
    if (v !== undefined && typeof v !== 'boolean') this.add(field(path, key), `expected true or false, got ${kindOf(v)}`);
  }

  /** Checks a reference; `known` null means the referenced list was unusable (already reported). */
  ref(v: unknown, path: string, known: Ids | null, what: string): v is string {
    if (typeof v !== 'string') {
      this.add(path, `expected a ${what} id, got ${kindOf(v)}`);
      return false;
    }
    if (known && !known.has(v)) {
      this.add(path, `unknown ${what} ${show(v)}`);
      return false;
    }
    return true;
  }

  refs(o: Json, path: string, key: string, rule: ListRule, known: Ids | null, what: string): string[] {
    const items = this.list(o, path, key, rule) ?? [];
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // The common case first: a known id needs no path.
      if (typeof item === 'string' && (!known || known.has(item))) out.push(item);
      else this.ref(item, `${field(path, key)}[${i}]`, known, what);
    }
    return out;
  }

  /**
   * A top-level list of records with ids (kinds, types, countries, sources, claims, votes): each
   * item must be an object with a valid, unique id; `visit` checks the rest. Returns the ids (each
   * with the path of its record), or null when the list is absent or not a list.
   */
  records(
    input: Json,
    key: string,
    rule: RecordRule,
    visit: (item: Json, path: string, id: string | undefined) => void,
  ): Ids | null {
    const items = this.list(input, '', key, rule);
    if (!items) return null;
    const seen = new Map<string, string>();
    const what = `a ${rule.item} object`;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const p = `${key}[${i}]`;
      if (!this.object(item, p, what)) continue;
      const id = this.id(item, p, rule);
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) this.add(field(p, 'id'), `duplicate ${rule.item} id ${show(id)} (also ${first})`);
        else seen.set(id, p);
      }
      visit(item, p, id);
    }
    return seen;
  }
}

const TOP_LISTS = ['countries', 'claims', 'sources', 'kinds', 'types', 'votes'] as const;

/**
 * Checks that `input` is a version-1 dataset. Unknown extra properties are allowed.
 * On success `data` is `input` itself (not a copy).
 */
export function validate(input: unknown): ValidationResult {
  const w = new Walker();
  try {
    walk(w, input);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return w.errors.length === 0 ? { ok: true, data: input as Dataset } : { ok: false, errors: w.errors };
}

function walk(w: Walker, input: unknown): void {
  if (!isObject(input)) {
    w.add('', `expected a dataset object, got ${kindOf(input)}`);
    return;
  }
  // Oversized input: one error, no walk.
  for (const key of TOP_LISTS) {
    const v = get(input, key);
    if (Array.isArray(v) && v.length > LIMITS[key]) {
      w.add(key, `too many ${key} (${v.length}; at most ${LIMITS[key]}): the dataset is too large to show`);
      return;
    }
  }
  const version = get(input, 'version');
  if (version === undefined) w.add('version', 'is required (expected 1)');
  else if (typeof version === 'number' && version !== 1) {
    w.add('version', `unsupported version ${version} (this library reads version 1)`);
    return;
  } else if (version !== 1) w.add('version', `expected 1, got ${show(version)}`);

  w.string(input, '', 'title', { required: true, max: LIMITS.title, nonEmpty: true });
  w.date(input, '', 'asOf', true, false);
  w.boolean(input, '', 'asOfApproximate');
  w.string(input, '', 'credit', { max: LIMITS.text });
  const hub = w.string(input, '', 'hub', { required: true, max: LIMITS.id, nonEmpty: true });

  walkKinds(w, input);
  walkTypes(w, input);
  walkCountries(w, input, hub);
  walkSources(w, input);
  walkClaims(w, input);
  walkVotes(w, input);
  walkLanguages(w, input);
}

const LANG_RULE: StringRule = { max: 35, nonEmpty: true };

function languageTag(w: Walker, o: Json, path: string, key: string): void {
  const tag = w.string(o, path, key, LANG_RULE);
  if (tag !== undefined && tag.trim() !== '' && !LANGUAGE_TAG.test(tag)) w.add(field(path, key), `invalid language tag ${show(tag)}`);
}

function walkLanguages(w: Walker, input: Json): void {
  languageTag(w, input, '', 'lang');
  const translations = get(input, 'translations');
  if (translations === undefined || !w.object(translations, 'translations', 'an object of translations by language')) return;
  const keys = Object.keys(translations);
  if (keys.length > LIMITS.entries) w.add('translations', `has too many languages (${keys.length}; at most ${LIMITS.entries})`);
  for (const lang of keys.slice(0, LIMITS.entries)) {
    const p = field('translations', lang);
    if (!LANGUAGE_TAG.test(lang)) w.add(p, `invalid language tag ${show(lang)}`);
    const t = get(translations, lang);
    if (typeof t === 'string') {
      // The URL of a file holding the translation, relative to the dataset's.
      if (t.trim() === '') w.add(p, 'must not be empty (expected a translation object or the URL of one)');
      else if (/^[a-z][a-z0-9+.-]*:/i.test(t) && !/^https?:/i.test(t)) w.add(p, `URL ${show(t)}: only http and https (or a relative URL) are allowed`);
    } else if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      w.add(p, `expected a translation object or the URL of one, got ${kindOf(t)}`);
    } else walkTranslation(w, t as Json, p);
  }
}

const TRANSLATED_NAME: StringRule = { max: LIMITS.name, nonEmpty: true };
const TRANSLATED_TITLE: StringRule = { max: LIMITS.title, nonEmpty: true };
const TRANSLATED_TEXT: StringRule = { max: LIMITS.text, nonEmpty: true };

/** The entries of a translation's map (`claims`, `countries`…): each key a known id, each value an object. */
function entries(w: Walker, t: Json, path: string, key: string, known: Ids | null, what: string, visit: (o: Json, p: string) => void): void {
  const map = get(t, key);
  if (map === undefined || !w.object(map, field(path, key), `an object of ${what} translations by id`)) return;
  const ids = Object.keys(map);
  if (ids.length > LIMITS.claims) {
    w.add(field(path, key), `has too many entries (${ids.length}; at most ${LIMITS.claims})`);
    return;
  }
  for (const id of ids) {
    const p = field(field(path, key), id);
    if (known && !known.has(id)) w.add(p, `unknown ${what} ${show(id)}`);
    const o = get(map, id);
    if (w.object(o, p, `a ${what} translation object`)) visit(o, p);
  }
}

/** One language's text: every string optional, every id one the dataset has. */
function walkTranslation(w: Walker, t: Json, path: string): void {
  languageTag(w, t, path, 'lang');
  w.string(t, path, 'title', TRANSLATED_TITLE);
  w.string(t, path, 'credit', TRANSLATED_TEXT);
  const label = (o: Json, p: string): void => void w.string(o, p, 'label', TRANSLATED_NAME);
  entries(w, t, path, 'kinds', w.kinds, 'kind', label);
  entries(w, t, path, 'types', w.types, 'type', label);
  entries(w, t, path, 'countries', w.countries, 'country', (o, p) => {
    w.string(o, p, 'name', TRANSLATED_NAME);
    w.string(o, p, 'summary', TRANSLATED_TEXT);
    const leader = get(o, 'leader');
    if (leader !== undefined && w.object(leader, `${p}.leader`, 'a leader object')) {
      w.string(leader, `${p}.leader`, 'name', TRANSLATED_NAME);
      w.string(leader, `${p}.leader`, 'title', TRANSLATED_NAME);
    }
  });
  entries(w, t, path, 'claims', w.claims, 'claim', (o, p) => {
    w.string(o, p, 'text', TRANSLATED_TEXT);
    const notes = w.list(o, p, 'notes', NOTES);
    notes?.forEach((n, i) => {
      if (n !== null && typeof n !== 'string') w.add(`${p}.notes[${i}]`, `expected a string or null, got ${kindOf(n)}`);
      else if (typeof n === 'string' && n.length > LIMITS.text) w.add(`${p}.notes[${i}]`, `is too long (${n.length} characters; at most ${LIMITS.text})`);
    });
  });
  entries(w, t, path, 'sources', w.sources, 'source', (o, p) => {
    w.string(o, p, 'description', TRANSLATED_TITLE);
    w.string(o, p, 'noUrlReason', TRANSLATED_TEXT);
  });
  entries(w, t, path, 'votes', w.votes, 'vote record', (o, p) => {
    w.string(o, p, 'title', TRANSLATED_TITLE);
    w.string(o, p, 'note', TRANSLATED_TEXT);
  });
}

/**
 * Checks a translation fetched from its own file (`translations.<lang>` given as a URL) against
 * the dataset it translates: the same rules as an inline one, paths from the file's root.
 */
export function validateTranslation(input: unknown, data: Dataset): { ok: true; translation: DatasetTranslation } | { ok: false; errors: ValidationError[] } {
  const w = new Walker();
  const ids = <T extends { id: string }>(list: readonly T[] | undefined): Ids => new Set((list ?? []).map((x) => x.id));
  w.kinds = ids(data.kinds);
  w.types = new Map((data.types ?? []).map((t) => [t.id, t.kind]));
  w.countries = new Map(data.countries.map((c) => [c.id, c.role]));
  w.sources = ids(data.sources);
  w.claims = ids(data.claims);
  w.votes = ids(data.votes);
  try {
    if (isObject(input)) walkTranslation(w, input, '');
    else w.add('', `expected a translation object, got ${kindOf(input)}`);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return w.errors.length === 0 ? { ok: true, translation: input as DatasetTranslation } : { ok: false, errors: w.errors };
}

function walkKinds(w: Walker, input: Json): void {
  const rule = { required: true, min: 1, max: LIMITS.kinds, what: 'kinds', item: 'kind' };
  w.kinds = w.records(input, 'kinds', rule, (k, p) => {
    w.string(k, p, 'label', REQUIRED_NAME);
  });
}

function walkTypes(w: Walker, input: Json): void {
  const kindOfType = new Map<string, unknown>();
  const ids = w.records(input, 'types', { max: LIMITS.types, what: 'types', item: 'type' }, (t, p, id) => {
    w.string(t, p, 'label', REQUIRED_NAME);
    const kind = get(t, 'kind');
    if (kind === undefined) w.add(`${p}.kind`, 'is required (expected a kind id)');
    else w.ref(kind, `${p}.kind`, w.kinds, 'kind');
    if (id !== undefined && !kindOfType.has(id)) kindOfType.set(id, kind);
  });
  if (ids) w.types = kindOfType;
}

const COUNTRY_HINT = 'expected 1–16 upper-case letters, digits, "_" or "-", like "IRN"';

function walkCountries(w: Walker, input: Json, hub: string | undefined): void {
  const roles = new Map<string, string>();
  const hubs: { id: string; path: string }[] = [];
  const rule = { required: true, min: 1, max: LIMITS.countries, what: 'countries', item: 'country', pattern: COUNTRY_ID, hint: COUNTRY_HINT };
  const ids = w.records(input, 'countries', rule, (c, p, id) => {
    w.string(c, p, 'name', REQUIRED_NAME);
    const role = w.enumValue(c, p, 'role', ROLES);
    if (role === 'hub' && id !== undefined) hubs.push({ id, path: `${p}.role` });
    w.string(c, p, 'summary', OPTIONAL_TEXT);
    const leader = get(c, 'leader');
    if (leader !== undefined && w.object(leader, `${p}.leader`, 'a leader object')) {
      w.string(leader, `${p}.leader`, 'name', REQUIRED_NAME);
      w.string(leader, `${p}.leader`, 'title', OPTIONAL_NAME);
    }
    const names = get(c, 'names');
    if (names !== undefined && w.object(names, `${p}.names`, 'an object of names by language')) {
      const keys = Object.keys(names);
      if (keys.length > LIMITS.entries) w.add(`${p}.names`, `has too many names (${keys.length}; at most ${LIMITS.entries})`);
      for (const lang of keys.slice(0, LIMITS.entries)) {
        if (!LANGUAGE_TAG.test(lang)) w.add(field(`${p}.names`, lang), `invalid language tag ${show(lang)}`);
        w.string(names, `${p}.names`, lang, REQUIRED_NAME);
      }
    }
    if (id !== undefined && !roles.has(id)) roles.set(id, role ?? '');
  });
  if (!ids) return;
  w.countries = roles;

  if (hub === undefined || hub.trim() === '') return;
  const role = roles.get(hub);
  if (role === undefined) w.add('hub', `unknown country ${show(hub)}`);
  else if (role !== 'hub' && role !== '') w.add('hub', `country ${show(hub)} has role "${role}"; the hub needs role "hub"`);
  else {
    for (const other of hubs) {
      if (other.id !== hub) w.add(other.path, `only the hub (${show(hub)}) can have role "hub"`);
    }
  }
}

function walkSources(w: Walker, input: Json): void {
  const rule = { required: true, max: LIMITS.sources, what: 'sources', item: 'source' };
  w.sources = w.records(input, 'sources', rule, (s, p) => {
    w.string(s, p, 'publisher', REQUIRED_NAME);
    // A real headline (`title`), or a description of the source when its headline is not known.
    w.string(s, p, 'title', TITLE);
    w.string(s, p, 'description', TITLE);
    if (get(s, 'title') === undefined && get(s, 'description') === undefined) {
      w.add(`${p}.title`, 'is required (expected a string: the headline, or give a description)');
    }
    w.date(s, p, 'date', true, false);
    const url = w.string(s, p, 'url', URL_RULE);
    if (url !== undefined && url.trim() !== '' && url.length <= LIMITS.url) {
      const problem = urlProblem(url);
      if (problem) w.add(`${p}.url`, problem);
    }
    w.string(s, p, 'noUrlReason', OPTIONAL_TEXT);
  });
}

function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `invalid URL ${show(url)} (expected an absolute http or https URL)`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `URL ${show(url)} uses ${parsed.protocol.replace(/:$/, '')}; only http and https are allowed`;
  }
  return null;
}

function walkClaims(w: Walker, input: Json): void {
  w.claims = w.records(input, 'claims', { required: true, max: LIMITS.claims, what: 'claims', item: 'claim' }, (c, p) => {

    const parties = w.refs(c, p, 'parties', PARTIES, w.countries, 'country');
    w.enumValue(c, p, 'relation', RELATIONS, false);
    for (let j = 1; j < parties.length; j++) {
      if (parties.lastIndexOf(parties[j], j - 1) >= 0) w.add(`${p}.parties`, `lists country ${show(parties[j])} twice`);
    }

    const kind = get(c, 'kind');
    let kindOk = false;
    if (kind === undefined) w.add(`${p}.kind`, 'is required (expected a kind id)');
    else kindOk = w.ref(kind, `${p}.kind`, w.kinds, 'kind');
    const type = w.string(c, p, 'type', REQUIRED_ID);
    if (type !== undefined && type.trim() !== '' && w.types) {
      if (!w.types.has(type)) w.add(`${p}.type`, `unknown type ${show(type)}`);
      else {
        const typeKind = w.types.get(type);
        if (kindOk && typeof typeKind === 'string' && typeKind !== kind) {
          w.add(`${p}.type`, `type ${show(type)} belongs to kind ${show(typeKind)}, not ${show(kind)}`);
        }
      }
    }
    w.string(c, p, 'text', REQUIRED_TEXT);
    const status = get(c, 'status');
    if (status === undefined) w.add(`${p}.status`, `is required (one of ${oneOf(STATUSES)})`);
    else if (!isStatus(status)) w.add(`${p}.status`, `expected one of ${oneOf(STATUSES)}, got ${show(status)}`);
    w.refs(c, p, 'claimedBy', COUNTRY_IDS, w.countries, 'country');
    w.refs(c, p, 'deniedBy', COUNTRY_IDS, w.countries, 'country');
    w.date(c, p, 'date', true, true);
    w.refs(c, p, 'sources', SOURCE_IDS, w.sources, 'source');
    w.string(c, p, 'quote', QUOTE);
    const notes = w.list(c, p, 'notes', NOTES);
    notes?.forEach((n, j) => {
      const np = `${p}.notes[${j}]`;
      if (!w.object(n, np, 'a note object')) return;
      w.date(n, np, 'date', true, true);
      w.string(n, np, 'text', REQUIRED_TEXT);
      w.refs(n, np, 'sources', NOTE_SOURCE_IDS, w.sources, 'source');
    });
  });
}

function walkVotes(w: Walker, input: Json): void {
  w.votes = w.records(input, 'votes', { max: LIMITS.votes, what: 'vote records', item: 'vote record' }, (r, p) => {
    w.string(r, p, 'title', REQUIRED_TITLE);
    w.date(r, p, 'date', true, false);
    const votes = get(r, 'votes');
    if (votes === undefined) w.add(`${p}.votes`, 'is required (expected an object of votes by country id)');
    else if (w.object(votes, `${p}.votes`, 'an object of votes by country id')) {
      for (const id of Object.keys(votes)) {
        const vp = field(`${p}.votes`, id);
        if (w.countries && !w.countries.has(id)) w.add(vp, `unknown country ${show(id)}`);
        w.enumValue(votes, `${p}.votes`, id, VOTES);
      }
    }
    const tally = get(r, 'tally');
    if (tally !== undefined && w.object(tally, `${p}.tally`, 'an object with yes, no and abstain counts')) {
      for (const key of ['yes', 'no', 'abstain']) {
        const n = get(tally, key);
        if (n === undefined) w.add(`${p}.tally.${key}`, 'is required (expected a whole number)');
        else if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
          w.add(`${p}.tally.${key}`, `expected a whole number ≥ 0, got ${show(n)}`);
        }
      }
    }
    w.refs(r, p, 'sources', VOTE_SOURCE_IDS, w.sources, 'source');
    w.string(r, p, 'note', OPTIONAL_TEXT);
  });
}
