import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { apartMark, cellMark, type Cell, type CellRef } from './matrix-model.js';

/** The data cells of one row, and the state of the grid they show. */
export interface RowCells {
  /** The row item's id: a country, or in a transposed table a kind or type. */
  row: string;
  /** The column items' ids. */
  columns: readonly string[];
  /** Rows are kinds or types and columns countries. */
  transposed: boolean;
  cell: (row: string, col: string) => Cell;
  /** A cell in words (its accessible name). */
  label: (row: string, col: string) => string;
  /** Cells too narrow for counts beside the marks shown apart: glyphs only. */
  compact: boolean;
  /** The cell with the tab stop. */
  active: CellRef;
  selected: string | null;
  /** The cell the tooltip describes. */
  described: CellRef | null;
}

const setOrRemove = (el: Element, name: string, value: string | null): void => {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
};

/**
 * The data cells of a table row, made and updated directly: a large matrix has thousands of
 * cells, and a template per cell costs more than the cells themselves. Each cell is one `<td>`
 * with its mark, what it shows apart under it, and its words for screen readers; a re-render
 * touches only the rows whose cells change.
 */
class RowCellsDirective extends Directive {
  private readonly cells: HTMLTableCellElement[] = [];
  /** What the cells show depends on, as last drawn. */
  private inputs: unknown[] = [];

  render(_cells: RowCells): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [spec]: [RowCells]): typeof noChange {
    const { row: id, columns, transposed, active, described, selected } = spec;
    // Only what touches this row: a keyboard move or a tooltip leaves the other rows alone.
    const here = (ref: CellRef | null): string | null =>
      ref && (transposed ? ref.col : ref.row) === id ? (transposed ? ref.row : ref.col) : null;
    const inputs = [
      id,
      columns,
      spec.cell,
      spec.label,
      spec.compact,
      transposed,
      here(active),
      here(described),
      selected !== null && (selected === id || columns.includes(selected)) ? selected : null,
    ];
    if (inputs.every((v, i) => v === this.inputs[i])) return noChange;
    this.inputs = inputs;
    const parent = part.parentNode;
    while (this.cells.length < columns.length) {
      // A copy of a cell is cheaper than a new one; every attribute is set below.
      let td = this.cells[0]?.cloneNode(true) as HTMLTableCellElement | undefined;
      if (!td) {
        const doc = parent.ownerDocument ?? document;
        td = doc.createElement('td');
        td.setAttribute('part', 'cell');
        td.setAttribute('role', 'gridcell');
        for (const name of ['mark', 'apart']) {
          const span = td.appendChild(doc.createElement('span'));
          span.className = name;
          span.setAttribute('aria-hidden', 'true');
        }
        // The cell's name is its text in words (an aria-label would not contain the marks' visible numbers, WCAG 2.5.3).
        td.appendChild(doc.createElement('span')).className = 'visually-hidden';
      }
      parent.insertBefore(td, part.endNode);
      this.cells.push(td);
    }
    for (const td of this.cells.splice(columns.length)) td.remove();
    this.cells.forEach((td, i) => {
      const [row, col] = transposed ? [columns[i], id] : [id, columns[i]];
      const cell = spec.cell(row, col);
      td.setAttribute('data-row', row);
      td.setAttribute('data-col', col);
      td.setAttribute('data-status', cell.status);
      td.setAttribute('data-contested', String(cell.contested === true));
      td.setAttribute('data-joint', String(cell.joint ?? 0));
      td.setAttribute('data-received', String(cell.received ?? 0));

      td.className = `${cell.kind?.className ?? ''}${row === selected || col === selected ? ' sel' : ''}`;
      td.tabIndex = active.row === row && active.col === col ? 0 : -1;
      setOrRemove(td, 'aria-selected', row === selected ? 'true' : null);
      setOrRemove(td, 'aria-describedby', described?.row === row && described.col === col ? 'tip' : null);
      const [mark, apart, name] = td.children;
      mark.textContent = cellMark(cell);
      apart.textContent = apartMark(cell, spec.compact);
      name.textContent = spec.label(row, col);
    });
    return noChange;
  }
}

export const rowCells = directive(RowCellsDirective);
