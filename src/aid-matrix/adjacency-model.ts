/**
 * The adjacency matrix (`mode="adjacency"`) as a model: country × country from a compact grid,
 * typed arrays instead of one object per cell, so that 1,000 × 1,000 takes a few megabytes and
 * milliseconds. The same model serves the table and, above its size limit, the canvas.
 */
import { MARK_ORDER, evidenceOf, markRank } from '../data/evidence.js';
import { claimsByPair } from '../data/pairs.js';
import { tiesOf } from '../data/relations.js';
import type { Claim, Country, Dataset, Status } from '../data/types.js';
import { cellLabel, claimGroups, inText, namesOf, type Cell, type CellClaims, type Model } from './matrix-model.js';

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
  /**
   * n × n, row-major, symmetric: number of joint activities that tie the two countries (by
   * `tiesOf`: two-party joint activity, and each participant's tie to the hub), shown apart.
   */
  joint: Uint16Array;
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
  const joint = new Uint16Array(n * n);
  for (let i = 0; i < n; i++) codes[i * n + i] = SELF_CODE;
  const keep = wanted(kinds);
  let pairs = 0;
  for (const claim of data.claims) {
    if (!keep(claim)) continue;
    const code = markRank(claim.status) + 1;
    for (const tie of tiesOf(claim, data.hub)) {
      const a = index.get(tie.source);
      const b = index.get(tie.target);
      if (a === undefined || b === undefined) continue;
      const k = a * n + b;
      if (tie.relation === 'joint') {
        if (joint[k] < 0xffff) joint[k] += 1;
        if (joint[b * n + a] < 0xffff) joint[b * n + a] += 1;
        continue;
      }
      if (counts[k] === 0) pairs++;
      if (counts[k] < 0xffff) counts[k] += 1;
      const current = codes[k];
      // A denial never outranks: it only stands when the cell has nothing else (markRank puts it last).
      if (current === 0 || code < current) codes[k] = code;
    }
  }
  return { countries, index, codes, counts, joint, pairs };
}

/** Status of a code, or null for "no claim" and the diagonal. */
export function statusOfCode(code: number, statuses: readonly Status[]): Status | null {
  return code >= 1 && code <= statuses.length ? (statuses[code - 1] ?? null) : null;
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

const SELF: Cell = Object.freeze({ status: 'self', count: 0, contested: false, joint: 0, received: 0 });
const NONE: Cell = Object.freeze({ status: 'none', count: 0, contested: false, joint: 0, received: 0 });
const NO_CLAIMS: CellClaims = { claims: [], joint: [], received: [] };

export function adjacencyModel(data: Dataset, kinds?: readonly string[]): AdjacencyModel {
  const grid = compactAdjacency(data, kinds);
  const { countries, index, codes, counts, joint } = grid;
  const n = countries.length;
  const name = namesOf(data.countries);
  const said = inText(name);
  // The claims behind a cell only for the cells a reader reaches, indexed on first need.
  let byPair: ReturnType<typeof claimsByPair> | undefined;
  const claimsOf = (row: string, col: string): CellClaims => {
    const { given, joint } = (byPair ??= claimsByPair(data, kinds))(row, col);
    return { claims: given, joint, received: [] };
  };
  const made = new Map<number, { cell: Cell; label?: string }>();
  const at = (row: string, col: string): number => (index.get(row) ?? 0) * n + (index.get(col) ?? 0);
  const cell = (row: string, col: string): Cell => {
    const k = at(row, col);
    const code = codes[k];
    if (code === SELF_CODE) return SELF;
    if (counts[k] === 0 && joint[k] === 0) return NONE;
    let entry = made.get(k);
    if (!entry) {
      const { claims } = claimsOf(row, col);
      const status = statusOfCode(code, CODE_STATUSES) ?? 'none';
      entry = { cell: { status, count: counts[k], contested: evidenceOf(claims).contested, joint: joint[k], received: 0 } };
      made.set(k, entry);
    }
    return entry.cell;
  };
  return {
    data,
    grid,
    countries,
    columns: [],
    kindProperties: {},
    adjacency: true,
    orderInput: adjacencyKindStats(data, countries, kinds),
    cell,
    claims: (row, col) => claimsOf(row, col).claims,
    tipGroups: (row, col) => claimGroups(claimsOf(row, col), { gives: `Support from ${said(row)} to ${said(col)}`, receives: '' }),
    label: (row, col) => {
      const shown = cell(row, col);
      const entry = made.get(at(row, col));
      const words = (claims: CellClaims): string => cellLabel(shown, claims, { row: said(row), other: said(col) }, data);
      // Cells without claims share their words; the others make theirs once.
      return entry ? (entry.label ??= words(claimsOf(row, col))) : words(NO_CLAIMS);
    },
    name,
    apart: { joint: joint.some((x) => x > 0), received: false },
  };
}
