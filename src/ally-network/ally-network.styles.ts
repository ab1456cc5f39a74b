import { css } from 'lit';

export const allyNetworkStyles = css`
  figure {
    margin: 0;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
  }
  .summary {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .chart {
    position: relative;
  }
  .network {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
    -webkit-user-select: none;
    /* One finger scrolls the page; two pinch the drawing (see ZoomController). */
    touch-action: pan-x pan-y;
  }
  /* Zoomed in: the picture is cut at the drawing's edge, and one finger pans it. */
  .network.zoomed {
    overflow: hidden;
    touch-action: none;
    cursor: grab;
  }
  .zoom-reset {
    position: absolute;
    top: 4px;
    right: 4px;
    min-height: 24px;
    padding: 0 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .zoom-hint {
    position: absolute;
    top: 50%;
    left: 50%;
    margin: 0;
    padding: 0.375em 0.75em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_fg) 80%, transparent);
    color: var(--_bg);
    font-size: 0.875em;
    pointer-events: none;
    transform: translate(-50%, -50%);
  }
  /* Joint activity is neither side's support: neutral and thin, whatever its kind. */
  .link[data-relation='joint'],
  .joint-key line {
    --_kind: var(--_muted);
    stroke: var(--_kind);
    stroke-width: 1px;
  }
  .link {
    stroke: var(--_kind);
    stroke-linecap: round;
  }
  /* Dashes with round caps were most of the cost of painting a frame: solid while a node is dragged. */
  .dragging .link {
    stroke-dasharray: none;
  }
  text {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .letter {
    font-size: 10px;
    font-weight: 700;
    text-anchor: middle;
  }
  /* Faded through the colour's alpha and the inherited fill and stroke opacities, not 'opacity':
     an opacity group per element made a drag's frames several times slower to paint. */
  @media (prefers-reduced-motion: no-preference) {
    .link {
      transition: stroke 0.15s;
    }
    .letter,
    .node {
      transition:
        fill-opacity 0.15s,
        stroke-opacity 0.15s;
    }
  }
  .link.dim {
    stroke: color-mix(in srgb, var(--_kind) 15%, transparent);
  }
  .link.faint {
    stroke: color-mix(in srgb, var(--_kind) 40%, transparent);
  }
  .node.dim,
  .letter.dim {
    fill-opacity: 0.15;
    stroke-opacity: 0.15;
  }
  .node.faint,
  .letter.faint {
    fill-opacity: 0.4;
    stroke-opacity: 0.4;
  }
  .idle {
    fill-opacity: 0.5;
    stroke-opacity: 0.5;
  }
  .node {
    cursor: pointer;
    outline: none;
    touch-action: none;
  }
  /* Nothing to paint, still hit. */
  .hit {
    fill: none;
    pointer-events: all;
  }
  .dot {
    fill: var(--ally-network-node, var(--_muted));
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .hub .dot {
    fill: var(--ally-network-hub, var(--_fg));
  }
  .third-party .dot {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-dasharray: 3 2;
  }
  .active .dot {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  .selected .dot {
    stroke: var(--_accent);
    stroke-width: 4px;
    paint-order: stroke;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
    visibility: hidden;
  }
  .node:focus-visible .ring,
  .keyboard .ring {
    visibility: visible;
  }
  .hub text,
  .selected text {
    font-weight: 700;
  }
  .tooltip {
    position: absolute;
    max-width: min(18rem, calc(100% - 8px));
    padding: 0.375em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 0.875em;
    pointer-events: none;
  }
  figure ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    min-width: 1.25em;
    margin-inline-end: 0.25em;
    border-radius: 3px;
    background: var(--_kind);
    color: #fff;
    font-size: 0.75em;
    font-weight: 700;
    text-align: center;
  }
  .legend,
  .legend ul,
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 0.75em;
    align-items: center;
  }
  .legend {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .legend svg {
    vertical-align: middle;
  }
  .kinds button {
    min-height: 24px;
    padding: 0 0.5em 0 0.25em;
    border: 1px solid var(--_line);
    border-radius: 1em;
    background: var(--_bg);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  [aria-pressed='false'] .swatch {
    background: var(--_muted);
  }
`;
