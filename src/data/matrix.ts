import { evidenceOf, markRank, type Evidence } from './evidence.js';
import { byId, distinct, orderOf, rank } from './lookup.js';
import { claimsByPair } from './pairs.js';
import { relationOf, supports } from './relations.js';
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
  /** The support the row's country gives the hub, of this column, in dataset order: the cell's mark. */
  claims: Claim[];
  count: number;
  /** The mark's status by the one rule (`evidenceOf`); null for an empty cell. */
  status: Status | null;
  /** Some claim of the mark is denied. */
  contested: boolean;
  evidence: Evidence;
  /** Joint activity of the row's country with the hub, of this column: shown apart, never in the status. */
  joint: Claim[];
  /** Support the hub gives the row's country, of this column: shown apart, never in the status. */
  received: Claim[];
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

type Bucket = 'claims' | 'joint' | 'received';

/**
 * Allies × kinds (or types). A cell's mark is the support its ally gives the hub, and only that
 * (`docs/evidence.md`); joint activity with the hub and the hub's support to the ally are kept
 * beside it, apart.
 */
export function supportMatrix(data: Dataset, options: SupportMatrixOptions = {}): SupportMatrix {
  const by = options.columns ?? 'kinds';
  const { hub } = data;
  const rows = data.countries.filter((c) => c.role === 'ally');
  const columns = matrixColumns(data, by);
  const rowIds = byId(rows);
  // Claims by row, column and bucket: no composite keys to build for each of the rows × columns.
  const buckets = new Map<string, Map<string, Record<Bucket, Claim[]>>>();
  const put = (row: string, col: string, bucket: Bucket, claim: Claim): void => {
    let cols = buckets.get(row);
    if (!cols) buckets.set(row, (cols = new Map<string, Record<Bucket, Claim[]>>()));
    let cell = cols.get(col);
    if (!cell) cols.set(col, (cell = { claims: [], joint: [], received: [] }));
    if (!cell[bucket].includes(claim)) cell[bucket].push(claim);
  };
  for (const claim of data.claims) {
    const col = by === 'kinds' ? claim.kind : claim.type;
    const relation = relationOf(claim);
    const [giver] = claim.parties;
    if (relation === 'support') {
      if (giver !== hub && rowIds.has(giver) && supports(claim, giver, hub)) put(giver, col, 'claims', claim);
      else if (giver === hub) for (const id of claim.parties) if (id !== hub && rowIds.has(id)) put(id, col, 'received', claim);
    } else if (relation === 'joint' && claim.parties.includes(hub)) {
      for (const id of claim.parties) if (id !== hub && rowIds.has(id)) put(id, col, 'joint', claim);
    }
  }
  const cells: MatrixCell[] = [];
  for (const row of rows) {
    const mine = buckets.get(row.id);
    for (const col of columns) {
      const found = mine?.get(col.id);
      const claims = found?.claims ?? [];
      const evidence = evidenceOf(claims);
      cells.push({
        row: row.id,
        col: col.id,
        kind: col.kind,
        claims,
        count: claims.length,
        status: evidence.status,
        contested: evidence.contested,
        evidence,
        joint: found?.joint ?? [],
        received: found?.received ?? [],
      });
    }
  }
  return { rows, columns, cells };
}

export interface AdjacencyCell {
  /** The country that gives (row). */
  row: string;
  /** The country that receives (column). */
  col: string;
  /** Support the row's country gives the column's, in dataset order (none on the diagonal): the mark. */
  claims: Claim[];
  count: number;
  /** By the one rule (`evidenceOf`). */
  status: Status | null;
  contested: boolean;
  /** Kinds of that support, in `data.kinds` order. */
  kinds: string[];
  /** Joint activity that ties the two (the same in both directions): shown apart. */
  joint: Claim[];
  /** True for a country against itself. */
  diagonal: boolean;
}

export interface AdjacencyMatrix {
  /** Every country that is a party to some claim (of any kind, so filtering keeps the axes), in dataset order. */
  countries: Country[];
  /** Every ordered pair, row by row, including the diagonal: support from the row's country to the column's. */
  cells: AdjacencyCell[];
}

/**
 * Country × country: the support each row country gives each column country, and apart the
 * joint activity that ties them, by the ties of `tiesOf` (a multilateral event ties no pair).
 */
export function adjacencyMatrix(data: Dataset, options: { kinds?: readonly string[] } = {}): AdjacencyMatrix {
  const involved = new Set(data.claims.flatMap((c) => c.parties));
  const countries = data.countries.filter((c) => involved.has(c.id));
  const kindOrder = orderOf(data.kinds);
  const pair = claimsByPair(data, options.kinds);
  const cells: AdjacencyCell[] = [];
  for (const row of countries) {
    for (const col of countries) {
      const diagonal = row.id === col.id;
      const { given: claims, joint } = pair(row.id, col.id);
      const evidence = evidenceOf(claims);
      cells.push({
        row: row.id,
        col: col.id,
        claims,
        count: claims.length,
        status: evidence.status,
        contested: evidence.contested,
        kinds: distinct(claims.map((c) => c.kind)).sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b)),
        joint,
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
    const status = statuses.length ? statuses.reduce((a, b) => (markRank(b) < markRank(a) ? b : a)) : null;
    const most = Math.max(0, ...perKind);
    return {
      id: row.id,
      name: row.name,
      index,
      count,
      best: status === null ? Number.MAX_SAFE_INTEGER : markRank(status),
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
