import { byId, distinct, orderOf, rank } from './lookup.js';
import { statusRank, strongestStatus } from './status.js';
import type { Claim, Country, Dataset, Status } from './types.js';

export interface MatrixColumn {
  /** Kind id, or type id when the columns are types. */
  id: string;
  label: string;
  /** The kind the column belongs to (itself for kind columns). */
  kind: string;
}

export interface MatrixCell {
  /** Country id. */
  row: string;
  /** Column id. */
  col: string;
  /** Kind of the column. */
  kind: string;
  /** Claims in which the row country is a party, in dataset order. */
  claims: Claim[];
  count: number;
  /** Strongest status of the claims; null for an empty cell. */
  status: Status | null;
}

export interface SupportMatrix {
  /** The allies, in dataset order. */
  rows: Country[];
  columns: MatrixColumn[];
  /** Every row × column, row by row, including empty cells. */
  cells: MatrixCell[];
}

export interface SupportMatrixOptions {
  /** `kinds` (default) or the finer `types`. */
  columns?: 'kinds' | 'types';
}

/** "energy-purchase" → "Energy purchase". */
export function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function matrixColumns(data: Dataset, by: 'kinds' | 'types'): MatrixColumn[] {
  if (by === 'kinds') return data.kinds.map((k) => ({ id: k.id, label: k.label, kind: k.id }));
  const columns: MatrixColumn[] = (data.types ?? []).map((t) => ({ id: t.id, label: t.label, kind: t.kind }));
  const known = new Set(columns.map((c) => c.id));
  for (const claim of data.claims) {
    if (known.has(claim.type)) continue;
    known.add(claim.type);
    columns.push({ id: claim.type, label: labelFromId(claim.type), kind: claim.kind });
  }
  const kindOrder = orderOf(data.kinds);
  return columns.sort((a, b) => rank(kindOrder, a.kind) - rank(kindOrder, b.kind));
}

/**
 * Allies × kinds (or types): each cell gathers the claims in which the ally is a party,
 * giving or receiving.
 */
export function supportMatrix(data: Dataset, options: SupportMatrixOptions = {}): SupportMatrix {
  const by = options.columns ?? 'kinds';
  const rows = data.countries.filter((c) => c.role === 'ally');
  const columns = matrixColumns(data, by);
  const rowIds = byId(rows);
  // Claims by row, then by column: no composite keys to build for each of the rows × columns.
  const buckets = new Map<string, Map<string, Claim[]>>();
  for (const claim of data.claims) {
    const col = by === 'kinds' ? claim.kind : claim.type;
    for (const id of distinct(claim.parties)) {
      if (!rowIds.has(id)) continue;
      let row = buckets.get(id);
      if (!row) buckets.set(id, (row = new Map<string, Claim[]>()));
      const list = row.get(col);
      if (list) list.push(claim);
      else row.set(col, [claim]);
    }
  }
  const none: Claim[] = [];
  const cells: MatrixCell[] = [];
  for (const row of rows) {
    const mine = buckets.get(row.id);
    for (const col of columns) {
      const claims = mine?.get(col.id) ?? none;
      cells.push({
        row: row.id,
        col: col.id,
        kind: col.kind,
        claims: claims === none ? [] : claims,
        count: claims.length,
        status: claims.length ? strongestStatus(claims.map((c) => c.status)) : null,
      });
    }
  }
  return { rows, columns, cells };
}

export interface AdjacencyCell {
  row: string;
  col: string;
  /** Claims in which both countries are parties (none on the diagonal), in dataset order. */
  claims: Claim[];
  count: number;
  status: Status | null;
  /** Kinds of the shared claims, in `data.kinds` order. */
  kinds: string[];
  /** True for a country against itself. */
  diagonal: boolean;
}

export interface AdjacencyMatrix {
  /** Every country that is a party to some claim (of any kind, so filtering keeps the axes), in dataset order. */
  countries: Country[];
  /** Every ordered pair, row by row, including the diagonal; symmetric. */
  cells: AdjacencyCell[];
}

/** Country × country: the claims each pair shares. */
export function adjacencyMatrix(data: Dataset, options: { kinds?: readonly string[] } = {}): AdjacencyMatrix {
  const involved = new Set(data.claims.flatMap((c) => c.parties));
  const countries = data.countries.filter((c) => involved.has(c.id));
  const wanted = options.kinds ? new Set(options.kinds) : null;
  const kindOrder = orderOf(data.kinds);
  const shared = new Map<string, Claim[]>();
  for (const claim of data.claims) {
    if (wanted && !wanted.has(claim.kind)) continue;
    const parties = distinct(claim.parties);
    for (const a of parties) {
      for (const b of parties) {
        if (a === b) continue;
        const key = `${a}\u0000${b}`;
        const list = shared.get(key) ?? [];
        list.push(claim);
        shared.set(key, list);
      }
    }
  }
  const cells: AdjacencyCell[] = [];
  for (const row of countries) {
    for (const col of countries) {
      const diagonal = row.id === col.id;
      const claims = diagonal ? [] : (shared.get(`${row.id}\u0000${col.id}`) ?? []);
      cells.push({
        row: row.id,
        col: col.id,
        claims,
        count: claims.length,
        status: strongestStatus(claims.map((c) => c.status)),
        kinds: distinct(claims.map((c) => c.kind)).sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b)),
        diagonal,
      });
    }
  }
  return { countries, cells };
}

export type RowOrder = 'support' | 'name' | 'kind';

interface RowStats {
  id: string;
  name: string;
  index: number;
  count: number;
  /** Rank of the strongest status; rows without claims last. */
  best: number;
  /** Index (in column-kind order) of the kind with most claims; rows without claims last. */
  cluster: number;
}

/**
 * Row ids in display order. `support`: most claims first (ties: strongest status, then dataset
 * order); `name`: by name in `locale`; `kind`: clustered by the kind in which each row has most
 * claims (kind order as in the cells), then by support. Deterministic.
 */
export function orderRows(
  rows: readonly Country[],
  cells: readonly { row: string; kind: string; count: number; status: Status | null }[],
  order: RowOrder,
  locale?: string | string[],
): string[] {
  const kinds = distinct(cells.map((c) => c.kind));
  const byRow = new Map<string, (typeof cells)[number][]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const kindIndex = new Map(kinds.map((k, i) => [k, i]));
  const stats: RowStats[] = rows.map((row, index) => {
    const perKind: number[] = kinds.map(() => 0);
    const statuses: Status[] = [];
    for (const cell of byRow.get(row.id) ?? []) {
      perKind[kindIndex.get(cell.kind)!] += cell.count;
      if (cell.status) statuses.push(cell.status);
    }
    const count = perKind.reduce((n, x) => n + x, 0);
    const status = strongestStatus(statuses);
    const most = Math.max(0, ...perKind);
    return {
      id: row.id,
      name: row.name,
      index,
      count,
      best: status === null ? Number.MAX_SAFE_INTEGER : statusRank(status),
      cluster: most === 0 ? Number.MAX_SAFE_INTEGER : perKind.indexOf(most),
    };
  });
  const bySupport = (a: RowStats, b: RowStats): number => b.count - a.count || a.best - b.best || a.index - b.index;
  let compare: (a: RowStats, b: RowStats) => number = bySupport;
  if (order === 'name') {
    const collator = new Intl.Collator(locale);
    compare = (a, b) => collator.compare(a.name, b.name) || a.index - b.index;
  } else if (order === 'kind') {
    compare = (a, b) => a.cluster - b.cluster || bySupport(a, b);
  }
  return stats.sort(compare).map((s) => s.id);
}
