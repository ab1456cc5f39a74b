/**
 * The adjacency matrix (`mode="adjacency"`) as a model: country × country from a compact grid,
 * typed arrays instead of one object per cell, so that 1,000 × 1,000 takes a few megabytes and
 * milliseconds. The same model serves the table and, above its size limit, the canvas.
 */
import { STATUSES, statusRank, strongestStatus } from '../data/status.js';
import type { Claim, Country, Dataset, Status } from '../data/types.js';
import { namesOf, type Model } from './matrix-model.js';

/** Code of a diagonal cell; other codes are 0 (no claim) or 1 + `statusRank`. */
export const SELF_CODE = 7;

export interface CompactAdjacency {
  /** Countries that are a party to some claim (of any kind, so that filtering keeps the axes), in dataset order. */
  countries: Country[];
  index: Map<string, number>;
  /** n × n, row-major: 0 no claim, 1 + statusRank of the strongest shared claim, SELF_CODE on the diagonal. */
  codes: Uint8Array;
  /** n × n, row-major: number of shared claims (saturates at 65,535). */
  counts: Uint16Array;
  /** Unordered pairs of countries that share at least one claim. */
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
    const code = statusRank(claim.status) + 1;
    const parties = [...new Set(claim.parties)].map((id) => index.get(id) ?? -1).filter((i) => i >= 0);
    for (const a of parties) {
      for (const b of parties) {
        if (a === b) continue;
        const k = a * n + b;
        if (counts[k] === 0 && a < b) pairs++;
        if (counts[k] < 0xffff) counts[k] += 1;
        const current = codes[k];
        if (current === 0 || code < current) codes[k] = code;
      }
    }
  }
  return { countries, index, codes, counts, pairs };
}

/** Status of a code, or null for "no claim" and the diagonal. */
export function statusOfCode(code: number, statuses: readonly Status[]): Status | null {
  return code >= 1 && code <= statuses.length ? (statuses[code - 1] ?? null) : null;
}

/** The claims two countries share, in dataset order (for one cell's tooltip). */
export function claimsBetween(data: Dataset, a: string, b: string, kinds?: readonly string[]): Claim[] {
  if (a === b) return [];
  const keep = wanted(kinds);
  return data.claims.filter((c) => keep(c) && c.parties.includes(a) && c.parties.includes(b));
}

export interface KindStat {
  row: string;
  kind: string;
  count: number;
  status: Status | null;
}

/**
 * For `orderRows()` in adjacency mode: per country and kind, how many links it has and the
 * strongest. Every country gets every kind, in `data.kinds` order, so clusters follow that order.
 */
export function adjacencyKindStats(
  data: Dataset,
  countries: readonly Country[],
  kinds?: readonly string[],
): KindStat[] {
  const keep = wanted(kinds);
  const kindIds = data.kinds.map((k) => k.id).filter((id) => !kinds || kinds.includes(id));
  const stats = new Map<string, { count: number; statuses: Status[] }>();
  for (const claim of data.claims) {
    if (!keep(claim)) continue;
    const parties = [...new Set(claim.parties)];
    if (parties.length < 2) continue;
    for (const id of parties) {
      const key = `${id}\u0000${claim.kind}`;
      const entry = stats.get(key) ?? { count: 0, statuses: [] };
      entry.count += parties.length - 1;
      entry.statuses.push(claim.status);
      stats.set(key, entry);
    }
  }
  return countries.flatMap((country) =>
    kindIds.map((kind): KindStat => {
      const entry = stats.get(`${country.id}\u0000${kind}`);
      return { row: country.id, kind, count: entry?.count ?? 0, status: strongestStatus(entry?.statuses ?? []) };
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
      return { status: code === SELF_CODE ? 'self' : (statusOfCode(code, STATUSES) ?? 'none'), count: counts[k] };
    },
    claims: (row, col) => claimsBetween(data, row, col, kinds),
    name: namesOf(data.countries),
  };
}
