/**
 * The adjacency matrix (`mode="adjacency"`) as a model: country × country from a compact grid,
 * typed arrays instead of one object per cell, so that 1,000 × 1,000 takes a few megabytes and
 * milliseconds. The same model serves the table and, above its size limit, the canvas.
 */
import { MARK_ORDER, markRank } from '../data/evidence.js';
import { supports, tiesOf } from '../data/relations.js';
import type { Claim, Country, Dataset, Status } from '../data/types.js';
import { namesOf, type Model } from './matrix-model.js';

/** Code of a diagonal cell; other codes are 0 (no claim) or 1 + `markRank` of the cell's status. */
export const SELF_CODE = 7;

/** Statuses by code − 1 (`MARK_ORDER`: `denied` last). */
export const CODE_STATUSES = MARK_ORDER;

export interface CompactAdjacency {
  /** Countries that are a party to some claim (of any kind, so that filtering keeps the axes), in dataset order. */
  countries: Country[];
  index: Map<string, number>;
  /**
   * n × n, row-major: 0 no claim, 1 + `markRank` of the cell's status by the one rule (support the
   * row's country gives the column's), SELF_CODE on the diagonal.
   */
  codes: Uint8Array;
  /** n × n, row-major: number of claims of support from the row's country to the column's (saturates at 65,535). */
  counts: Uint16Array;
  /** Ordered pairs of countries with at least one claim of support. */
  pairs: number;
}

const wanted = (kinds: readonly string[] | undefined): ((claim: Claim) => boolean) => {
  if (!kinds) return () => true;
  const set = new Set(kinds);
  return (claim) => set.has(claim.kind);
};

export function compactAdjacency(data: Dataset, kinds?: readonly string[]): CompactAdjacency {
  const involved = new Set<string>();
  for (const claim of data.claims) for (const id of claim.parties) involved.add(id);
  const countries = data.countries.filter((c) => involved.has(c.id));
  const index = new Map<string, number>();
  countries.forEach((c, i) => index.set(c.id, i));
  const n = countries.length;
  const codes = new Uint8Array(n * n);
  const counts = new Uint16Array(n * n);
  for (let i = 0; i < n; i++) codes[i * n + i] = SELF_CODE;
  const keep = wanted(kinds);
  let pairs = 0;
  for (const claim of data.claims) {
    if (!keep(claim)) continue;
    const code = markRank(claim.status) + 1;
    for (const tie of tiesOf(claim, data.hub)) {
      if (tie.relation !== 'support') continue;
      const a = index.get(tie.source);
      const b = index.get(tie.target);
      if (a === undefined || b === undefined) continue;
      const k = a * n + b;
      if (counts[k] === 0) pairs++;
      if (counts[k] < 0xffff) counts[k] += 1;
      const current = codes[k];
      // A denial never outranks: it only stands when the cell has nothing else (markRank puts it last).
      if (current === 0 || code < current) codes[k] = code;
    }
  }
  return { countries, index, codes, counts, pairs };
}

/** Status of a code, or null for "no claim" and the diagonal. */
export function statusOfCode(code: number, statuses: readonly Status[]): Status | null {
  return code >= 1 && code <= statuses.length ? (statuses[code - 1] ?? null) : null;
}

/** The claims of support from `a` to `b`, in dataset order (for one cell's tooltip). */
export function claimsBetween(data: Dataset, a: string, b: string, kinds?: readonly string[]): Claim[] {
  if (a === b) return [];
  const keep = wanted(kinds);
  return data.claims.filter((c) => keep(c) && supports(c, a, b));
}

export interface KindStat {
  row: string;
  kind: string;
  count: number;
  status: Status | null;
}

/**
 * For `orderRows()` in adjacency mode: per country and kind, how many ties of support it gives or
 * receives and the strongest status. Every country gets every kind, in `data.kinds` order, so
 * clusters follow that order.
 */
export function adjacencyKindStats(
  data: Dataset,
  countries: readonly Country[],
  kinds?: readonly string[],
): KindStat[] {
  const keep = wanted(kinds);
  const kindIds = data.kinds.map((k) => k.id).filter((id) => !kinds || kinds.includes(id));
  const stats = new Map<string, { count: number; best: number }>();
  for (const claim of data.claims) {
    if (!keep(claim)) continue;
    for (const tie of tiesOf(claim, data.hub)) {
      if (tie.relation !== 'support') continue;
      for (const id of [tie.source, tie.target]) {
        const key = `${id}\u0000${claim.kind}`;
        const entry = stats.get(key) ?? { count: 0, best: Infinity };
        entry.count += 1;
        entry.best = Math.min(entry.best, markRank(claim.status));
        stats.set(key, entry);
      }
    }
  }
  return countries.flatMap((country) =>
    kindIds.map((kind): KindStat => {
      const entry = stats.get(`${country.id}\u0000${kind}`);
      return { row: country.id, kind, count: entry?.count ?? 0, status: entry ? (CODE_STATUSES[entry.best] ?? null) : null };
    }),
  );
}

export interface AdjacencyModel extends Model {
  grid: CompactAdjacency;
}

export function adjacencyModel(data: Dataset, kinds?: readonly string[]): AdjacencyModel {
  const grid = compactAdjacency(data, kinds);
  const { countries, index, codes, counts } = grid;
  const n = countries.length;
  return {
    data,
    grid,
    countries,
    columns: [],
    kindProperties: {},
    adjacency: true,
    orderInput: adjacencyKindStats(data, countries, kinds),
    cell: (row, col) => {
      const k = (index.get(row) ?? 0) * n + (index.get(col) ?? 0);
      const code = codes[k];
      return { status: code === SELF_CODE ? 'self' : (statusOfCode(code, CODE_STATUSES) ?? 'none'), count: counts[k] };
    },
    claims: (row, col) => claimsBetween(data, row, col, kinds),
    name: namesOf(data.countries),
  };
}
