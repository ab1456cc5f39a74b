import { css } from 'lit';

/**
 * What the base class draws around every view — the placeholder before the view starts, the
 * source line and the download menu — and the print rules. `VizElement` appends these to each
 * view's own styles, so a view gets them without listing them.
 */
export const chromeStyles = css`
  :host {
    /* Inherited text properties a page may set on an ancestor: the views set their own. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* Reserved height of a view before it draws (the same as the :not(:defined) rule). */
    --_reserve: var(--ally-reserved-height, 24rem);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .placeholder {
    min-height: var(--_reserve);
  }
  .viz-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px var(--_space);
    flex-basis: 100%;
    grid-column: 1 / -1;
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }
  .source-line {
    flex: 1 1 18em;
    margin: 0;
  }
  .source-line > span:not(:last-child)::after {
    content: ' · ';
  }
  .viz-footer details {
    min-width: 0;
  }
  .viz-footer summary {
    cursor: pointer;
    color: var(--_fg);
    border-radius: var(--_radius);
  }
  .viz-footer a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .viz-footer a:hover {
    color: var(--_fg);
  }
  .source-list {
    margin: 4px 0 0;
    padding-inline-start: 1.5em;
  }
  .download-list {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .download-list button {
    margin: 0;
    padding: 4px 10px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    line-height: 1.4;
    cursor: pointer;
  }
  .download-list button:hover {
    border-color: var(--_fg);
  }
  .download-message {
    flex-basis: 100%;
    margin: 4px 0 0;
  }
  .download-message:empty {
    display: none;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    /* The whole view, without interactive chrome. */
    [part~='downloads'],
    [part~='tooltip'],
    [role='tooltip'],
    [part~='controls'],
    .placeholder,
    .no-print {
      display: none !important;
    }
    :not(svg, svg *) {
      overflow: visible !important;
      max-height: none !important;
    }
  }
`;
