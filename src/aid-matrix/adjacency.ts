/**
 * `mode="adjacency"`, loaded on demand: the country × country model and, above
 * `CANVAS_THRESHOLD` cells, the canvas view (one canvas, a keyboard cursor, a readout) instead of
 * a table. Readers of the default matrix never download it.
 */
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ScaleBand } from 'd3-scale';
import type { Dataset } from '../data/types.js';
import { cssProps } from '../internal/css-props.js';
import { CODE_STATUSES, SELF_CODE, adjacencyModel, type AdjacencyModel } from './adjacency-model.js';
import { bandAt, canvasBands, drawAdjacency, makePalette } from './adjacency-canvas.js';
import type { CanvasView, MatrixHost } from './matrix-host.js';
import type { CellRef, Model } from './matrix-model.js';

/** Adjacency matrices with more cells than this are drawn on a canvas instead of a table. */
const CANVAS_THRESHOLD = 6400;
/** Opacity of each status code on the canvas (index = code, `CODE_STATUSES` order; 0 no claim, 7 diagonal). */
const OPACITY = [0, 1, 1, 0.75, 0.55, 0.2, 0.3, 0.35];

const canvasStyles = css`
  .canvas-grid {
    position: relative;
    align-self: start;
    max-width: 100%;
  }
  canvas {
    display: block;
    max-width: 100%;
    image-rendering: pixelated;
    border: 1px solid var(--_line);
    background: var(--_bg);
    cursor: crosshair;
    touch-action: manipulation;
  }
  .cursor {
    position: absolute;
    min-width: 8px;
    min-height: 8px;
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    pointer-events: none;
  }
  .cursor:focus-visible {
    outline-width: 3px;
  }
  .readout {
    margin: 0;
    min-height: 1.4em;
    font-size: 0.875em;
  }
`;

/** The adjacency model of `data`, and the canvas view when it is too large for a table. */
export function adjacency(data: Dataset, kinds?: readonly string[]): { model: Model; canvas?: CanvasView } {
  const model = adjacencyModel(data, kinds);
  const n = model.countries.length;
  return { model, canvas: n * n > CANVAS_THRESHOLD ? canvasView(model) : undefined };
}

function canvasView(model: AdjacencyModel): CanvasView {
  const { grid } = model;
  let drawn: unknown[] = [];
  const geometry = (host: MatrixHost): { n: number; scale: number; side: number } => {
    const n = host.rowIds.length;
    const scale = Math.max(1, Math.min(12, Math.floor(host.width / Math.max(1, n))));
    return { n, scale, side: Math.min(host.width, n * scale) };
  };
  // The last bands made: pointer moves ask for the same ones again and again (row ids are the
  // element's array, the same until the rows reorder).
  let bands: { ids: readonly string[]; extent: number; scale: ScaleBand<string> } | undefined;
  const bandsOf = (ids: readonly string[], extent: number): ScaleBand<string> => {
    if (bands?.ids !== ids || bands.extent !== extent) bands = { ids, extent, scale: canvasBands(ids, extent) };
    return bands.scale;
  };
  /** The cell under a pointer event, or null outside the matrix. */
  const cellAt = (host: MatrixHost, event: MouseEvent): CellRef | null => {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const cells = bandsOf(host.rowIds, rect.width);
    const row = bandAt(cells, event.clientY - rect.top);
    const col = bandAt(cells, event.clientX - rect.left);
    return row === null || col === null ? null : { row, col };
  };

  return {
    render(host) {
      // The canvas's own styles join the element's once it shows one.
      const sheet = canvasStyles.styleSheet;
      if (sheet && !host.root.adoptedStyleSheets.includes(sheet)) host.root.adoptedStyleSheets = [...host.root.adoptedStyleSheets, sheet];

      const { n, side } = geometry(host);
      const cells = bandsOf(host.rowIds, side);
      const { row, col } = host.active;
      const r = host.rowIds.indexOf(row);
      const c = host.rowIds.indexOf(col);
      const cell = model.cell(row, col);
      const text = model.label(row, col);
      const rowName = model.name(row);
      const colName = model.name(col);
      const size = Math.max(cells.bandwidth(), 8);
      const at = (id: string): string => `${(cells(id) ?? 0) + cells.bandwidth() / 2 - size / 2}px`;
      const tip = host.tip;
      return html`<p id="summary" class="status-message">
          ${n.toLocaleString('en-GB')} countries; ${grid.pairs.toLocaleString('en-GB')} cells show support from the row's country to the column's.
          Too many to list as a table: move through the matrix with the arrow keys, one pair at a time (rows give, columns
          receive); Enter selects the row's country.
        </p>
        <div
          class="canvas-grid"
          role="grid"
          aria-label=${`${model.data.title}: the support each row's country gives each column's country`}
          aria-describedby="summary"
          aria-rowcount=${n + 1}
          aria-colcount=${n + 1}
          @keydown=${host.onKeyDown}
          @focusin=${host.onFocusIn}
          @focusout=${host.onFocusOut}
        >
          <canvas
            aria-hidden="true"
            ${cssProps({ width: `${side}px`, height: `${side}px` })}
            @pointermove=${(event: PointerEvent) => host.point(cellAt(host, event))}
            @pointerleave=${host.onPointerLeave}
            @click=${(event: MouseEvent) => {
              // From the click's own position: a tap on a touch screen brings no pointermove first.
              const ref = cellAt(host, event);
              if (ref) host.pick(ref);
            }}
          ></canvas>
          <div role="row" aria-rowindex="1" class="visually-hidden">
            <span role="columnheader" aria-colindex=${c + 2}>${colName}</span>
          </div>
          ${[0, 1].map((turn) => {
            // Two cursors take turns, so each move is a focus change that screen readers announce.
            const current = turn === host.moves % 2;
            return html`<div role="row" aria-rowindex=${r + 2} ?hidden=${!current}>
              <span role="rowheader" aria-colindex="1" class="visually-hidden">${rowName}</span>
              <span
                role="gridcell"
                part=${ifDefined(current ? 'cell' : undefined)}
                class="cursor"
                tabindex=${current ? 0 : -1}
                aria-colindex=${c + 2}
                aria-selected=${ifDefined(row === host.selected ? 'true' : undefined)}
                aria-describedby=${current && tip?.row === row && tip.col === col ? 'tip' : nothing}
                data-row=${row}
                data-col=${col}
                data-status=${cell.status}
                data-contested=${cell.contested === true}
                data-joint=${cell.joint ?? 0}
                data-received=${cell.received ?? 0}
                ${cssProps({ left: at(col), top: at(row), width: `${size}px`, height: `${size}px` })}
                ><span class="visually-hidden">${text}</span></span
              >
            </div>`;
          })}
        </div>
        <p class="readout" aria-hidden="true">${rowName} to ${colName}: ${text}</p>`;
    },

    draw(host) {
      const canvas = host.root.querySelector('canvas');
      if (!canvas) return;
      const { n, scale } = geometry(host);
      // The colours are the theme's: a new theme or accent redraws.
      const accent = host.color('accent') || '#6b3fa0';
      const muted = host.color('muted') || '#5d6470';
      const key = [host.rowIds, scale, accent, muted];
      if (!key.some((v, i) => v !== drawn[i]) && canvas.width === n * scale) return;
      drawn = key;
      const order = new Int32Array(host.rowIds.map((id) => grid.index.get(id) ?? 0));
      const colors = OPACITY.map((_, code) => (code === SELF_CODE ? muted : accent));
      drawAdjacency(canvas, grid, order, scale, makePalette(colors, OPACITY));
    },

    anchor(host, { row, col }) {
      const canvas = host.root.querySelector('canvas');
      if (!canvas) return null;
      const rect = canvas.getBoundingClientRect();
      const cells = bandsOf(host.rowIds, rect.width);
      const [top, left] = [cells(row), cells(col)];
      if (top === undefined || left === undefined) return null;
      const side = Math.max(1, cells.bandwidth());
      return new DOMRect(rect.left + left, rect.top + top, side, side);
    },

    swatch(status) {
      const code = status === 'none' ? 0 : status === 'self' ? SELF_CODE : CODE_STATUSES.indexOf(status) + 1;
      return {
        border: code ? '0' : '1px solid var(--_line)',
        background: `color-mix(in srgb, var(--_${code === SELF_CODE ? 'muted' : 'accent'}) ${OPACITY[code] * 100}%, var(--_bg))`,
      };
    },
  };
}
