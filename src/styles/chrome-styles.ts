import { css } from 'lit';

/**
 * What the base class draws around every view — the placeholder before the view starts, the
 * source line and the download menu — and the print rules. `VizElement` appends these to each
 * view's own styles, so a view gets them without listing them.
 */
export const chromeStyles = css`
  /*
   * A page's own rules reach the host element (a reset such as \`* { all: unset }\`) and its
   * inherited text properties reach inside. Important declarations of :host win over the page's,
   * so the view keeps its box and text; publishers theme with the --ally-* properties and
   * ::part(), and hide a view with the hidden attribute.
   */
  :host {
    display: block !important;
    contain: content !important;
    color: var(--_fg) !important;
    background-color: var(--_bg) !important;
    font-family: var(--ally-font-family, inherit) !important;
    font-size: var(--ally-font-size, 16px) !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * The size a view reserves before it draws; dist/ally-viz.css gives :not(:defined) the same.
   * --ally-reserved-height, set by a publisher on the element, overrides both.
   */
  .placeholder {
    min-height: var(--ally-reserved-height, 400px);
  }
  :host(ally-network) .placeholder {
    aspect-ratio: 1;
    min-height: var(--ally-reserved-height, 712px);
    max-height: var(--ally-reserved-height, 852px);
  }
  :host(aid-matrix) .placeholder {
    min-height: var(--ally-reserved-height, clamp(570px, 730px - 12vw, 700px));
  }
  :host(country-card) .placeholder {
    min-height: var(--ally-reserved-height, 420px);
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
