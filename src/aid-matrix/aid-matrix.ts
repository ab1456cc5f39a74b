import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VizElement } from '../internal/viz-element.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { STATUS_SYMBOL, kindColor } from '../styles/encoding.js';
import { orderRows, supportMatrix, type RowOrder } from '../data/matrix.js';
import { STATUSES, STATUS_LABELS } from '../data/status.js';
import { evidenceText, formatDate, listNames } from '../data/describe.js';
import type { Claim, Country, Dataset, Source, Status } from '../data/types.js';
import { matrixStyles } from './aid-matrix.styles.js';
import { cssProps } from './css-props.js';
import { abbreviate, band, fitMatrix, moveInGrid, type MatrixFit } from './matrix-layout.js';
import {
  SELF_CODE,
  adjacencyKindStats,
  claimsBetween,
  compactAdjacency,
  statusOfCode,
  type CompactAdjacency,
} from './adjacency-grid.js';
import { drawAdjacency, makePalette } from './adjacency-canvas.js';

export type MatrixColumns = 'kinds' | 'types';
export type MatrixMode = 'support' | 'adjacency';
export type MatrixOrder = RowOrder;

/** Adjacency matrices with more cells than this are drawn on a canvas instead of a table. */
export const CANVAS_THRESHOLD = 6400;
/** Reordering animates only up to this many rows; beyond, it would cost more than it shows. */
const MAX_ANIMATED_ROWS = 250;
const MOVE_MS = 450;
/** Kind colour classes `k0`…`k7` (more kinds reuse them). Classes, not a style per cell: cells with equal styles share their computed style. */
const TONES = 8;
/** The table's border-spacing in px (aid-matrix.styles.ts). */
const CELL_GAP = 2;
/** Below this cell width, the symbol and count are set smaller. */
const NARROW_CELL = 36;
/** Claims listed in a tooltip before "and N more". */
const TIP_CLAIMS = 6;
/** Opacity of each status code on the canvas (index = code; 0 no claim, 7 diagonal). */
const CANVAS_OPACITY = [0, 1, 1, 0.75, 0.55, 0.3, 0.2, 0.35];

/** A row or column of the table: a country, or a kind or type of support. */
interface AxisItem {
  id: string;
  label: string;
  short: string;
  country: boolean;
  /** Colour class of the kind (columns of support), see `toneStyles`. */
  tone?: number;
  /** Kind id, for grouping type columns under their kind. */
  kind?: string;
}

interface CellInfo {
  status: Status | null;
  count: number;
  /** The adjacency diagonal. */
  self: boolean;
  tone?: number;
}

interface Group {
  id: string;
  label: string;
  tone: number;
  items: AxisItem[];
}

interface Model {
  data: Dataset;
  mode: MatrixMode;
  /** Countries in dataset order (rows; in adjacency mode also the columns). */
  countries: Country[];
  columns: AxisItem[];
  groups: Group[] | null;
  cell: (row: string, col: string) => CellInfo | undefined;
  /** The claims behind a cell (for its tooltip). */
  claims: (row: string, col: string) => Claim[];
  /** The country × country counts and statuses (adjacency mode). */
  grid: CompactAdjacency | null;
  /** Too many cells for a table: drawn on a canvas. */
  canvas: boolean;
  orderInput: { row: string; kind: string; count: number; status: Status | null }[];
  /** `--_k0`, `--_k1`, … : the kind colours, set once on the frame and read by the `k<n>` classes. */
  tones: Record<string, string>;
}

/** A cell in the reader's terms: the row's country and the column id (kind, type or country). */
interface CellRef {
  row: string;
  col: string;
}

const cellKey = (row: string, col: string): string => `${row}\u0000${col}`;

function cellText(status: Status | null, count: number, self = false): string {
  if (self) return 'Same country';
  if (!status) return 'No claim';
  return `${STATUS_LABELS[status]}, ${count} claim${count === 1 ? '' : 's'}`;
}

const oneOf = <T extends string>(value: string | undefined | null, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

/**
 * The matrix view: every partner against every kind (or type) of support, each cell showing the
 * strongest evidence among its claims and how many there are; or, with `mode="adjacency"`, every
 * country against every other.
 *
 * @tag aid-matrix
 * @summary Partners × kinds of support, with the evidence for each.
 *
 * @fires country-select - A reader selected a country (click, Enter or Space) or cleared the selection (Escape); `detail.id`.
 * @fires data-error - The dataset failed to load or validate; `detail.message`.
 *
 * @csspart cell - A data cell, with `data-row` (country id), `data-col` (kind, type or, in adjacency mode, country id) and `data-status` (a status, `none` for no claim, `self` on the adjacency diagonal). An adjacency matrix of more than 6,400 cells is drawn on a canvas: then the one cell element is the keyboard cursor.
 * @csspart legend - The legend of evidence statuses.
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
  static override styles = [sharedStyles, matrixStyles];

  /** `kinds` (default): one column per kind of support; `types`: one per finer type, grouped under its kind. */
  @property() columns: MatrixColumns = 'kinds';

  /** `support` (default): partners × kinds; `adjacency`: country × country. */
  @property() mode: MatrixMode = 'support';

  /** Row order: `support` (most support first, default), `name`, or `kind` (clustered by the kind of support). */
  @property() order: MatrixOrder = 'support';

  /** Space-separated kind ids to show (default: all). */
  @property() kinds?: string;

  @state() private active: CellRef | null = null;
  @state() private hover: CellRef | null = null;
  @state() private tip: (CellRef & { by: 'pointer' | 'focus' }) | null = null;

  private model: Model | null = null;
  private modelKey: unknown[] = [];
  private rowIds: string[] = [];
  private orderKey: unknown[] = [];
  private fit: MatrixFit | null = null;
  private sources = new Map<string, Source>();
  private countryNames = new Map<string, string>();
  /** Row tops before a reorder, for the FLIP animation. */
  private flipFrom: Map<string, number> | null = null;
  private renderedRows: string[] = [];
  private focusAfterUpdate = false;
  /** Keyboard moves on the canvas, whose parity picks the cursor element. */
  private moves = 0;
  private hideTimer = 0;
  private drawnKey: unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.onWindowScroll, { capture: true, passive: true });
    window.addEventListener('keydown', this.onWindowKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.onWindowScroll, { capture: true });
    window.removeEventListener('keydown', this.onWindowKey);
    clearTimeout(this.hideTimer);
  }

  // Runs after the controllers (the dataset is current) and before the DOM changes.
  protected override update(changed: PropertyValues<this>): void {
    const data = this.source.data;
    if (data) this.prepare(data);
    super.update(changed);
  }

  private get kindFilter(): string[] | undefined {
    const ids = (this.kinds ?? '').split(/\s+/).filter(Boolean);
    return ids.length > 0 ? ids : undefined;
  }

  private get effectiveMode(): MatrixMode {
    return oneOf(this.mode, ['support', 'adjacency'], 'support');
  }

  private prepare(data: Dataset): void {
    const mode = this.effectiveMode;
    const columns = oneOf(this.columns, ['kinds', 'types'], 'kinds');
    const kinds = this.kindFilter;
    const key = [data, mode, columns, kinds?.join(' ')];
    if (key.some((v, i) => v !== this.modelKey[i])) {
      this.modelKey = key;
      this.model = mode === 'adjacency' ? adjacencyModel(data, kinds) : supportModel(data, columns, kinds);
      this.sources = new Map(data.sources.map((s) => [s.id, s]));
      this.countryNames = new Map(data.countries.map((c) => [c.id, c.name]));
    }
    const model = this.model!;
    const order = oneOf(this.order, ['support', 'name', 'kind'], 'support');
    const lang = this.interfaceLang;
    const orderKey = [model, order, lang];
    if (orderKey.some((v, i) => v !== this.orderKey[i])) {
      this.orderKey = orderKey;
      this.rowIds = orderRows(model.countries, model.orderInput, order, lang);
    }

    const width = this.size.width || this.clientWidth || 640;
    const rowItems = this.rowIds.map((id) => countryItem(id, this.countryNames));
    const columnItems = mode === 'adjacency' ? rowItems : model.columns;
    this.fit = fitMatrix({
      width,
      rows: { full: rowItems.map((r) => r.label), short: rowItems.map((r) => r.short) },
      columns: { full: columnItems.map((c) => c.label), short: columnItems.map((c) => c.short) },
      transposable: mode === 'support',
      gap: CELL_GAP,
      // The table's text is 0.875em of the host's themeable font size.
      fontSize: (parseFloat(getComputedStyle(this).fontSize) || 16) * 0.875,
    });

    // FLIP, first step: where the rows are before they move.
    this.flipFrom = null;
    const next = this.fit.transposed || model.canvas ? [] : this.rowIds;
    if (
      this.hasUpdated &&
      !this.preferences.reducedMotion &&
      next.length <= MAX_ANIMATED_ROWS &&
      next.length === this.renderedRows.length &&
      next.some((id, i) => id !== this.renderedRows[i])
    ) {
      const from = new Map<string, number>();
      for (const row of this.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-id]')) {
        from.set(row.dataset['id'] ?? '', row.getBoundingClientRect().top);
      }
      this.flipFrom = from;
    }
    this.renderedRows = next;
  }

  protected override renderView(data: Dataset): TemplateResult {
    const model = this.model;
    if (!model || model.data !== data) return html``;
    if (model.canvas) return this.renderCanvas(model);
    const rows = this.rowIds.map((id) => countryItem(id, this.countryNames));
    const columns = model.mode === 'adjacency' ? rows : model.columns;
    if (rows.length === 0 || columns.length === 0) {
      return html`<p class="status-message" role="status">
        ${rows.length === 0 ? 'No countries to show in this dataset.' : 'No kinds of support match the kinds filter.'}
      </p>`;
    }
    const fit = this.fit!;
    const [rowAxis, colAxis] = fit.transposed ? [columns, rows] : [rows, columns];
    const refOf = (r: AxisItem, c: AxisItem): CellRef => (fit.transposed ? { row: c.id, col: r.id } : { row: r.id, col: c.id });
    const active = this.currentActive(rowAxis, colAxis, refOf);
    const classes = [
      fit.overflow ? 'overflow' : '',
      fit.columnHeaders === 'rotated' ? 'rotated' : '',
      fit.cellWidth < NARROW_CELL ? 'narrow' : '',
    ].join(' ');
    const highlight = this.hover ?? (this.tip ? { row: this.tip.row, col: this.tip.col } : null);
    const hlRow = highlight ? (fit.transposed ? highlight.col : highlight.row) : null;
    const hlCol = highlight ? (fit.transposed ? highlight.row : highlight.col) : null;

    const rowTemplate = (r: AxisItem): TemplateResult => html`<tr data-id=${r.id}>
      ${this.header(r, 'row', fit.rowHeaders, r.id === hlRow)}
      ${colAxis.map((c) => {
        const ref = refOf(r, c);
        return this.cellTemplate(model, ref, ref.row === active.row && ref.col === active.col);
      })}
    </tr>`;

    const groups = model.groups;
    const colGroups = groups && !fit.transposed ? groups : null;
    const rowGroups = groups && fit.transposed ? groups : null;
    const caption =
      model.mode === 'adjacency'
        ? `${data.title}: claims shared by each pair of countries`
        : `${data.title}: support by partner and ${model.groups ? 'type' : 'kind'} of support`;

    return html`<div class="frame ${classes}" ${cssProps(model.tones)}>
      <div class="scroller">
        <table
          role="grid"
          ${cssProps({ width: `${fit.rowHeaderWidth + colAxis.length * (fit.cellWidth + CELL_GAP) + 2 * CELL_GAP}px` })}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <caption class="visually-hidden">${caption}</caption>
          <colgroup>
            <col ${cssProps({ width: `${fit.rowHeaderWidth}px` })} />
          </colgroup>
          ${colGroups
            ? colGroups.map((g) => html`<colgroup span=${g.items.length}></colgroup>`)
            : html`<colgroup span=${colAxis.length}></colgroup>`}
          <thead>
            ${colGroups
              ? html`<tr>
                  <td class="corner"></td>
                  ${colGroups.map(
                    (g) =>
                      html`<th scope="colgroup" colspan=${g.items.length} class=${`group k${g.tone}`}>
                        ${g.label}
                      </th>`,
                  )}
                </tr>`
              : nothing}
            <tr>
              <td class="corner"></td>
              ${colAxis.map((c) => this.header(c, 'col', fit.columnHeaders, c.id === hlCol))}
            </tr>
          </thead>
          ${rowGroups
            ? rowGroups.map(
                (g) => html`<tbody>
                  <tr>
                    <th scope="rowgroup" colspan=${colAxis.length + 1} class=${`group k${g.tone}`}>
                      ${g.label}
                    </th>
                  </tr>
                  ${g.items.map(rowTemplate)}
                </tbody>`,
              )
            : html`<tbody>${rowAxis.map(rowTemplate)}</tbody>`}
        </table>
      </div>
      ${this.renderLegend(model.mode === 'adjacency', false)} ${this.renderTip(data)}
    </div>`;
  }

  private header(item: AxisItem, axis: 'row' | 'col', style: string, highlighted: boolean): TemplateResult {
    const selected = item.country && item.id === this.selected;
    const classes = `${item.country ? 'country' : `k${item.tone ?? 0}`} ${highlighted ? 'hl' : ''} ${selected ? 'sel' : ''}`;
    const text =
      style === 'short' && item.short !== item.label
        ? html`<span class="short" aria-hidden="true" title=${item.label}>${item.short}</span><span class="visually-hidden">${item.label}</span>`
        : html`<span class="label" title=${item.label}>${item.label}</span>`;
    return html`<th
      scope=${axis}
      class=${classes}
      data-country=${item.country ? item.id : nothing}
    >
      ${text}
    </th>`;
  }

  private cellTemplate(model: Model, ref: CellRef, isActive: boolean): TemplateResult {
    const cell = model.cell(ref.row, ref.col);
    const status = cell?.self ? 'self' : (cell?.status ?? 'none');
    const count = cell?.count ?? 0;
    const symbol = cell?.self ? '' : cell?.status ? STATUS_SYMBOL[cell.status] : '·';
    const selected = this.selected !== null && (ref.row === this.selected || (model.mode === 'adjacency' && ref.col === this.selected));
    const described = this.tip && this.tip.row === ref.row && this.tip.col === ref.col;
    return html`<td
      part="cell"
      data-row=${ref.row}
      data-col=${ref.col}
      data-status=${status}
      class=${`k${cell?.tone ?? 0}${selected ? ' sel' : ''}`}
      tabindex=${isActive ? 0 : -1}
      aria-selected=${ifDefined(ref.row === this.selected ? 'true' : undefined)}
      aria-describedby=${described ? 'tip' : nothing}
      aria-label=${cellText(cell?.status ?? null, count, cell?.self)}
      ><span class="mark" aria-hidden="true">${count > 0 ? `${symbol}${count}` : symbol}</span></td
    >`;
  }

  private renderLegend(adjacency: boolean, canvas: boolean): TemplateResult {
    const swatch = (status: Status | 'none' | 'self', symbol: string, code: number): TemplateResult =>
      html`<span class="mark" data-status=${status} aria-hidden="true" ${cssProps(
        canvas ? { background: `color-mix(in srgb, var(--_accent) ${Math.round(CANVAS_OPACITY[code] * 100)}%, var(--_bg))` } : {},
      )}>${symbol}</span>`;
    return html`<div part="legend" class=${canvas ? 'canvas-legend' : ''}>
      <span class="legend-title">Strongest evidence in the cell${canvas ? '' : ', and number of claims'}:</span>
      <ul>
        ${STATUSES.map(
          (s, i) => html`<li data-status=${s}>${swatch(s, canvas ? '' : STATUS_SYMBOL[s], i + 1)}${STATUS_LABELS[s]}</li>`,
        )}
        <li data-status="none">${swatch('none', canvas ? '' : '·', 0)}No claim</li>
        ${adjacency ? html`<li data-status="self">${swatch('self', '', SELF_CODE)}Same country</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderTip(data: Dataset): TemplateResult {
    const tip = this.tip;
    let content: TemplateResult | typeof nothing = nothing;
    if (tip) {
      const claims = this.model?.claims(tip.row, tip.col) ?? [];
      const rowName = this.countryNames.get(tip.row) ?? tip.row;
      const colName =
        this.effectiveMode === 'adjacency'
          ? (this.countryNames.get(tip.col) ?? tip.col)
          : (this.model?.columns.find((c) => c.id === tip.col)?.label ?? tip.col);
      const shown = claims.slice(0, TIP_CLAIMS);
      content = html`<h3>${rowName}${this.effectiveMode === 'adjacency' ? ' and ' : ', '}${colName}</h3>
        ${claims.length === 0
          ? html`<p class="more">${tip.row === tip.col && this.effectiveMode === 'adjacency' ? 'Same country.' : 'No claim recorded.'}</p>`
          : html`<ul>
              ${shown.map(
                (claim) => html`<li>
                  <span class="evidence"><span aria-hidden="true">${STATUS_SYMBOL[claim.status]} </span>${evidenceText(claim, data)}</span>
                  (${formatDate(claim.date)}): ${claim.text}
                  ${claim.sources.length > 0
                    ? html`<div class="sources">
                        Sources: ${listNames(claim.sources.map((id) => this.sourceText(id)))}
                      </div>`
                    : nothing}
                </li>`,
              )}
            </ul>
            ${claims.length > shown.length
              ? html`<p class="more">and ${claims.length - shown.length} more.</p>`
              : nothing}`}`;
    }
    return html`<div
      id="tip"
      class="tip"
      part="tooltip"
      role="tooltip"
      .popover=${'manual'}
      @pointerenter=${this.cancelHide}
      @pointerleave=${this.onPointerLeave}
    >
      ${content}
    </div>`;
  }

  private renderCanvas(model: Model): TemplateResult {
    const n = this.rowIds.length;
    const width = this.size.width || this.clientWidth || 640;
    const scale = Math.max(1, Math.min(12, Math.floor(width / Math.max(1, n))));
    const side = Math.min(width, n * scale);
    const cells = band(n, side);
    const pos = this.activeIndex(n);
    const rowId = this.rowIds[pos.row] ?? '';
    const colId = this.rowIds[pos.col] ?? '';
    const cell = model.cell(rowId, colId);
    const status = cell?.self ? 'self' : (cell?.status ?? 'none');
    const text = cellText(cell?.status ?? null, cell?.count ?? 0, cell?.self);
    const rowName = this.countryNames.get(rowId) ?? rowId;
    const colName = this.countryNames.get(colId) ?? colId;
    const cursorSize = Math.max(cells.bandwidth, 8);
    const cursorStyle = {
      left: `${cells.at(pos.col) + cells.bandwidth / 2 - cursorSize / 2}px`,
      top: `${cells.at(pos.row) + cells.bandwidth / 2 - cursorSize / 2}px`,
      width: `${cursorSize}px`,
      height: `${cursorSize}px`,
    };
    const data = model.data;
    return html`<div class="frame">
      <p id="summary" class="status-message">
        ${n.toLocaleString('en-GB')} countries; ${(model.grid?.pairs ?? 0).toLocaleString('en-GB')} pairs share at least one claim.
        Too many to list as a table: move through the matrix with the arrow keys, one pair at a time; Enter selects
        the row's country.
      </p>
      <div
        class="canvas-grid"
        role="grid"
        aria-label=${`${data.title}: claims shared by each pair of countries`}
        aria-describedby="summary"
        aria-rowcount=${n + 1}
        aria-colcount=${n + 1}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        <canvas
          aria-hidden="true"
          ${cssProps({ width: `${side}px`, height: `${side}px` })}
          @pointermove=${this.onCanvasPointer}
          @pointerleave=${this.onPointerLeave}
          @click=${this.onCanvasClick}
        ></canvas>
        <div role="row" aria-rowindex="1" class="visually-hidden">
          <span role="columnheader" aria-colindex=${pos.col + 2}>${colName}</span>
        </div>
        ${[0, 1].map((turn) => {
          // Two cursors take turns, so each move is a focus change that screen readers announce.
          const current = turn === this.moves % 2;
          return html`<div role="row" aria-rowindex=${pos.row + 2} ?hidden=${!current}>
            <span role="rowheader" aria-colindex="1" class="visually-hidden">${rowName}</span>
            <span
              role="gridcell"
              part=${ifDefined(current ? 'cell' : undefined)}
              class="cursor"
              tabindex=${current ? 0 : -1}
              aria-colindex=${pos.col + 2}
              aria-selected=${ifDefined(rowId === this.selected ? 'true' : undefined)}
              aria-describedby=${ifDefined(current && this.tip?.row === rowId && this.tip?.col === colId ? 'tip' : undefined)}
              data-row=${rowId}
              data-col=${colId}
              data-status=${status}
              ${cssProps(cursorStyle)}
              ><span class="visually-hidden">${text}</span></span
            >
          </div>`;
        })}
      </div>
      <p class="readout" aria-hidden="true">${rowName} and ${colName}: ${text}</p>
      ${this.renderLegend(true, true)} ${this.renderTip(data)}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.playFlip();
    if (this.model?.canvas && this.model.grid) this.drawCanvas(this.model.grid);
    // Rows are not keyed: after a reorder, focus follows the active cell to its new element.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (this.focusAfterUpdate || (focused?.matches("[part~='cell']") && focused !== this.activeElement())) {
      this.focusAfterUpdate = false;
      this.activeElement()?.focus();
    }
    this.placeTip();
  }

  // FLIP, last steps: invert each moved row to where it was, then play it back to its new place.
  private playFlip(): void {
    const from = this.flipFrom;
    this.flipFrom = null;
    if (!from) return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-id]')];
    // Read every position before starting any animation: each start would force a new layout.
    const deltas = rows.map((row) => (from.get(row.dataset['id'] ?? '') ?? NaN) - row.getBoundingClientRect().top);
    rows.forEach((row, i) => {
      const delta = deltas[i];
      if (!(Math.abs(delta) >= 1)) return;
      row.animate([{ transform: `translateY(${delta}px)` }, { transform: 'none' }], {
        duration: MOVE_MS,
        easing: 'cubic-bezier(0.2, 0, 0.2, 1)',
      });
    });
  }

  private drawCanvas(grid: CompactAdjacency): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const n = this.rowIds.length;
    const width = this.size.width || this.clientWidth || 640;
    const scale = Math.max(1, Math.min(12, Math.floor(width / Math.max(1, n))));
    const dark = this.preferences.dark;
    const key = [grid, this.rowIds, scale, dark, this.theme];
    if (key.every((v, i) => v === this.drawnKey[i]) && canvas.width === n * scale) return;
    this.drawnKey = key;
    const style = getComputedStyle(this);
    const accent = style.getPropertyValue('--_accent').trim() || '#6b3fa0';
    const muted = style.getPropertyValue('--_muted').trim() || '#5d6470';
    const colors = CANVAS_OPACITY.map((_, code) => (code === SELF_CODE ? muted : accent));
    const order = new Int32Array(this.rowIds.map((id) => grid.index.get(id) ?? 0));
    drawAdjacency(canvas, grid, order, scale, makePalette(colors, CANVAS_OPACITY));
  }

  private sourceText(id: string): string {
    const source = this.sources.get(id);
    return source ? `${source.publisher}, ${formatDate(source.date)}` : id;
  }

  /** The active cell, kept when it still exists, else the first cell. */
  private currentActive(
    rowAxis: AxisItem[],
    colAxis: AxisItem[],
    refOf: (r: AxisItem, c: AxisItem) => CellRef,
  ): CellRef {
    const a = this.active;
    if (a && this.cellPosition(a, rowAxis, colAxis) !== null) return a;
    return rowAxis[0] && colAxis[0] ? refOf(rowAxis[0], colAxis[0]) : { row: '', col: '' };
  }

  private axes(): { rows: AxisItem[]; cols: AxisItem[]; transposed: boolean } {
    const model = this.model!;
    const rows = this.rowIds.map((id) => countryItem(id, this.countryNames));
    const columns = model.mode === 'adjacency' ? rows : model.columns;
    const transposed = this.fit?.transposed ?? false;
    const visualRows = transposed && model.groups ? model.groups.flatMap((g) => g.items) : columns;
    return transposed ? { rows: visualRows, cols: rows, transposed } : { rows, cols: columns, transposed };
  }

  private cellPosition(ref: CellRef, rowAxis: AxisItem[], colAxis: AxisItem[]): { row: number; col: number } | null {
    const transposed = this.fit?.transposed ?? false;
    const row = rowAxis.findIndex((r) => r.id === (transposed ? ref.col : ref.row));
    const col = colAxis.findIndex((c) => c.id === (transposed ? ref.row : ref.col));
    return row < 0 || col < 0 ? null : { row, col };
  }

  private activeIndex(n: number): { row: number; col: number } {
    const a = this.active;
    const row = a ? this.rowIds.indexOf(a.row) : 0;
    const col = a ? this.rowIds.indexOf(a.col) : 0;
    return row < 0 || col < 0 ? { row: 0, col: Math.min(1, n - 1) } : { row, col };
  }

  private activeElement(): HTMLElement | null {
    const a = this.active;
    if (!a) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `[part~='cell'][data-row="${CSS.escape(a.row)}"][data-col="${CSS.escape(a.col)}"]`,
    );
  }

  private refOf(target: EventTarget | null): CellRef | null {
    const cell = (target as Element | null)?.closest?.<HTMLElement>("[part~='cell']");
    const row = cell?.dataset['row'];
    const col = cell?.dataset['col'];
    return row !== undefined && col !== undefined ? { row, col } : null;
  }

  private toggle(id: string): void {
    this.selection.select(this.selected === id ? null : id);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const ref = this.refOf(event.target);
    if (!ref || !this.model) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selection.select(ref.row);
      return;
    }
    if (event.key === 'Escape') {
      if (this.tip) this.tip = null;
      else if (this.selected !== null) this.selection.select(null);
      else return;
      event.preventDefault();
      return;
    }
    let next: CellRef | null = null;
    if (this.model.canvas) {
      const n = this.rowIds.length;
      const pos = moveInGrid(this.activeIndex(n), event, n, n);
      if (pos) next = { row: this.rowIds[pos.row], col: this.rowIds[pos.col] };
    } else {
      const { rows, cols, transposed } = this.axes();
      const from = this.cellPosition(ref, rows, cols);
      const pos = from && moveInGrid(from, event, rows.length, cols.length);
      if (pos) {
        const r = rows[pos.row].id;
        const c = cols[pos.col].id;
        next = transposed ? { row: c, col: r } : { row: r, col: c };
      }
    }
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.hover = null;
    this.tip = { ...next, by: 'focus' };
    this.focusAfterUpdate = true;
    this.moves++;
  };

  private readonly onClick = (event: MouseEvent): void => {
    const ref = this.refOf(event.target);
    if (ref) {
      this.toggle(ref.row);
      return;
    }
    const header = (event.target as Element).closest<HTMLElement>('th[data-country]');
    const id = header?.dataset['country'];
    if (id) this.toggle(id);
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const ref = this.refOf(event.target);
    if (!ref) return;
    this.cancelHide();
    if (this.hover?.row === ref.row && this.hover.col === ref.col) return;
    this.hover = ref;
    this.tip = { ...ref, by: 'pointer' };
  };

  /** The cell of the canvas under a pointer event, or null between cells. */
  private canvasCell(event: MouseEvent): CellRef | null {
    const rect = (event.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    const cells = band(this.rowIds.length, rect.width);
    const r = cells.index(event.clientY - rect.top);
    const c = cells.index(event.clientX - rect.left);
    return r < 0 || c < 0 ? null : { row: this.rowIds[r], col: this.rowIds[c] };
  }

  private readonly onCanvasPointer = (event: PointerEvent): void => {
    const ref = this.canvasCell(event);
    if (!ref) return;
    this.cancelHide();
    if (this.hover?.row === ref.row && this.hover.col === ref.col) return;
    this.hover = ref;
    this.tip = { ...ref, by: 'pointer' };
  };

  // From the click's own position: a tap on a touch screen brings no pointermove first.
  private readonly onCanvasClick = (event: MouseEvent): void => {
    const ref = this.canvasCell(event);
    if (!ref) return;
    this.active = ref;
    this.tip = { ...ref, by: 'pointer' };
    this.toggle(ref.row);
  };

  private readonly onPointerLeave = (): void => {
    clearTimeout(this.hideTimer);
    // A short delay lets the pointer cross the gap into the tooltip (WCAG 1.4.13, hoverable).
    this.hideTimer = window.setTimeout(() => {
      this.hover = null;
      if (this.tip?.by === 'pointer') this.tip = null;
    }, 150);
  };

  private readonly cancelHide = (): void => clearTimeout(this.hideTimer);

  private readonly onFocusIn = (event: FocusEvent): void => {
    const ref = this.refOf(event.target);
    if (!ref) return;
    if (this.active?.row !== ref.row || this.active.col !== ref.col) this.active = ref;
    if (this.tip?.row !== ref.row || this.tip.col !== ref.col) this.tip = { ...ref, by: 'focus' };
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    // The focused cell is being replaced (canvas cursor): focus moves to its successor next.
    if (this.focusAfterUpdate) return;
    const to = event.relatedTarget as Node | null;
    if (to && (event.currentTarget as Node).contains(to)) return;
    if (this.tip?.by === 'focus') this.tip = null;
  };

  private readonly onWindowScroll = (): void => {
    if (this.tip) this.tip = null;
  };

  private readonly onWindowKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.tip?.by === 'pointer') this.tip = null;
  };

  /** Shows the tooltip next to its cell, inside the viewport. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('#tip');
    if (!tip) return;
    const popover = typeof tip.showPopover === 'function';
    const anchor = this.tip ? this.anchorRect(this.tip) : null;
    if (!anchor) {
      if (popover && tip.matches(':popover-open')) tip.hidePopover();
      tip.classList.remove('open');
      return;
    }
    if (popover) {
      if (!tip.matches(':popover-open')) tip.showPopover();
    } else tip.classList.add('open');
    const box = tip.getBoundingClientRect();
    const gap = 6;
    let top = anchor.bottom + gap;
    if (top + box.height > window.innerHeight - gap && anchor.top - gap - box.height >= gap) {
      top = anchor.top - gap - box.height;
    }
    const left = Math.max(gap, Math.min(anchor.left, window.innerWidth - box.width - gap));
    // Without the top layer, fixed positions are relative to the host (its `contain` makes it the containing block).
    const origin = popover ? { left: 0, top: 0 } : this.getBoundingClientRect();
    tip.style.left = `${Math.round(left - origin.left)}px`;
    tip.style.top = `${Math.round(top - origin.top)}px`;
  }

  private anchorRect(ref: CellRef): DOMRect | null {
    if (this.model?.canvas) {
      const canvas = this.renderRoot.querySelector('canvas');
      if (!canvas) return null;
      const rect = canvas.getBoundingClientRect();
      const cells = band(this.rowIds.length, rect.width);
      const r = this.rowIds.indexOf(ref.row);
      const c = this.rowIds.indexOf(ref.col);
      if (r < 0 || c < 0) return null;
      return new DOMRect(rect.left + cells.at(c), rect.top + cells.at(r), Math.max(1, cells.bandwidth), Math.max(1, cells.bandwidth));
    }
    const cell = this.renderRoot.querySelector<HTMLElement>(
      `td[data-row="${CSS.escape(ref.row)}"][data-col="${CSS.escape(ref.col)}"]`,
    );
    return cell?.getBoundingClientRect() ?? null;
  }
}

function countryItem(id: string, names: Map<string, string>): AxisItem {
  return { id, label: names.get(id) ?? id, short: id, country: true };
}

function supportModel(data: Dataset, by: MatrixColumns, kinds: string[] | undefined): Model {
  const matrix = supportMatrix(data, { columns: by });
  const kindIndex = new Map(data.kinds.map((k, i) => [k.id, i]));
  const toneOf = (kind: string): number => (kindIndex.get(kind) ?? 0) % TONES;
  const keep = (kind: string): boolean => !kinds || kinds.includes(kind);
  const columns: AxisItem[] = matrix.columns
    .filter((c) => keep(c.kind))
    .map((c) => ({
      id: c.id,
      label: c.label,
      // Abbreviated type labels read worse than rotated full ones, so only kinds get a short form.
      short: by === 'kinds' ? abbreviate(c.label, 5) : c.label,
      country: false,
      tone: toneOf(c.kind),
      kind: c.kind,
    }));
  const cells = new Map<string, CellInfo & { claims: Claim[] }>();
  const orderInput: Model['orderInput'] = [];
  for (const cell of matrix.cells) {
    if (!keep(cell.kind)) continue;
    orderInput.push(cell);
    cells.set(cellKey(cell.row, cell.col), { ...cell, self: false, tone: toneOf(cell.kind) });
  }
  let groups: Group[] | null = null;
  if (by === 'types') {
    groups = data.kinds
      .filter((k) => keep(k.id))
      .map((k) => ({ id: k.id, label: k.label, tone: toneOf(k.id), items: columns.filter((c) => c.kind === k.id) }))
      .filter((g) => g.items.length > 0);
  }
  const tones: Record<string, string> = {};
  data.kinds.slice(0, TONES).forEach((k, i) => (tones[`--_k${i}`] = kindColor(k, i)));
  return {
    data,
    mode: 'support',
    countries: matrix.rows,
    columns,
    groups,
    tones,
    orderInput,
    cell: (row, col) => cells.get(cellKey(row, col)),
    claims: (row, col) => cells.get(cellKey(row, col))?.claims ?? [],
    grid: null,
    canvas: false,
  };
}

function adjacencyModel(data: Dataset, kinds: string[] | undefined): Model {
  const grid = compactAdjacency(data, kinds);
  const { countries, index, codes, counts } = grid;
  const n = countries.length;
  return {
    data,
    mode: 'adjacency',
    countries,
    columns: [],
    groups: null,
    tones: {},
    orderInput: adjacencyKindStats(data, countries, kinds),
    cell: (row, col) => {
      const r = index.get(row);
      const c = index.get(col);
      if (r === undefined || c === undefined) return undefined;
      const k = r * n + c;
      const code = codes[k] ?? 0;
      return { status: statusOfCode(code, STATUSES), count: counts[k] ?? 0, self: code === SELF_CODE };
    },
    claims: (row, col) => claimsBetween(data, row, col, kinds),
    grid,
    canvas: n * n > CANVAS_THRESHOLD,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'aid-matrix': AidMatrix;
  }
}
