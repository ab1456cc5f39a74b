import { css } from 'lit';

/** Sizes are in em of the host (its font size is themeable), never rem: the page's root size must not reach in. */
export const matrixStyles = css`
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
  /*
   * The table is laid out as one grid per row, every row with the same explicit columns
   * (--_columns, from the fit), so that rows far from the viewport skip style, layout and paint
   * (content-visibility, beyond a long table's first screenful), which table rows cannot. Rows
   * and cells keep their semantics through explicit roles.
   */
  table {
    display: block;
    max-width: 100%;
    padding-bottom: 2px;
    font-size: 0.875em;
  }
  .overflow table {
    max-width: none;
  }
  thead,
  tbody {
    display: block;
  }
  colgroup {
    display: none;
  }
  tr {
    display: grid;
    grid-template-columns: var(--_columns);
    column-gap: 2px;
    padding: 2px 2px 0;
  }
  .later {
    content-visibility: auto;
    contain-intrinsic-size: auto 32px;
  }
  th {
    display: grid;
    align-content: center;
    min-width: 0;
    font-weight: 600;
    text-align: start;
    padding: 4px 6px;
    overflow-wrap: break-word;
  }
  .short {
    white-space: nowrap;
  }
  /* A kind's letter, above its label (a column is never narrower than the letter). */
  .letter {
    justify-self: center;
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    margin-bottom: 2px;
    border-radius: 50%;
    background: var(--_kind, var(--_muted));
    color: var(--_bg);
    font-size: 0.8em;
    font-weight: 700;
  }
  tbody .letter {
    justify-self: start;
  }
  thead th {
    align-content: end;
    text-align: center;
    border-top: 4px solid var(--_kind, var(--_line));
  }
  tbody th {
    font-weight: 500;
    border-inline-start: 4px solid var(--_kind, transparent);
    cursor: pointer;
  }
  th.group {
    border-width: 6px;
    font-weight: 700;
  }
  tbody .group {
    cursor: default;
    padding-top: 10px;
  }
  .overflow [scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  .hl {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  th.sel {
    font-weight: 700;
    background: color-mix(in srgb, var(--_accent) 22%, var(--_bg));
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .rotated [scope='col'] {
    padding: 4px 0;
  }
  .rotated thead .label {
    justify-self: center;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    display: inline-block;
    white-space: nowrap;
    max-block-size: 11em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Centred in a taller row (its header wraps), as a table cell would be. */
  td[part] {
    align-self: center;
    position: relative;
    padding: 2px 0;
    cursor: pointer;
  }
  /* Inside the cell: a row clips what its cells paint outside it. */
  td[part]:focus-visible {
    outline-offset: -3px;
    z-index: 2;
  }
  /* The selected country: a bar under each of its cells, never a fill (fills mean evidence). */
  .sel .mark {
    box-shadow: inset 0 -4px 0 var(--_accent);
  }
  .mark {
    --c: var(--_kind, var(--_accent));
    --f: color-mix(in srgb, var(--c) var(--ally-matrix-fill, 32%), var(--_bg));
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
  }
  /* Narrow cells keep every glyph of the mark, the ✕ of a denial too. */
  .narrow .mark {
    font-size: 0.75em;
    letter-spacing: -0.05em;
  }
  [data-status='reported'] .mark,
  [data-status='stated'] .mark {
    background: var(--f);
    border-color: var(--c);
  }
  [data-status='acknowledged-in-part'] .mark,
  [data-status='alleged'] .mark {
    background: repeating-linear-gradient(135deg, var(--f) 0 3px, var(--_bg) 3px 6px);
    border: 1px dashed var(--c);
  }
  [data-status='denied'] .mark {
    border: 1px dotted var(--_muted);
  }
  [data-status='characterized'] .mark {
    border-color: color-mix(in srgb, var(--c) 55%, var(--_bg));
  }
  [data-status='none'] .mark {
    color: var(--_muted);
  }
  [data-status='self'] .mark {
    background: repeating-linear-gradient(45deg, var(--_line) 0 1px, transparent 1px 5px);
  }
  /*
   * What a cell shows apart from its mark (support received, joint activity): a line under the
   * mark, outside its fill and border. Every row keeps the line when some cell has one, so that
   * rows stay even.
   */
  .apart {
    display: none;
  }
  .with-apart .mark {
    height: 24px;
    line-height: 22px;
  }
  .with-apart .apart {
    display: block;
    height: 15px;
    line-height: 15px;
    font-size: 0.86em;
    text-align: center;
    white-space: nowrap;
    overflow: hidden;
  }
  /* The tooltip's own styles come with its content (./matrix-tip.ts). */
  .tip:not(:popover-open):not(.open) {
    display: none;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-title {
    font-weight: 600;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
    font-size: 0.8125em;
  }
  [part='legend'] ul {
    display: contents;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  [part='legend'] .mark {
    --_kind: var(--_muted);
    min-width: 22px;
    height: 20px;
    line-height: 18px;
  }
  .legend-caption,
  .keys {
    flex-basis: 100%;
    margin: 0;
  }
  [part='legend'] .keys {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 14px;
  }
  [part='legend'] .key {
    min-width: 22px;
    text-align: center;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* Boxes mean claims: an empty cell keeps none where the system draws every border. */
    [data-status='none'] .mark {
      border-color: Canvas;
    }
  }
  @media print {
    .later {
      content-visibility: visible;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    th {
      transition: background-color 120ms;
    }
  }
`;
