import { css } from 'lit';

/** The timeline's own styles, adopted with its drawing (./timeline-view.ts) when it loads. */
export const timelineStyles = css`
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
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    cursor: ew-resize;
    /* A horizontal drag scrubs; a vertical one still scrolls the page. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  text {
    fill: var(--_fg);
    font-size: 12px;
    pointer-events: none;
  }
  .band {
    fill: transparent;
  }
  .lane.odd .band {
    fill: color-mix(in srgb, var(--_fg) 4%, transparent);
  }
  .lane.selected .band {
    fill: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  .lane.selected .name {
    font-weight: 700;
  }
  .name {
    fill: var(--_muted);
  }
  .shape {
    fill: var(--_kind);
    stroke: var(--_kind);
    stroke-width: 1.5px;
  }
  .joint .shape {
    fill: var(--_bg);
    stroke-width: 1px;
  }
  .joint {
    opacity: 0.8;
  }
  .context .shape {
    fill: var(--_muted);
    stroke: none;
  }
  .span {
    stroke: var(--_kind);
    stroke-linecap: round;
  }
  .letter {
    fill: var(--_bg);
    font-size: 9px;
    font-weight: 700;
  }
  .open .letter,
  .joint .letter {
    fill: var(--_kind);
  }
  .denied,
  .before {
    font-size: 9px;
    fill: var(--_fg);
  }
  .mark.later {
    opacity: var(--ally-timeline-later, 0.22);
  }
  .axis line {
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_muted);
  }
  .cursor line {
    stroke: var(--_accent);
    stroke-width: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .cursor {
      transition: transform 0.3s ease-out;
    }
    .mark {
      transition: opacity 0.3s;
    }
  }
  .controls {
    margin: 0.25em 0 0.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .play {
    min-width: 6.5em;
    min-height: 32px;
    padding: 0 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .play:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .date strong {
    font-variant-numeric: tabular-nums;
  }
  /* The scrubber: one look in every engine, its thumb 20 px wide (THUMB in ./timeline-view.ts). */
  input[type='range'] {
    display: block;
    max-width: 100%;
    height: 32px;
    margin-block: 0.25em 0;
    margin-inline-end: 0;
    padding: 0;
    appearance: none;
    -webkit-appearance: none;
    background: transparent;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 4px;
    border-radius: 2px;
    background: var(--_line);
  }
  input[type='range']::-moz-range-track {
    height: 4px;
    border-radius: 2px;
    background: var(--_line);
  }
  input[type='range']::-webkit-slider-thumb {
    width: 20px;
    height: 20px;
    margin-top: -8px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
    -webkit-appearance: none;
    appearance: none;
  }
  input[type='range']::-moz-range-thumb {
    width: 20px;
    height: 20px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
  }
  figure ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend,
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 0.75em;
    align-items: center;
  }
  .legend {
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .key {
    fill: var(--_muted);
    stroke: var(--_muted);
    stroke-width: 1.5px;
  }
  .key.joint {
    fill: none;
    stroke-width: 1px;
  }
  .key.context {
    stroke: none;
  }
  .swatch {
    display: inline-block;
    min-width: 1.25em;
    border-radius: 3px;
    background: var(--_kind);
    color: #fff;
    font-size: 0.75em;
    font-weight: 700;
    text-align: center;
  }
  .later-key {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_muted);
    opacity: var(--ally-timeline-later, 0.22);
  }
`;
