import { css } from 'lit';

export const allyNetworkStyles = css`
  :host {
    --_node: var(--ally-network-node, var(--_muted));
    --_hub: var(--ally-network-hub, var(--_fg));
  }
  figure {
    margin: 0;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .summary {
    margin: 0.125em 0 0.5em;
    color: var(--_muted);
  }
  .chart {
    position: relative;
  }
  svg.network {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
    -webkit-user-select: none;
  }
  .k0 {
    --_kind: var(--_k0);
  }
  .k1 {
    --_kind: var(--_k1);
  }
  .k2 {
    --_kind: var(--_k2);
  }
  .k3 {
    --_kind: var(--_k3);
  }
  .k4 {
    --_kind: var(--_k4);
  }
  .k5 {
    --_kind: var(--_k5);
  }
  .k6 {
    --_kind: var(--_k6);
  }
  .k7 {
    --_kind: var(--_k7);
  }
  .link {
    stroke: var(--_kind);
    stroke-linecap: round;
    fill: none;
    transition: opacity 150ms ease-out;
    animation: appear 300ms ease-out;
  }
  .letter {
    font-size: 10px;
    font-weight: 700;
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    text-anchor: middle;
    pointer-events: none;
    transition: opacity 150ms ease-out;
    animation: appear 300ms ease-out;
  }
  .dim {
    opacity: 0.12;
  }
  .faint {
    opacity: 0.35;
  }
  .node {
    cursor: pointer;
    outline: none;
    touch-action: none;
    transition: opacity 150ms ease-out;
  }
  .node.idle {
    opacity: 0.45;
  }
  .node.dim {
    opacity: 0.25;
  }
  .node.faint {
    opacity: 0.55;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--_node);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .hub .dot {
    fill: var(--_hub);
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
  .node.keyboard .ring {
    visibility: visible;
  }
  .label {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .hub .label,
  .selected .label {
    font-weight: 700;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18rem, calc(100% - 8px));
    padding: 0.375em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.875em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    background: var(--_kind);
    display: inline-block;
    min-width: 1.25em;
    margin-inline-end: 0.25em;
    border-radius: 3px;
    color: #fff;
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.5;
    text-align: center;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: center;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .kinds button {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.125em 0.5em 0.125em 0.25em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }
  .kinds button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .kinds button[aria-pressed='false'] .swatch {
    background: var(--_muted) !important;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .link,
    .letter,
    .node {
      transition: none;
      animation: none;
    }
  }
`;
