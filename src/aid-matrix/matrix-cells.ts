import { noChange } from 'lit';
import { Directive, PartType, directive, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { Cell, CellRef, CellStatus } from './aid-matrix.js';

/** One table row's data cells, and the state of the grid they show. */
export interface RowCells {
  /** The row item's id: a country, or in a transposed table a kind or type. */
  row: string;
  /** The column items' ids. */
  columns: readonly string[];
  /** Rows are kinds or types and columns countries. */
  transposed: boolean;
  cell: (row: string, col: string) => Cell;
  /** Words and symbol of a cell (shared strings: cells repeat a few statuses and counts). */
  text: (cell: Cell) => string;
  mark: (cell: Cell) => string;
  /** The cell with the tab stop. */
  active: CellRef;
  selected: string | null;
  /** The cell the tooltip describes. */
  described: CellRef | null;
}

/** What a cell element shows now, to change only what differs. */
interface Shown {
  row: string;
  col: string;
  status: CellStatus;
  count: number;
  tone: number | undefined;
  selected: string | null;
  active: boolean;
  described: boolean;
}

/** Rows of new cell elements with their marks, by length: a row's cells are made in one clone. */
const prototypes = new WeakMap<Document, Map<number, DocumentFragment>>();

function newCells(doc: Document, count: number): DocumentFragment {
  let byCount = prototypes.get(doc);
  if (!byCount) prototypes.set(doc, (byCount = new Map<number, DocumentFragment>()));
  let prototype = byCount.get(count);
  if (!prototype) {
    const td = doc.createElement('td');
    td.setAttribute('part', 'cell');
    td.setAttribute('role', 'gridcell');
    td.tabIndex = -1;
    const mark = td.appendChild(doc.createElement('span'));
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.append('');
    prototype = doc.createDocumentFragment();
    for (let i = 0; i < count; i++) prototype.append(td.cloneNode(true));
    byCount.set(count, prototype);
  }
  return prototype.cloneNode(true) as DocumentFragment;
}

const setOrRemove = (el: Element, name: string, value: string | null): void => {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
};

/**
 * The data cells of a table row, made and updated directly: a large matrix has thousands of
 * cells, and a template per cell costs more than the cells themselves. Each cell is one `<td>`
 * with its mark; a re-render touches only the attributes that changed.
 */
class RowCellsDirective extends Directive {
  private readonly cells: HTMLTableCellElement[] = [];
  private readonly shown: Shown[] = [];
  /** What this row's cells depend on, as last drawn. */
  private inputs: unknown[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rowCells() goes in a child position');
  }

  render(_row: RowCells): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [spec]: [RowCells]): typeof noChange {
    const parent = part.parentNode;
    const { columns, transposed, active, described, selected } = spec;
    // Only what touches this row: a keyboard move or a tooltip leaves the other rows alone.
    const here = (ref: CellRef | null): string | null =>
      ref && (transposed ? ref.col : ref.row) === spec.row ? (transposed ? ref.row : ref.col) : null;
    const inputs = [
      spec.row,
      columns,
      spec.cell,
      transposed,
      here(active),
      here(described),
      selected !== null && (selected === spec.row || columns.includes(selected)) ? selected : null,
    ];
    if (inputs.every((v, i) => v === this.inputs[i])) return noChange;
    this.inputs = inputs;
    const missing = columns.length - this.cells.length;
    if (missing > 0) {
      const fresh = newCells(parent.ownerDocument ?? document, missing);
      this.cells.push(...(fresh.children as HTMLCollectionOf<HTMLTableCellElement>));
      parent.insertBefore(fresh, part.endNode);
    }
    for (let i = 0; i < columns.length; i++) {
      const [row, col] = transposed ? [columns[i], spec.row] : [spec.row, columns[i]];
      const cell = spec.cell(row, col);
      const next: Shown = {
        row,
        col,
        status: cell.status,
        count: cell.count,
        tone: cell.tone,
        selected: row === selected || col === selected ? selected : null,
        active: active.row === row && active.col === col,
        described: described?.row === row && described.col === col,
      };
      const td = this.cells[i];
      const was = this.shown[i];
      if (was?.row !== row) td.setAttribute('data-row', row);
      if (was?.col !== col) td.setAttribute('data-col', col);
      if (was?.status !== next.status || was.count !== next.count) {
        td.setAttribute('data-status', cell.status);
        td.setAttribute('aria-label', spec.text(cell));
        td.firstChild!.firstChild!.nodeValue = spec.mark(cell);
      }
      if (!was || was.tone !== next.tone || !was.selected !== !next.selected) {
        td.className = `k${next.tone ?? ''}${next.selected ? ' sel' : ''}`;
      }
      if ((was?.active ?? false) !== next.active) td.tabIndex = next.active ? 0 : -1;
      if (was?.selected !== next.selected || was.row !== row) setOrRemove(td, 'aria-selected', row === selected ? 'true' : null);
      if (was?.described !== next.described) setOrRemove(td, 'aria-describedby', next.described ? 'tip' : null);
      this.shown[i] = next;
    }
    for (const td of this.cells.splice(columns.length)) td.remove();
    this.shown.length = columns.length;
    return noChange;
  }
}

export const rowCells = directive(RowCellsDirective);
