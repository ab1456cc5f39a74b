import type { TemplateResult } from 'lit';
import type { CellRef, CellStatus, Model } from './matrix-model.js';

/**
 * What a view of the matrix loaded on demand reads from the element and how it calls back. The
 * element makes a fresh one for each call: a view neither keeps nor edits the element's state.
 */
export interface MatrixHost {
  /** The element's shadow root, where the view finds what it drew and adopts its styles. */
  readonly root: ShadowRoot;
  readonly model: Model;
  /** Row country ids in display order (in adjacency mode also the columns). */
  readonly rowIds: readonly string[];
  /** Width available to the view, in px. */
  readonly width: number;
  readonly selected: string | null;
  /** The cell with the tab stop. */
  readonly active: CellRef;
  /** The cell the tooltip describes. */
  readonly tip: CellRef | null;
  /** Keyboard moves so far: a view that alternates two cursor elements takes turns by their parity. */
  readonly moves: number;
  /** A theme colour (`accent`, `muted`, …) as the browser resolves it now; '' if unset. */
  color(token: string): string;
  /** The pointer is over `ref` (null: over no cell). */
  point(ref: CellRef | null): void;
  /** A click or tap on `ref`: it gets the tab stop and the tooltip, and its row's country is selected or cleared. */
  pick(ref: CellRef): void;
  /** The grid's handlers: keyboard moves, and the tooltip that follows focus and pointer. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  readonly onFocusOut: (event: FocusEvent) => void;
  readonly onPointerLeave: () => void;
}

/** The adjacency matrix too large for a table: drawn on a canvas (./adjacency.ts, loaded on demand). */
export interface CanvasView {
  /** The grid; the element adds the legend and the tooltip under it. */
  render(host: MatrixHost): TemplateResult;
  /** Paints the canvas after an update. */
  draw(host: MatrixHost): void;
  /** Where a cell is on screen, for the tooltip. */
  anchor(host: MatrixHost, ref: CellRef): DOMRect | null;
  /** How the legend shows a status: the canvas paints plain fills, without symbols or numbers. */
  swatch: (status: CellStatus) => Record<string, string>;
}
