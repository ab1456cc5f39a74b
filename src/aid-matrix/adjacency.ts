/**
 * `mode="adjacency"`, loaded on demand: country × country from the compact grid, and above
 * `CANVAS_THRESHOLD` cells the canvas view (one canvas, a keyboard cursor, a readout) instead of
 * a table. Readers of the default matrix never download it.
 */
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../data/types.js';
import { cssProps } from '../internal/css-props.js';
import { cellText, type AidMatrix, type CanvasView, type CellRef, type Model } from './aid-matrix.js';
import {
  CODE_STATUSES,
  SELF_CODE,
  adjacencyKindStats,
  claimsBetween,
  compactAdjacency,
  statusOfCode,
  type CompactAdjacency,
} from './adjacency-grid.js';
import { band, drawAdjacency, makePalette } from './adjacency-canvas.js';
import { moveInGrid } from './matrix-layout.js';

/** Adjacency matrices with more cells than this are drawn on a canvas instead of a table. */
export const CANVAS_THRESHOLD = 6400;
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

export function adjacencyModel(data: Dataset, kinds?: string[]): Model {
  const grid = compactAdjacency(data, kinds);
  const { countries, index, codes, counts } = grid;
  const n = countries.length;
  return {
    data,
    countries,
    columns: [],
    adjacency: true,
    orderInput: adjacencyKindStats(data, countries, kinds),
    cell: (row, col) => {
      const k = (index.get(row) ?? 0) * n + (index.get(col) ?? 0);
      const code = codes[k];
      return { status: code === SELF_CODE ? 'self' : (statusOfCode(code, CODE_STATUSES) ?? 'none'), count: counts[k] };
    },
    claims: (row, col) => claimsBetween(data, row, col, kinds),
    canvas: n * n > CANVAS_THRESHOLD ? canvasView(grid) : undefined,
  };
}

function canvasView(grid: CompactAdjacency): CanvasView {
  let drawn: unknown[] = [];
  const geometry = (el: AidMatrix): { n: number; scale: number; side: number } => {
    const n = el.rowIds.length;
    const width = el.viewWidth;
    const scale = Math.max(1, Math.min(12, Math.floor(width / Math.max(1, n))));
    return { n, scale, side: Math.min(width, n * scale) };
  };
  /** The cell under a pointer event, or null between cells. */
  const cellAt = (el: AidMatrix, event: MouseEvent): CellRef | null => {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const cells = band(el.rowIds.length, rect.width);
    const r = cells.index(event.clientY - rect.top);
    const c = cells.index(event.clientX - rect.left);
    return r < 0 || c < 0 ? null : { row: el.rowIds[r], col: el.rowIds[c] };
  };

  return {
    render(el) {
      // The canvas's own styles join the element's once it shows one.
      const root = el.renderRoot as ShadowRoot;
      const sheet = canvasStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

      const { n, side } = geometry(el);
      const cells = band(n, side);
      const ids = el.rowIds;
      const { row, col } = el.current();
      const r = ids.indexOf(row);
      const c = ids.indexOf(col);
      const cell = el.model!.cell(row, col);
      const text = cellText(cell);
      const rowName = el.names.get(row) ?? row;
      const colName = el.names.get(col) ?? col;
      const size = Math.max(cells.bandwidth, 8);
      const at = (i: number): string => `${cells.at(i) + cells.bandwidth / 2 - size / 2}px`;
      const tip = el.tip;
      return html`<div class="frame">
        <p id="summary" class="status-message">
          ${n.toLocaleString('en-GB')} countries; ${grid.pairs.toLocaleString('en-GB')} pairs share at least one claim.
          Too many to list as a table: move through the matrix with the arrow keys, one pair at a time; Enter selects
          the row's country.
        </p>
        <div
          class="canvas-grid"
          role="grid"
          aria-label=${`${el.model!.data.title}: claims shared by each pair of countries`}
          aria-describedby="summary"
          aria-rowcount=${n + 1}
          aria-colcount=${n + 1}
          @keydown=${el.onKeyDown}
          @focusin=${el.onFocusIn}
          @focusout=${el.onFocusOut}
        >
          <canvas
            aria-hidden="true"
            ${cssProps({ width: `${side}px`, height: `${side}px` })}
            @pointermove=${(event: PointerEvent) => el.point(cellAt(el, event))}
            @pointerleave=${el.onPointerLeave}
            @click=${(event: MouseEvent) => {
              // From the click's own position: a tap on a touch screen brings no pointermove first.
              const ref = cellAt(el, event);
              if (!ref) return;
              el.active = ref;
              el.tip = { ...ref, by: 'pointer' };
              el.toggle(ref.row);
            }}
          ></canvas>
          <div role="row" aria-rowindex="1" class="visually-hidden">
            <span role="columnheader" aria-colindex=${c + 2}>${colName}</span>
          </div>
          ${[0, 1].map((turn) => {
            // Two cursors take turns, so each move is a focus change that screen readers announce.
            const current = turn === el.moves % 2;
            return html`<div role="row" aria-rowindex=${r + 2} ?hidden=${!current}>
              <span role="rowheader" aria-colindex="1" class="visually-hidden">${rowName}</span>
              <span
                role="gridcell"
                part=${ifDefined(current ? 'cell' : undefined)}
                class="cursor"
                tabindex=${current ? 0 : -1}
                aria-colindex=${c + 2}
                aria-selected=${ifDefined(row === el.selected ? 'true' : undefined)}
                aria-describedby=${current && tip?.row === row && tip.col === col ? 'tip' : nothing}
                data-row=${row}
                data-col=${col}
                data-status=${cell.status}
                ${cssProps({ left: at(c), top: at(r), width: `${size}px`, height: `${size}px` })}
                ><span class="visually-hidden">${text}</span></span
              >
            </div>`;
          })}
        </div>
        <p class="readout" aria-hidden="true">${rowName} and ${colName}: ${text}</p>
        ${el.tail((s) => {
          const code = s === 'none' ? 0 : s === 'self' ? SELF_CODE : CODE_STATUSES.indexOf(s) + 1;
          return {
            border: code ? '0' : '1px solid var(--_line)',
            background: `color-mix(in srgb, var(--_${code === SELF_CODE ? 'muted' : 'accent'}) ${OPACITY[code] * 100}%, var(--_bg))`,
          };
        })}
      </div>`;
    },

    draw(el) {
      const canvas = el.renderRoot.querySelector('canvas');
      if (!canvas) return;
      const { n, scale } = geometry(el);
      // The colours are the theme's: a new theme or accent redraws.
      const style = getComputedStyle(el);
      const accent = style.getPropertyValue('--_accent').trim() || '#6b3fa0';
      const muted = style.getPropertyValue('--_muted').trim() || '#5d6470';
      const key = [el.rowIds, scale, accent, muted];
      if (!key.some((v, i) => v !== drawn[i]) && canvas.width === n * scale) return;
      drawn = key;
      const order = new Int32Array(el.rowIds.map((id) => grid.index.get(id) ?? 0));
      const colors = OPACITY.map((_, code) => (code === SELF_CODE ? muted : accent));
      drawAdjacency(canvas, grid, order, scale, makePalette(colors, OPACITY));
    },

    move(el, { row, col }, event) {
      const ids = el.rowIds;
      const to = moveInGrid({ row: ids.indexOf(row), col: ids.indexOf(col) }, event, ids.length, ids.length);
      return to && { row: ids[to.row], col: ids[to.col] };
    },

    anchor(el, { row, col }) {
      const canvas = el.renderRoot.querySelector('canvas');
      const r = el.rowIds.indexOf(row);
      const c = el.rowIds.indexOf(col);
      if (!canvas || r < 0 || c < 0) return null;
      const rect = canvas.getBoundingClientRect();
      const cells = band(el.rowIds.length, rect.width);
      const side = Math.max(1, cells.bandwidth);
      return new DOMRect(rect.left + cells.at(c), rect.top + cells.at(r), side, side);
    },
  };
}
