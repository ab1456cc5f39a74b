import { css } from 'lit';

/** Sizes are in em of the host (its font size is themeable), never rem: the page's root size must not reach in. */
export const matrixStyles = css`
  :host {
    --_cell-fill: var(--ally-matrix-fill, 32%);
    --_row-highlight: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .k0 { --kind: var(--_k0); }
  .k1 { --kind: var(--_k1); }
  .k2 { --kind: var(--_k2); }
  .k3 { --kind: var(--_k3); }
  .k4 { --kind: var(--_k4); }
  .k5 { --kind: var(--_k5); }
  .k6 { --kind: var(--_k6); }
  .k7 { --kind: var(--_k7); }
  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }
  .scroller {
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  table {
    border-collapse: separate;
    border-spacing: 2px;
    table-layout: fixed;
    max-width: 100%;
    font-size: 0.875em;
  }
  .overflow table {
    max-width: none;
  }
  caption {
    caption-side: top;
  }
  th {
    font-weight: 600;
    text-align: start;
    padding: 4px 6px;
    overflow-wrap: break-word;
  }
  th .short {
    white-space: nowrap;
  }
  thead th {
    vertical-align: bottom;
    text-align: center;
    border-top: 4px solid var(--kind, var(--_line));
    color: var(--_fg);
  }
  thead th.group {
    border-top-width: 6px;
    font-weight: 700;
  }
  thead th.country {
    border-top-color: var(--_line);
  }
  tbody th {
    font-weight: 500;
    border-inline-start: 4px solid var(--kind, transparent);
    cursor: pointer;
  }
  tbody th.group {
    cursor: default;
    padding-top: 10px;
    font-weight: 700;
    border-inline-start-width: 6px;
  }
  .overflow tbody th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  th.hl {
    background: var(--_row-highlight);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  th.sel {
    font-weight: 700;
    background: color-mix(in srgb, var(--_accent) 22%, var(--_bg));
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .rotated thead th:not(.group):not(.corner) {
    padding: 4px 0;
  }
  .rotated thead th:not(.group) .label {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    display: inline-block;
    white-space: nowrap;
    max-block-size: 11em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  td[part~='cell'] {
    position: relative;
    min-width: 24px;
    height: 32px;
    padding: 0;
    text-align: center;
    cursor: pointer;
    outline-offset: -1px;
  }
  td[part~='cell']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    z-index: 2;
  }
  /* The selected country: a bar under each of its cells, never a fill (fills mean evidence). */
  td.sel .mark {
    box-shadow: inset 0 -4px 0 var(--_accent);
  }
  .mark {
    display: block;
    min-width: 24px;
    height: 28px;
    line-height: 26px;
    border: 1px solid transparent;
    border-radius: 3px;
    text-align: center;
    font-size: 0.93em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_fg);
  }
  .narrow .mark {
    font-size: 0.79em;
    letter-spacing: -0.02em;
  }
  [data-status='reported'] .mark,
  [data-status='stated'] .mark {
    background: color-mix(in srgb, var(--kind, var(--_accent)) var(--_cell-fill), var(--_bg));
    border: 1px solid var(--kind, var(--_accent));
  }
  [data-status='acknowledged-in-part'] .mark,
  [data-status='alleged'] .mark {
    background: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--kind, var(--_accent)) var(--_cell-fill), var(--_bg)) 0 3px,
      var(--_bg) 3px 6px
    );
    border: 1px dashed var(--kind, var(--_accent));
  }
  [data-status='denied'] .mark {
    border: 1px dotted var(--_muted);
  }
  [data-status='characterized'] .mark {
    border: 1px solid color-mix(in srgb, var(--kind, var(--_accent)) 55%, var(--_bg));
  }
  [data-status='none'] .mark {
    color: var(--_muted);
  }
  [data-status='self'] .mark {
    background: repeating-linear-gradient(45deg, var(--_line) 0 1px, transparent 1px 5px);
  }
  .tip {
    position: fixed;
    inset: auto;
    margin: 0;
    z-index: 10;
    max-width: min(30em, calc(100vw - 16px));
    max-height: min(60vh, 34em);
    overflow: auto;
    padding: 8px 10px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.35;
  }
  .tip:not(:popover-open):not(.open) {
    display: none;
  }
  .tip h3 {
    margin: 0 0 4px;
    font-size: 1.08em;
  }
  .tip ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tip li + li {
    margin-top: 6px;
    padding-top: 6px;
    border-top: 1px solid var(--_line);
  }
  .tip .evidence {
    font-weight: 600;
  }
  .tip .sources,
  .tip .more {
    color: var(--_muted);
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    font-size: 0.8125em;
    color: var(--_fg);
  }
  [part~='legend'] ul {
    display: contents;
    list-style: none;
  }
  [part~='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  [part~='legend'] .mark {
    --kind: var(--_muted);
    min-width: 22px;
    height: 20px;
    line-height: 18px;
  }
  .legend-title {
    font-weight: 600;
  }
  .status-message {
    margin: 0;
    color: var(--_muted);
  }
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
    outline: 3px solid var(--_focus);
  }
  .readout {
    margin: 0;
    min-height: 1.4em;
    font-size: 0.875em;
  }
  .canvas-legend .mark {
    border: 0;
  }
  .canvas-legend [data-status='none'] .mark {
    border: 1px solid var(--_line);
  }
  @media (prefers-reduced-motion: no-preference) {
    th {
      transition: background-color 120ms;
    }
  }
`;
