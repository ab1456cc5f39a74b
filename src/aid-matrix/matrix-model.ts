/**
 * What the matrix shows, before any DOM: its rows and columns, each cell's status and count, what
 * it shows apart (joint activity, support received), the cell in words and as a mark. The
 * element, its row directive, the tooltip and the adjacency views all read this model; none of
 * them reads another's state.
 */
import { capitalize, evidenceLabel, markEvidenceText, nameInText } from '../data/describe.js';
import { NO_EVIDENCE } from '../data/evidence.js';
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

/** A cell's mark: its status by the one rule, its count and its denial; and apart, what is never in its status. */
export interface Cell {
  status: CellStatus;
  /** Claims of support behind the mark. */
  count: number;
  /** The kind of the cell's column; none in adjacency mode. */
  kind?: KindStyle;
  /** Some claim of the mark is denied: the cell says so beside its status. */
  contested?: boolean;
  /** Joint activity shown apart: the row's country with the hub (support mode), or the pair (adjacency). */
  joint?: number;
  /** The hub's support to the row's country, shown apart (support mode). */
  received?: number;
}

/** The claims of one cell, by how they stand to it. */
export interface CellClaims {
  /** The support the row's country gives (the hub, or the column's country): the mark. */
  claims: Claim[];
  /** Joint activity, apart. */
  joint: Claim[];
  /** The hub's support to the row's country, apart. */
  received: Claim[];
}

/** One group of a cell's claims, as its tooltip lists them. */
export interface ClaimGroup {
  /** "Support to Russia", "Support from Russia", "Joint activity (not counted as support)". */
  heading: string;
  claims: readonly Claim[];
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
  /** The claims of support behind a cell's mark. */
  claims: (row: string, col: string) => Claim[];
  /** Every claim of a cell, grouped as its tooltip lists them (empty groups left out). */
  tipGroups: (row: string, col: string) => ClaimGroup[];
  /** The cell in words, as its claims say it: its accessible name, and the canvas's readout. */
  label: (row: string, col: string) => string;
  /** A country's name, or a column's label. */
  name: (id: string) => string;
  /** Whether some cell shows joint activity, or support received, apart (the legend explains only what is there). */
  apart: { joint: boolean; received: boolean };
  adjacency?: boolean;
}

/** Each cell status as a symbol and in words (cells, legend, tooltip). */
export const CELL_SYMBOL: Record<CellStatus, string> = { ...STATUS_SYMBOL, none: '·', self: '' };
export const CELL_LABEL: Record<CellStatus, string> = { ...STATUS_LABELS, none: 'No claim', self: 'Same country' };

/** The marks apart from the status: joint activity, and the hub's support to the row's country. */
export const JOINT_SYMBOL = '↔';
export const RECEIVED_SYMBOL = '←';

/** The heading of joint activity in a tooltip. */
export const JOINT_HEADING = 'Joint activity (not counted as support)';

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

const claimCount = (n: number): string => `${n} claim${n === 1 ? '' : 's'}`;

/** A cell's status in words, with its denial and count: "Alleged · denied, 2 claims", "No claim". */
export const cellText = memo(({ status, count, contested }) => {
  const label =
    status === 'none' || status === 'self' ? CELL_LABEL[status] : evidenceLabel({ ...NO_EVIDENCE, status, contested: contested === true });
  return count ? `${label}, ${claimCount(count)}` : label;
});

/** A cell's mark: the status symbol, a ✕ beside it when a party denies a claim, and the number of claims. */
export const cellMark = memo(
  ({ status, count, contested }) => `${CELL_SYMBOL[status]}${contested && status !== 'denied' ? CELL_SYMBOL.denied : ''}${count || ''}`,
);

/**
 * What a cell shows apart from its mark: "←1 ↔3" (support received, joint activity); `compact`
 * (narrow cells): the glyphs only, "←↔", the counts being in the cell's accessible name.
 */
export function apartMark({ joint = 0, received = 0 }: Cell, compact: boolean): string {
  const marks: string[] = [];
  if (received) marks.push(compact ? RECEIVED_SYMBOL : `${RECEIVED_SYMBOL}${received}`);
  if (joint) marks.push(compact ? JOINT_SYMBOL : `${JOINT_SYMBOL}${joint}`);
  return marks.join(compact ? '' : ' ');
}

/** "Russia's", "the United States'". */
const possessive = (name: string): string => `${name}${/s$/.test(name) ? "'" : "'s"}`;

/** Who the words of a cell name: the row's country, the other side of its support, and the hub. */
export interface CellParties {
  /** The row's country, in a sentence ("Belarus", "the United States"). */
  row: string;
  /** Who the mark's support goes to and the joint activity is with: the hub, or the column's country (adjacency). */
  other: string;
  /** The hub, in a sentence; absent in adjacency mode, where the reverse cell holds what the hub gives. */
  hub?: string;
}

/**
 * A cell in words, saying exactly what its claims say: the mark's status, count and each piece
 * of its evidence with who claims and who denies it; then, apart, the hub's support to the row's
 * country and joint activity, each with its evidence. "Alleged · denied, 1 claim; alleged by the
 * United States, denied by China. Also 3 joint activities with Russia, not counted as support:
 * reported." "No claim of support. Russia's support to Belarus: 1 claim, reported."
 */
export function cellLabel(cell: Cell, claims: CellClaims, parties: CellParties, data: Dataset): string {
  if (cell.status === 'self') return `${CELL_LABEL.self}.`;
  const { joint, received } = claims;
  const sentences: string[] = [];
  if (cell.count) {
    const evidence = markEvidenceText(claims.claims, data);
    // "Reported, 1 claim; reported" says nothing twice.
    const same = evidence === STATUS_LABELS[cell.status as Status].toLowerCase();
    sentences.push(same ? cellText(cell) : `${cellText(cell)}; ${evidence}`);
  } else {
    sentences.push(joint.length || received.length ? 'No claim of support' : CELL_LABEL.none);
  }
  if (received.length && parties.hub) {
    sentences.push(
      `${capitalize(possessive(parties.hub))} support to ${parties.row}: ${claimCount(received.length)}, ${markEvidenceText(received, data)}`,
    );
  }
  if (joint.length) {
    const n = joint.length;
    sentences.push(
      `Also ${n} joint activit${n === 1 ? 'y' : 'ies'} with ${parties.other}, not counted as support: ${markEvidenceText(joint, data)}`,
    );
  }
  return `${sentences.join('. ')}.`;
}

/** A cell's claims as its tooltip groups them: the support given, the support received, the joint activity. */
export function claimGroups(claims: CellClaims, headings: { gives: string; receives: string }): ClaimGroup[] {
  const groups: ClaimGroup[] = [
    { heading: headings.gives, claims: claims.claims },
    { heading: headings.receives, claims: claims.received },
    { heading: JOINT_HEADING, claims: claims.joint },
  ];
  return groups.filter((g) => g.claims.length > 0);
}

/** A country's name as it reads inside a sentence, by id. */
export const inText = (name: (id: string) => string): ((id: string) => string) => (id) => nameInText(name(id));

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
  // Every cell's view made once, so that drawing one is two lookups; its words on first use.
  type Entry = { view: Cell; claims: CellClaims; label?: string };
  const byRow = new Map<string, Map<string, Entry>>();
  const apart = { joint: false, received: false };
  for (const c of orderInput) {
    let row = byRow.get(c.row);
    if (!row) byRow.set(c.row, (row = new Map<string, Entry>()));
    const { joint, received } = c;
    if (joint.length) apart.joint = true;
    if (received.length) apart.received = true;
    row.set(c.col, {
      view: {
        status: c.status ?? 'none',
        count: c.count,
        kind: encoding.of(c.kind),
        contested: c.contested,
        joint: joint.length,
        received: received.length,
      },
      claims: { claims: c.claims, joint, received },
    });
  }
  const empty: Cell = { status: 'none', count: 0 };
  const name = namesOf(data.countries, columns);
  const said = inText(name);
  const hub = said(data.hub);
  const headings = { gives: `Support to ${hub}`, receives: `Support from ${hub}` };
  const entry = (row: string, col: string): Entry | undefined => byRow.get(row)?.get(col);
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
    cell: (row, col) => entry(row, col)?.view ?? empty,
    claims: (row, col) => entry(row, col)?.claims.claims ?? [],
    tipGroups: (row, col) => {
      const found = entry(row, col);
      return found ? claimGroups(found.claims, headings) : [];
    },
    label: (row, col) => {
      const found = entry(row, col);
      if (!found) return `${CELL_LABEL.none}.`;
      return (found.label ??= cellLabel(found.view, found.claims, { row: said(row), other: hub, hub }, data));
    },
    name,
    apart,
  };
}
