/**
 * What the matrix shows, before any DOM: its rows and columns, each cell's status and count, the
 * cell in words and as a mark. The element, its row directive, the tooltip and the adjacency
 * views all read this model; none of them reads another's state.
 */
import { orderRows, supportMatrix } from '../data/matrix.js';
import { STATUS_LABELS } from '../data/status.js';
import type { Claim, Country, Dataset, Status } from '../data/types.js';
import { abbreviate } from '../layout/matrix-layout.js';
import { STATUS_SYMBOL } from '../styles/encoding.js';
import { kindEncoding, type KindStyle } from '../styles/kinds.js';

/** What a cell shows: the strongest status, `none` (no claim) or `self` (the adjacency diagonal). */
export type CellStatus = Status | 'none' | 'self';

/** A row or column: a country, or a kind or type of support. */
export interface AxisItem {
  id: string;
  label: string;
  short: string;
  /** The kind of a kind or type column (its colour); none for countries. */
  kind?: KindStyle;
  /** The letter a kind column shows beside its label. */
  letter?: string;
}

/** Type columns under their kind (`columns="types"`). */
export interface AxisGroup {
  label: string;
  kind: KindStyle;
  items: AxisItem[];
}

export interface Cell {
  status: CellStatus;
  count: number;
  /** The kind of the cell's column; none in adjacency mode. */
  kind?: KindStyle;
  /** Some claim of the mark is denied: the cell says so beside its status. */
  contested?: boolean;
}

/** A cell in the reader's terms: the row's country and the column id (kind, type or country). */
export interface CellRef {
  row: string;
  col: string;
}

export interface Model {
  data: Dataset;
  /** Countries in dataset order (rows; in adjacency mode also the columns). */
  countries: Country[];
  /** Kinds or types (support mode). */
  columns: AxisItem[];
  groups?: AxisGroup[];
  /** The kind colours as custom properties, for the view's root (see ../styles/kinds.ts). */
  kindProperties: Readonly<Record<string, string>>;
  orderInput: Parameters<typeof orderRows>[1];
  cell: (row: string, col: string) => Cell;
  /** The claims behind a cell (for its tooltip). */
  claims: (row: string, col: string) => Claim[];
  /** A country's name, or a column's label. */
  name: (id: string) => string;
  adjacency?: boolean;
}

/** Each cell status as a symbol and in words (cells, legend, tooltip). */
export const CELL_SYMBOL: Record<CellStatus, string> = { ...STATUS_SYMBOL, none: '·', self: '' };
export const CELL_LABEL: Record<CellStatus, string> = { ...STATUS_LABELS, none: 'No claim', self: 'Same country' };

/** Strings by status and count: a matrix repeats a few of them in thousands of cells. */
const memo = (make: (cell: Cell) => string): ((cell: Cell) => string) => {
  const made = new Map<string, string>();
  return (cell) => {
    const key = `${cell.status} ${cell.count} ${cell.contested === true}`;
    let text = made.get(key);
    if (text === undefined) made.set(key, (text = make(cell)));
    return text;
  };
};

/** A cell in words: "Alleged, 2 claims", "No claim". */
export const cellText = memo(({ status, count, contested }) => {
  const label = contested && status !== 'denied' ? `${CELL_LABEL[status]} · denied` : CELL_LABEL[status];
  return count ? `${label}, ${count} claim${count > 1 ? 's' : ''}` : label;
});

/** A cell's mark: the status symbol and the number of claims. */
export const cellMark = memo(
  ({ status, count, contested }) => `${CELL_SYMBOL[status]}${contested && status !== 'denied' ? CELL_SYMBOL.denied : ''}${count || ''}`,
);

/** Names by id: countries win over columns, as rows are countries. */
export const namesOf = (countries: readonly Country[], columns: readonly AxisItem[] = []): ((id: string) => string) => {
  const names = new Map<string, string>([...columns.map((c) => [c.id, c.label] as const), ...countries.map((c) => [c.id, c.name] as const)]);
  return (id) => names.get(id) ?? id;
};

/** Columns, cells and colours of `mode="support"`, from the dataset. */
export function supportModel(data: Dataset, types: boolean, kinds: readonly string[] | undefined): Model {
  const matrix = supportMatrix(data, { columns: types ? 'types' : 'kinds' });
  const encoding = kindEncoding(data.kinds);
  const keep = (kind: string): boolean => !kinds || kinds.includes(kind);
  const columns: AxisItem[] = matrix.columns
    .filter((c) => keep(c.kind))
    .map((c) => {
      const kind = encoding.of(c.kind);
      return {
        id: c.id,
        label: c.label,
        // Abbreviated type labels read worse than rotated full ones, so only kinds get a short form.
        short: types ? c.label : abbreviate(c.label, 5),
        kind,
        letter: types ? undefined : kind?.letter,
      };
    });
  const orderInput = matrix.cells.filter((c) => keep(c.kind));
  // Every cell's view made once, so that drawing one is two lookups.
  type Entry = { view: Cell; claims: Claim[] };
  const byRow = new Map<string, Map<string, Entry>>();
  for (const c of orderInput) {
    let row = byRow.get(c.row);
    if (!row) byRow.set(c.row, (row = new Map<string, Entry>()));
    row.set(c.col, {
      view: { status: c.status ?? 'none', count: c.count, kind: encoding.of(c.kind), contested: c.contested },
      claims: c.claims,
    });
  }
  const empty: Cell = { status: 'none', count: 0 };
  return {
    data,
    countries: matrix.rows,
    columns,
    groups: types
      ? encoding.list
          .map((kind) => ({ label: kind.label, kind, items: columns.filter((c) => c.kind === kind) }))
          .filter((g) => g.items.length > 0)
      : undefined,
    kindProperties: encoding.properties,
    orderInput,
    cell: (row, col) => byRow.get(row)?.get(col)?.view ?? empty,
    claims: (row, col) => byRow.get(row)?.get(col)?.claims ?? [],
    name: namesOf(data.countries, columns),
  };
}
