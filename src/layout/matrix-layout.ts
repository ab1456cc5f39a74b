/**
 * Pure geometry of the matrix: how the table fits a width, and keyboard movement. No DOM; the
 * same input gives the same numbers everywhere.
 */

/** Average glyph advance of the interface font, as a share of the font size. */
const CHAR_WIDTH = 0.6;
/** Horizontal padding of a header cell, both sides together. */
const PAD = 12;
/** Row headers also have a 4 px kind or selection bar. */
const ROW_PAD = 20;

/** Smallest cell side (WCAG 2.5.8 target size). */
export const MIN_CELL = 24;
/** Widest data column: wider cells only spread the matrix out. */
export const MAX_CELL = 132;
const MAX_ROTATED_CELL = 56;
/** Largest share of the width the row headers may take. */
const ROW_HEADER_SHARE = 0.45;

/** Estimated width in px of one line of text. Deterministic, so layout does not depend on fonts. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH);
}

/** Width a label needs when it may wrap onto `lines` lines between words. */
export function wrappedWidth(text: string, fontSize: number, lines = 2): number {
  const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  return textWidth('x'.repeat(Math.max(longestWord, Math.ceil(text.length / lines))), fontSize);
}

/** "Diplomatic" → "Dipl.", "Energy purchases" → "Ener." (at 4); labels that fit stay whole. */
export function abbreviate(label: string, maxChars: number): string {
  const text = label.trim();
  if (text.length <= maxChars) return text;
  const first = text.split(/\s+/)[0] ?? text;
  if (first.length <= maxChars && first.length >= 3) return first;
  return `${first.slice(0, Math.max(1, maxChars - 1))}.`;
}

export interface AxisLabels {
  /** Full labels. */
  full: readonly string[];
  /** Short labels (country codes, abbreviations). */
  short: readonly string[];
}

export interface FitInput {
  /** Available width in px. */
  width: number;
  rows: AxisLabels;
  columns: AxisLabels;
  /** Font size of the table text in px (default 14). */
  fontSize?: number;
  /** Whether rows and columns may swap places (not for the symmetric adjacency matrix). */
  transposable?: boolean;
  /** Space between cells (CSS border-spacing), before, between and after the columns. */
  gap?: number;
}

export type HeaderStyle = 'full' | 'short' | 'rotated';

export interface MatrixFit {
  /** Rows show the column items and columns the row items. */
  transposed: boolean;
  rowHeaders: 'full' | 'short';
  columnHeaders: HeaderStyle;
  rowHeaderWidth: number;
  /** Width of a data column (the table is `rowHeaderWidth + (cellWidth + gap) × columns + 2 × gap` wide). */
  cellWidth: number;
  /** The table is wider than `width` even so: it scrolls inside the element. */
  overflow: boolean;
}

/** Header styles from the most to the least readable: rows, then columns. */
const STYLES: ['full' | 'short', HeaderStyle][] = [
  ['full', 'full'],
  ['full', 'short'],
  ['full', 'rotated'],
  ['short', 'short'],
  ['short', 'rotated'],
];

/**
 * Chooses how the table fits `width`: full headers if they fit, then short ones, then rotated
 * column headers; then the same in the other orientation; only then a scrolling table. Row
 * headers never take more than 45 % of the width (their labels wrap, on up to three lines).
 */
export function fitMatrix(input: FitInput): MatrixFit {
  const { width, fontSize = 14, transposable = false, gap = 0 } = input;
  const widest = (labels: readonly string[], measure: (text: string) => number): number =>
    labels.reduce((m, l) => Math.max(m, measure(l)), 0);
  const line = (text: string): number => textWidth(text, fontSize);
  const share = Math.floor(width * ROW_HEADER_SHARE);
  const orientations: [AxisLabels, AxisLabels, boolean][] = [[input.rows, input.columns, false]];
  if (transposable) orientations.push([input.columns, input.rows, true]);
  for (const [rows, cols, transposed] of orientations) {
    for (const [rowHeaders, columnHeaders] of STYLES) {
      // Row headers take one line where they can, and wrap between words where they must.
      const oneLine = widest(rows[rowHeaders], line) + ROW_PAD;
      const wrapped =
        rowHeaders === 'full' ? widest(rows.full, (l) => wrappedWidth(l, fontSize, 3)) + ROW_PAD : oneLine;
      const roomy = Math.min(oneLine, share);
      if (roomy < wrapped) continue;
      const n = Math.max(1, cols.full.length);
      // Rotated headers need no width, so their columns stay compact.
      const needed =
        columnHeaders === 'rotated'
          ? MIN_CELL
          : widest(cols[columnHeaders], columnHeaders === 'full' ? (l) => wrappedWidth(l, fontSize) : line) + PAD;
      // Row headers as wide as useful, else as narrow as their wrapped labels allow.
      for (const rowHeaderWidth of [roomy, wrapped]) {
        const cellWidth = Math.min(
          columnHeaders === 'rotated' ? MAX_ROTATED_CELL : MAX_CELL,
          Math.floor((width - rowHeaderWidth - gap * (n + 2)) / n),
        );
        if (cellWidth >= Math.max(MIN_CELL, needed)) {
          return { transposed, rowHeaders, columnHeaders, rowHeaderWidth, cellWidth, overflow: false };
        }
      }
    }
  }
  return {
    transposed: false,
    rowHeaders: 'short',
    columnHeaders: 'rotated',
    rowHeaderWidth: Math.min(widest(input.rows.short, line) + ROW_PAD, share),
    cellWidth: MIN_CELL,
    overflow: true,
  };
}

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
}

/** Row and column steps of the keys that move in a grid (ARIA grid pattern). */
const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Home: [0, -Infinity],
  End: [0, Infinity],
};

/**
 * The cell a key moves to in a grid of `rows` × `cols`: arrows one cell, Home and End to the
 * ends of the row; null for a key that does not move. Movement stops at the edges.
 */
export function moveInGrid(from: GridPosition, event: GridKey, rows: number, cols: number): GridPosition | null {
  const step = Object.hasOwn(MOVES, event.key) ? MOVES[event.key] : undefined;
  if (!step || rows <= 0 || cols <= 0) return null;
  const clamp = (v: number, n: number): number => Math.min(n - 1, Math.max(0, v));
  return { row: clamp(from.row + step[0], rows), col: clamp(from.col + step[1], cols) };
}
