import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VizElement } from '../internal/viz-element.js';
import { OnDemand } from '../on-demand.js';
import { cssProps } from '../internal/css-props.js';
import { capitalize, nameInText } from '../data/describe.js';
import { orderRows, type RowOrder } from '../data/matrix.js';
import { STATUSES } from '../data/status.js';
import type { Dataset } from '../data/types.js';
import { fitMatrix, moveInGrid, type MatrixFit } from '../layout/matrix-layout.js';
import { matrixStyles } from './aid-matrix.styles.js';
import type { CanvasView, MatrixHost } from './matrix-host.js';
import {
  CELL_LABEL,
  CELL_SYMBOL,
  JOINT_SYMBOL,
  RECEIVED_SYMBOL,
  supportModel,
  type AxisGroup,
  type AxisItem,
  type CellRef,
  type CellStatus,
  type Model,
} from './matrix-model.js';
import { rowCells } from './matrix-rows.js';

export type MatrixColumns = 'kinds' | 'types';
export type MatrixMode = 'support' | 'adjacency';
export type MatrixOrder = RowOrder;

const WINDOW_EVENTS = ['scroll', 'keydown'];
/** Cells a long table adds per task after its first screenful: about 10 ms of work here. */
const CELLS_PER_TASK = 600;
/** How the legend names a status where the cell's own word would say less. */
const LEGEND_LABEL: Partial<Record<CellStatus, string>> = { denied: 'Denied (every claim)', none: 'No claim of support' };
/** Cells narrower than this show the marks apart as glyphs, without their counts. */
const COMPACT_CELL = 36;

/** A kind's letter beside its label, for readers who cannot tell the colours apart. */
const letter = (text: string | undefined): TemplateResult | typeof nothing =>
  text ? html`<span class="letter" aria-hidden="true">${text}</span>` : nothing;

/** What a row is, in a sentence (the legend's first line, the table's caption). */
const rowsAre = (model: Model): string =>
  model.adjacency
    ? "Rows give, columns receive: each cell is the support the row's country gives the column's."
    : `Rows: what each partner gives ${nameInText(model.name(model.data.hub))}.`;

const same = (a: CellRef | null, b: CellRef): boolean => a?.row === b.row && a.col === b.col;

const differs = (a: unknown[], b: unknown[]): boolean => a.some((v, i) => v !== b[i]);

/** The cell of an event's target, from its `data-row` and `data-col`. */
const refOf = (target: EventTarget | null): CellRef | null => {
  const data = (target as Element | null)?.closest?.<HTMLElement>("[part~='cell']")?.dataset;
  const row = data?.['row'];
  const col = data?.['col'];
  return row !== undefined && col !== undefined ? { row, col } : null;
};

const adjacencyView = new OnDemand('the adjacency view', 'adjacency', () => import('./adjacency.js'));
const tooltip = new OnDemand('the tooltip', 'matrix-tip', () => import('./matrix-tip.js'));

/**
 * The matrix view: every partner against every kind (or type) of support. A row is what that
 * partner gives the hub: each cell shows the status of those claims by the one rule of
 * `docs/evidence.md` (the strongest that is not denied), a ✕ beside it when a party denies one,
 * and how many there are. Apart from that mark, never in its status, a cell shows the joint
 * activity the partner shares with the hub (↔) and the hub's support to the partner (←), each
 * with its count. With `mode="adjacency"`, every country against every other: a row gives, a
 * column receives, and joint ties are shown apart the same way. Accessible names and the
 * tooltip say what the claims say: who claims, who denies, and what is not counted as support.
 *
 * A table taller than the viewport paints its first screenful of rows first and adds the others
 * a chunk per task after the next frame; until every row is there its grid has
 * `aria-busy="true"`. Printing draws every row at once.
 *
 * @tag aid-matrix
 * @summary What each partner gives the hub, kind by kind, with the evidence for each; joint activity and the hub's support to the partner shown apart.
 *
 * @fires country-select - A reader selected a country (click, Enter or Space) or cleared the selection (Escape); `detail.id`.
 * @fires data-error - The dataset failed to load or validate; `detail.message`.
 *
 * @csspart cell - A data cell, with `data-row` (country id), `data-col` (kind, type or, in adjacency mode, country id), `data-status` (a status, `none` for no claim of support, `self` on the adjacency diagonal), `data-contested` (`true` when a party denies one of its claims), `data-joint` (number of joint activities shown apart) and `data-received` (number of claims of the hub's support to the row's country, shown apart; `0` in adjacency mode). An adjacency matrix of more than 6,400 cells is drawn on a canvas: then the one cell element is the keyboard cursor.
 * @csspart legend - The legend: what a row is, the evidence statuses, the ✕ of a denial and the marks shown apart.
 * @csspart tooltip - The claims behind the cell under the pointer or focus.
 * @csspart error - The message shown when the dataset cannot be shown.
 * @csspart loading - The message shown while the dataset loads.
 *
 * @cssprop --ally-color-diplomatic - Colour of diplomatic support.
 * @cssprop --ally-color-economic - Colour of economic support.
 * @cssprop --ally-color-military - Colour of military support.
 * @cssprop --ally-background - Background colour.
 * @cssprop --ally-foreground - Text colour.
 * @cssprop --ally-font-family - Font family.
 * @cssprop --ally-accent - Colour of the selection and of adjacency cells.
 * @cssprop --ally-matrix-fill - Strength of the cell fill, as a percentage of the kind colour (default 32%).
 */
export class AidMatrix extends VizElement {
  static override styles = matrixStyles;

  /** `kinds` (default): one column per kind of support; `types`: one per finer type, grouped under its kind. */
  @property() columns: MatrixColumns = 'kinds';

  /** `support` (default): partners × kinds, a row being what the partner gives the hub; `adjacency`: country × country, a row giving, a column receiving. */
  @property() mode: MatrixMode = 'support';

  /** Row order: `support` (most support first, default), `name`, or `kind` (clustered by the kind of support). */
  @property() order: MatrixOrder = 'support';

  /** Space-separated kind ids to show (default: all). */
  @property() kinds?: string;

  /** The cell with the tab stop. */
  @state() private active: CellRef | null = null;
  /** The cell the tooltip describes, and what opened it. */
  @state() private tip: (CellRef & { by: 'pointer' | 'focus' }) | null = null;

  private model: Model | null = null;
  /** The canvas that replaces the table of a large adjacency matrix. */
  private view?: CanvasView;
  /** Row country ids in display order. */
  private rowIds: string[] = [];
  /** Keyboard moves (the canvas alternates two cursor elements by their parity). */
  private moves = 0;
  /** Focus the active cell after the next update. */
  private refocus = false;

  private key: unknown[] = [];
  private orderKey: unknown[] = [];
  private columnIds: string[] = [];
  private fit!: MatrixFit;
  /** Row tops before a reorder, for the FLIP animation. */
  private flip?: Map<string | undefined, number>;
  private hideTimer = 0;
  /**
   * Rows of the table drawn in its first frame (a screenful: rows are at least 32 px tall), and
   * so far. A long table adds the rest a chunk per task, so that its first frame does not wait
   * for thousands of cells; those rows skip rendering while far from the viewport.
   */
  private firstRows = 0;
  private drawnRows = 0;
  private drawingRows = false;
  /** The model before a change of date, and the dataset both come from. */
  private fadeFrom?: Model;
  private modelSource: Dataset | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WINDOW_EVENTS) addEventListener(type, this.onWindow, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WINDOW_EVENTS) removeEventListener(type, this.onWindow, true);
    this.cancelHide();
  }

  private get viewWidth(): number {
    return this.size.measureWidth() || 640;
  }

  /** What a view loaded on demand sees of the matrix (./matrix-host.ts): the state of now, and the callbacks. */
  private host(): MatrixHost {
    return {
      root: this.renderRoot as ShadowRoot,
      model: this.model!,
      rowIds: this.rowIds,
      width: this.viewWidth,
      selected: this.selected,
      active: this.current(),
      tip: this.tip,
      moves: this.moves,
      color: (token) => getComputedStyle(this).getPropertyValue(`--_${token}`).trim(),
      point: this.point,
      pick: this.pick,
      onKeyDown: this.onKeyDown,
      onFocusIn: this.onFocusIn,
      onFocusOut: this.onFocusOut,
      onPointerLeave: this.onPointerLeave,
    };
  }

  // Runs after the controllers (the dataset is current) and before the DOM changes.
  protected override update(changed: PropertyValues<this>): void {
    const data = this.shown;
    const before = this.model;
    if (data) this.prepare(data);
    // Another date of the same dataset: cells that gained claims fade in after the render.
    if (before && this.model && before !== this.model && before.data !== data && this.modelSource === this.source.data) this.fadeFrom = before;
    this.modelSource = this.source.data;
    // Drawn whole: a canvas, a transposed table (its rows are the few kinds) and a printed page.
    if (this.view || this.fit?.transposed || this.visibility.printing) this.drawnRows = Infinity;
    if (this.tip) this.loadTip();
    super.update(changed);
  }

  /**
   * The tooltip's content and styles (./matrix-tip.ts), loaded on first use; it opens once they
   * are there. Without them the table works on (its cells name their claims).
   */
  private loadTip(): void {
    const tipChunk = this.onDemand(tooltip, false);
    if (!tipChunk) return;
    const root = this.renderRoot as ShadowRoot;
    const sheet = tipChunk.tipStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private prepare(data: Dataset): void {
    const adjacent = this.mode === 'adjacency';
    const types = this.columns === 'types';
    const list = this.kinds?.split(/\s+/).filter(Boolean);
    const kinds = list?.length ? list : undefined;
    const adjacency = adjacent ? this.onDemand(adjacencyView) : undefined;
    const key = [data, adjacent, types, kinds?.join(), adjacency];
    if (differs(key, this.key)) {
      this.key = key;
      this.drawnRows = this.firstRows = Math.ceil(innerHeight / 32);
      const shown = adjacent ? adjacency?.adjacency(data, kinds) : { model: supportModel(data, types, kinds) };
      this.model = shown?.model ?? null;
      this.view = shown?.canvas;
    }
    const model = this.model;
    if (!model) return;
    const lang = this.interfaceLang;
    const orderKey = [model, this.order, lang];
    if (differs(orderKey, this.orderKey)) {
      this.orderKey = orderKey;
      this.rowIds = orderRows(model.countries, model.orderInput, this.order, lang);
      // FLIP, first step: where the rows are before they move.
      // (Nothing to animate, and no layout to force, on the first draw of the table.)
      const drawn = this.hasUpdated && !this.preferences.reducedMotion && this.rowIds.length <= 250 ? this.rows() : [];
      this.flip = drawn.length ? new Map(drawn.map((tr) => [tr.dataset['id'], tr.getBoundingClientRect().top])) : undefined;
    }
    if (this.view) return;
    const [rows, cols] = this.items();
    const labels = (items: AxisItem[]): { full: string[]; short: string[] } => ({
      full: items.map((i) => i.label),
      short: items.map((i) => i.short),
    });
    this.fit = fitMatrix({
      width: this.viewWidth,
      rows: labels(rows),
      columns: labels(cols),
      transposable: !model.adjacency,
      gap: 2,
      // The table's text is 0.875em of the host's themeable font size.
      fontSize: (parseFloat(getComputedStyle(this).fontSize) || 16) * 0.875,
    });
  }

  /** The row (country) and column items, in display order. */
  private items(): [AxisItem[], AxisItem[]] {
    const rows = this.rowIds.map((id) => ({ id, label: this.model!.name(id), short: id }));
    return [rows, this.model!.adjacency ? rows : this.model!.columns];
  }

  private rows(): HTMLTableRowElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
  }

  protected override renderView(data: Dataset): TemplateResult {
    const model = this.model;
    if (!model || model.data !== data) return html``;
    if (this.view) {
      return html`<div class="frame">${this.view.render(this.host())}${this.tail(this.view.swatch)}</div>`;
    }
    if (!this.rowIds.length || !(model.adjacency || model.columns.length)) {
      return html`<p class="status-message" role="status">
        ${this.rowIds.length ? 'No kinds of support match the kinds filter.' : 'No countries to show in this dataset.'}
      </p>`;
    }
    const fit = this.fit;
    const transposed = fit.transposed;
    const groups = model.groups;
    const [countries, columns] = this.items();
    const [rows, cols] = transposed ? [columns, countries] : [countries, columns];
    const active = this.current();
    const tip = this.tip;
    const [hlRow, hlCol] = tip ? (transposed ? [tip.col, tip.row] : [tip.row, tip.col]) : [];
    const colGroups = transposed ? undefined : groups;
    const selected = this.selected;

    // The same array while the columns stay, so that rows whose cells are unchanged skip them.
    const ids = cols.map((c) => c.id);
    if (ids.length !== this.columnIds.length || differs(ids, this.columnIds)) this.columnIds = ids;
    const columnIds = this.columnIds;
    const row = (r: AxisItem, i: number): TemplateResult => html`<tr role="row" data-id=${r.id} class=${i < this.firstRows ? '' : 'later'}>
      ${this.header(r, 'row', fit.rowHeaders, r.id === hlRow)}${rowCells({
        row: r.id,
        columns: columnIds,
        transposed,
        cell: model.cell,
        label: model.label,
        compact: fit.cellWidth < COMPACT_CELL,
        active,
        selected,
        described: tip,
      })}
    </tr>`;
    const groupHeader = (g: AxisGroup, scope: 'rowgroup' | 'colgroup', span: number): TemplateResult =>
      html`<th
        scope=${scope}
        role=${scope === 'colgroup' ? 'columnheader' : 'rowheader'}
        colspan=${span}
        class="group ${g.kind.className}"
        ${cssProps({ 'grid-column': `span ${span}` })}
      >${letter(g.kind.letter)}${g.label}</th>`;

    return html`<div
      class="frame ${fit.overflow ? 'overflow' : ''} ${fit.columnHeaders === 'rotated' ? 'rotated' : ''} ${fit.cellWidth < COMPACT_CELL ? 'narrow' : ''} ${model.apart.joint || model.apart.received ? 'with-apart' : ''}"
      ${cssProps(model.kindProperties)}
    >
      <div class="scroller">
        <table
          role="grid"
          aria-busy=${this.rowIds.length > this.drawnRows}
          ${cssProps({
            width: `${fit.rowHeaderWidth + cols.length * (fit.cellWidth + 2) + 4}px`,
            '--_columns': `${fit.rowHeaderWidth}px repeat(${cols.length}, ${fit.cellWidth}px)`,
          })}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <caption class="visually-hidden">${data.title}. ${rowsAre(model)} Joint activity${model.adjacency ? '' : ', and support received,'} shown apart, not counted as support.</caption>
          <colgroup>
            <col />
          </colgroup>
          ${(colGroups ?? [{ items: cols }]).map((g) => html`<colgroup span=${g.items.length}></colgroup>`)}
          <thead>
            ${colGroups
              ? html`<tr>
                  <td></td>
                  ${colGroups.map((g) => groupHeader(g, 'colgroup', g.items.length))}
                </tr>`
              : nothing}
            <tr role="row">
              <td></td>
              ${cols.map((c) => this.header(c, 'col', fit.columnHeaders, c.id === hlCol))}
            </tr>
          </thead>
          ${transposed && groups
            ? groups.map((g) => html`<tbody><tr role="row">${groupHeader(g, 'rowgroup', cols.length + 1)}</tr>${g.items.map(row)}</tbody>`)
            : html`<tbody>${rows.slice(0, this.drawnRows).map(row)}</tbody>`}
        </table>
      </div>
      ${this.tail()}
    </div>`;
  }

  private header(item: AxisItem, scope: 'row' | 'col', style: string, highlighted: boolean): TemplateResult {
    const { id, label, short } = item;
    const abbreviated = style === 'short' && short !== label;
    return html`<th
      scope=${scope}
      role=${scope === 'row' ? 'rowheader' : 'columnheader'}
      class="${item.kind?.className ?? ''} ${highlighted ? 'hl' : ''} ${id === this.selected ? 'sel' : ''}"
      data-country=${item.kind ? nothing : id}
    >
      ${letter(item.letter)}<span class=${abbreviated ? 'short' : 'label'} aria-hidden=${ifDefined(abbreviated ? 'true' : undefined)} title=${label}
        >${abbreviated ? short : label}</span
      >${abbreviated ? html`<span class="visually-hidden">${label}</span>` : nothing}
    </th>`;
  }

  /**
   * The legend and the tooltip, under the matrix. `swatch` styles the legend's marks (the canvas
   * draws plain fills of support only, without symbols, numbers or the marks apart).
   */
  private tail(swatch?: (status: CellStatus) => Record<string, string>): TemplateResult {
    const model = this.model!;
    const statuses: CellStatus[] = [...STATUSES, 'none'];
    if (model.adjacency) statuses.push('self');
    const hub = nameInText(model.name(model.data.hub));
    const canvas = !!swatch;
    const key = (name: string, mark: string, text: string): TemplateResult =>
      html`<li data-mark=${name}><span class="key" aria-hidden="true">${mark}</span>${text}</li>`;
    const tip = this.tip;
    return html`<div part="legend">
        <p class="legend-caption">
          ${rowsAre(model)}
          ${canvas ? 'The canvas draws support only; the line under it names denials and joint activity.' : nothing}
        </p>
        <span class="legend-title">Strongest evidence${canvas ? '' : ', and number of claims'}:</span>
        <ul>
          ${statuses.map(
            (s) =>
              html`<li data-status=${s}>
                <span class="mark" aria-hidden="true" ${cssProps(swatch?.(s) ?? {})}>${canvas ? '' : CELL_SYMBOL[s]}</span>${LEGEND_LABEL[s] ?? CELL_LABEL[s]}
              </li>`,
          )}
          ${canvas ? nothing : html`<li data-mark="contested">${CELL_SYMBOL.denied} beside a status: a party denies a claim in the cell</li>`}
        </ul>
        ${canvas || !(model.apart.joint || model.apart.received)
          ? nothing
          : html`<ul class="keys">
              <li class="legend-title">Shown apart, not counted as support:</li>
              ${model.apart.received ? key('received', `${RECEIVED_SYMBOL}1`, `${capitalize(hub)}'s support to the partner`) : nothing}
              ${model.apart.joint ? key('joint', `${JOINT_SYMBOL}1`, `joint activity ${model.adjacency ? 'of the two' : `with ${hub}`}`) : nothing}
            </ul>`}
      </div>
      <div
        id="tip"
        class="tip"
        part="tooltip"
        role="tooltip"
        .popover=${'manual'}
        @pointerenter=${this.cancelHide}
        @pointerleave=${this.onPointerLeave}
        @focusout=${this.onFocusOut}
        @keydown=${this.onTipKeyDown}
      >
        ${tip && tooltip.module ? tooltip.module.tipContent(model, tip) : nothing}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // FLIP, last steps: invert each moved row to where it was, then play it back to its new place.
    const from = this.flip;
    this.flip = undefined;
    if (from) {
      const rows = this.rows();
      // Read every position before starting any animation: each start would force a new layout.
      const deltas = rows.map((tr) => (from.get(tr.dataset['id']) ?? NaN) - tr.getBoundingClientRect().top);
      rows.forEach((tr, i) => {
        if (Math.abs(deltas[i]) >= 1) {
          tr.animate([{ transform: `translateY(${deltas[i]}px)` }, { transform: 'none' }], {
            duration: 450,
            easing: 'cubic-bezier(0.2, 0, 0.2, 1)',
          });
        }
      });
    }
    this.view?.draw(this.host());
    this.fadeInCells();
    if (this.rowIds.length > this.drawnRows && !this.drawingRows) {
      this.drawingRows = true;
      // The next chunk in a task after the next frame, so that the rows drawn so far paint first.
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.drawingRows = false;
          this.drawnRows += Math.ceil(CELLS_PER_TASK / this.columnIds.length);
          this.requestUpdate();
        }),
      );
    }
    // Rows are not keyed: after a reorder (or a keyboard move), focus follows the active cell to its element.
    if (this.refocus || (this.renderRoot as ShadowRoot).activeElement?.matches("[part~='cell']")) {
      this.refocus = false;
      this.cell(this.current())?.focus();
    }
    this.placeTip();
  }

  /** Cells that had no claim before the date changed and have one now fade in (not under reduced motion). */
  private fadeInCells(): void {
    const before = this.fadeFrom;
    this.fadeFrom = undefined;
    if (!before || this.preferences.reducedMotion || !this.visibility.active) return;
    for (const td of this.renderRoot.querySelectorAll<HTMLElement>("td[part~='cell']")) {
      const { row, col, status } = td.dataset;
      if (row === undefined || col === undefined || status === 'none') continue;
      if (before.cell(row, col).status === 'none') td.firstElementChild?.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 400, easing: 'ease-out' });
    }
  }

  /** The active cell while it is shown, else the first. */
  private current(): CellRef {
    const ids = this.rowIds;
    const cols = this.model!.adjacency ? ids : this.model!.columns.map((c) => c.id);
    const a = this.active;
    return a && ids.includes(a.row) && cols.includes(a.col) ? a : { row: ids[0] ?? '', col: cols[0] ?? '' };
  }

  private cell({ row, col }: CellRef): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `[part~='cell'][data-row="${CSS.escape(row)}"][data-col="${CSS.escape(col)}"]`,
    );
  }

  private toggle(id: string): void {
    this.selection.select(this.selected === id ? null : id);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const ref = refOf(event.target);
    if (!ref) return;
    const { key } = event;
    if (key === 'Enter' || key === ' ') this.selection.select(ref.row);
    else if (key === 'Escape') {
      if (this.tip) this.tip = null;
      else if (this.selected !== null) this.selection.select(null);
      else return;
    } else {
      const next = this.view ? this.moveOnCanvas(ref, event) : this.move(event);
      if (!next) return;
      this.active = next;
      this.tip = { ...next, by: 'focus' };
      this.refocus = true;
      this.moves++;
    }
    event.preventDefault();
  };

  /** The table cell a key moves to from the event's cell, through the rows and cells of the table. */
  private move(event: KeyboardEvent): CellRef | null {
    const cell = event.target as HTMLTableCellElement;
    const tr = cell.parentElement as HTMLTableRowElement;
    const rows = this.rows();
    // Each row starts with its header cell.
    const to = moveInGrid({ row: rows.indexOf(tr), col: cell.cellIndex - 1 }, event, rows.length, tr.cells.length - 1);
    return to && refOf(rows[to.row].cells[to.col + 1]);
  }

  /** The canvas cell a key moves to: its rows and columns are the row countries. */
  private moveOnCanvas({ row, col }: CellRef, event: KeyboardEvent): CellRef | null {
    const ids = this.rowIds;
    const to = moveInGrid({ row: ids.indexOf(row), col: ids.indexOf(col) }, event, ids.length, ids.length);
    return to && { row: ids[to.row], col: ids[to.col] };
  }

  private readonly onClick = (event: MouseEvent): void => {
    const id =
      refOf(event.target)?.row ?? (event.target as Element).closest<HTMLElement>('th[data-country]')?.dataset['country'];
    if (id) this.toggle(id);
  };

  /** Opens the tooltip for the cell under the pointer. */
  private readonly point = (ref: CellRef | null): void => {
    if (!ref) return;
    this.cancelHide();
    if (!same(this.tip, ref)) this.tip = { ...ref, by: 'pointer' };
  };

  /** A click or tap on a canvas cell. */
  private readonly pick = (ref: CellRef): void => {
    this.active = ref;
    this.tip = { ...ref, by: 'pointer' };
    this.toggle(ref.row);
  };

  private readonly onPointerOver = (event: PointerEvent): void => this.point(refOf(event.target));

  private readonly onPointerLeave = (): void => {
    this.cancelHide();
    // A short delay lets the pointer cross the gap into the tooltip (WCAG 1.4.13, hoverable).
    this.hideTimer = window.setTimeout(() => {
      if (this.tip?.by === 'pointer') this.tip = null;
    }, 150);
  };

  private readonly cancelHide = (): void => clearTimeout(this.hideTimer);

  private readonly onFocusIn = (event: FocusEvent): void => {
    const ref = refOf(event.target);
    if (!ref) return;
    if (!same(this.active, ref)) this.active = ref;
    if (!same(this.tip, ref)) this.tip = { ...ref, by: 'focus' };
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    // The focused cell is being replaced (canvas cursor): focus moves to its successor next.
    if (this.refocus) return;
    const to = event.relatedTarget as Node | null;
    // Into the tooltip (a long one scrolls, and takes a tab stop to do so), or within the grid or the tooltip.
    if (to && ((event.currentTarget as Node).contains(to) || this.tipElement()?.contains(to))) return;
    if (this.tip?.by === 'focus') this.tip = null;
  };

  /** Escape in a tooltip that has focus closes it and returns to its cell. */
  private readonly onTipKeyDown = (event: KeyboardEvent): void => {
    const tip = this.tip;
    if (event.key !== 'Escape' || !tip) return;
    // Focus first: the cell's focusin would open its tooltip again.
    this.cell(tip)?.focus();
    this.tip = null;
    event.preventDefault();
  };

  private tipElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#tip');
  }

  // The page scrolls (the tooltip would drift from its cell), or Escape dismisses a pointer's tooltip (WCAG 1.4.13).
  private readonly onWindow = (event: Event): void => {
    const tip = this.tip;
    if (event.type === 'scroll' ? tip : (event as KeyboardEvent).key === 'Escape' && tip?.by === 'pointer') this.tip = null;
  };

  /** Shows the tooltip next to its cell, inside the viewport. */
  private placeTip(): void {
    const tip = this.tipElement();
    const model = this.model;
    if (!tip || !model) return;
    const popover = typeof tip.showPopover === 'function';
    const anchor =
      this.tip && tooltip.module
        ? this.view
          ? this.view.anchor(this.host(), this.tip)
          : this.cell(this.tip)?.getBoundingClientRect()
        : null;
    if (popover && tip.matches(':popover-open') !== !!anchor) tip.togglePopover();
    tip.classList.toggle('open', !!anchor);
    if (anchor) tooltip.module!.placeTip(tip, anchor, popover ? null : this);
    // A tooltip too long for its box scrolls: keyboard readers reach it with Tab (WCAG 2.1.1).
    if (anchor && tip.scrollHeight > tip.clientHeight + 1) tip.tabIndex = 0;
    else tip.removeAttribute('tabindex');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aid-matrix': AidMatrix;
  }
}
