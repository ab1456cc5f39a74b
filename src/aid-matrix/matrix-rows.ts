import { noChange } from 'lit';
import { Directive, PartType, directive, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { AxisItem, Cell, CellRef, CellStatus } from './aid-matrix.js';

/** The body rows of the table, and the state of the grid they show. */
export interface TableRows {
  /** Row items: countries, or in a transposed table kinds or types. */
  rows: readonly AxisItem[];
  /** The column items' ids. */
  columns: readonly string[];
  /** Rows are kinds or types and columns countries. */
  transposed: boolean;
  /** Row headers show `short` labels (with the full one for screen readers). */
  short: boolean;
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

/** New rows of cells by length, cloned: a row's cells are made in one call. */
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
 * One body row: `<tr data-id>`, its header (`<th scope=row data-country>` with the label, or
 * the short label and the full one for screen readers) and its data cells, each one `<td>` with
 * its mark. Rows are explicit grid rows (see the styles), hence their roles.
 */
class Row {
  readonly tr: HTMLTableRowElement;
  private readonly th: HTMLTableCellElement;
  private readonly label: HTMLSpanElement;
  private readonly cells: HTMLTableCellElement[] = [];
  private readonly shown: Shown[] = [];
  /** What the row depends on, as last drawn. */
  private inputs: unknown[] = [];

  constructor(doc: Document) {
    this.tr = doc.createElement('tr');
    this.tr.setAttribute('role', 'row');
    this.th = this.tr.appendChild(doc.createElement('th'));
    this.th.scope = 'row';
    this.th.setAttribute('role', 'rowheader');
    this.label = this.th.appendChild(doc.createElement('span'));
  }

  update(item: AxisItem, spec: TableRows): void {
    const { columns, transposed, active, described, selected } = spec;
    const id = item.id;
    // Only what touches this row: a keyboard move or a tooltip leaves the other rows alone.
    const here = (ref: CellRef | null): string | null =>
      ref && (transposed ? ref.col : ref.row) === id ? (transposed ? ref.row : ref.col) : null;
    const inputs = [
      item,
      spec.short,
      columns,
      spec.cell,
      transposed,
      here(active),
      here(described),
      selected !== null && (selected === id || columns.includes(selected)) ? selected : null,
    ];
    if (inputs.every((v, i) => v === this.inputs[i])) return;
    if (this.inputs[0] !== item || this.inputs[1] !== spec.short) this.header(item, spec.short);
    this.inputs = inputs;
    // The header's highlight (the tooltip's row) and selection.
    const hl = (transposed ? described?.col : described?.row) === id;
    this.th.className = `k${item.tone ?? ''}${hl ? ' hl' : ''}${id === selected ? ' sel' : ''}`;
    this.updateCells(id, spec);
  }

  private header(item: AxisItem, short: boolean): void {
    const { id, label } = item;
    const abbreviated = short && item.short !== label;
    this.tr.dataset['id'] = id;
    setOrRemove(this.th, 'data-country', item.tone === undefined ? id : null);
    this.label.className = abbreviated ? 'short' : 'label';
    setOrRemove(this.label, 'aria-hidden', abbreviated ? 'true' : null);
    this.label.title = label;
    this.label.textContent = abbreviated ? item.short : label;
    const hidden = this.label.nextElementSibling;
    if (abbreviated) {
      const full = hidden ?? this.th.appendChild(this.th.ownerDocument.createElement('span'));
      full.className = 'visually-hidden';
      full.textContent = label;
    } else hidden?.remove();
  }

  private updateCells(id: string, spec: TableRows): void {
    const { columns, transposed, active, described, selected } = spec;
    const missing = columns.length - this.cells.length;
    if (missing > 0) {
      const fresh = newCells(this.tr.ownerDocument, missing);
      this.cells.push(...(fresh.children as HTMLCollectionOf<HTMLTableCellElement>));
      this.tr.append(fresh);
    }
    for (let i = 0; i < columns.length; i++) {
      const [row, col] = transposed ? [columns[i], id] : [id, columns[i]];
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
  }
}

/**
 * The body rows of the table, made and updated directly: a large matrix has thousands of cells,
 * and templates for each row and cell cost more than the elements themselves. Rows are not
 * keyed (a reorder updates them in place); a re-render touches only what changed.
 */
class TableRowsDirective extends Directive {
  private readonly rows: Row[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('tableRows() goes in a child position');
  }

  render(_rows: TableRows): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [spec]: [TableRows]): typeof noChange {
    const parent = part.parentNode;
    const doc = parent.ownerDocument ?? document;
    const added = doc.createDocumentFragment();
    spec.rows.forEach((item, i) => {
      let row = this.rows[i];
      if (!row) {
        row = new Row(doc);
        this.rows.push(row);
        added.append(row.tr);
      }
      row.update(item, spec);
    });
    parent.insertBefore(added, part.endNode);
    for (const row of this.rows.splice(spec.rows.length)) row.tr.remove();
    return noChange;
  }
}

export const tableRows = directive(TableRowsDirective);
