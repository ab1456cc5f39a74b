/**
 * The tooltip's claims and their styles: loaded the first time a reader points at or focuses a
 * cell (most readers of an embed never do), so the element's own bundle stays small.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { evidenceText, formatDate, listNames } from '../data/describe.js';
import type { Claim } from '../data/types.js';
import { STATUS_SYMBOL } from '../styles/encoding.js';
import type { CellRef, Model } from './matrix-model.js';

/** Claims listed in each group of a tooltip; more are counted. */
const SHOWN = 6;

export const tipStyles = css`
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
  h3 {
    margin: 0 0 4px;
    font-size: 1.08em;
  }
  h4 {
    margin: 8px 0 4px;
    font-size: 1em;
    color: var(--_muted);
  }
  h4:first-of-type {
    margin-top: 0;
  }
  .tip li + li {
    margin-top: 6px;
    padding-top: 6px;
    border-top: 1px solid var(--_line);
  }
  .evidence {
    font-weight: 600;
  }
  .sources,
  .more {
    color: var(--_muted);
  }
`;

/**
 * The cell's headers, then its claims by group ("Support to Russia", "Support from Russia",
 * "Joint activity (not counted as support)"), each with its evidence, date, text and sources.
 */
export function tipContent(model: Model, tip: CellRef): TemplateResult {
  const { data, name } = model;
  const groups = model.tipGroups(tip.row, tip.col);
  const source = (id: string): string => {
    const s = data.sources.find((x) => x.id === id);
    return s ? `${s.publisher}, ${formatDate(s.date)}` : id;
  };
  const item = (claim: Claim): TemplateResult => html`<li>
    <span class="evidence"><span aria-hidden="true">${STATUS_SYMBOL[claim.status]} </span>${evidenceText(claim, data)}</span>
    (${formatDate(claim.date)}): ${claim.text}
    ${claim.sources.length ? html`<div class="sources">Sources: ${listNames(claim.sources.map(source))}</div>` : nothing}
  </li>`;
  const title = model.adjacency ? `${name(tip.row)} to ${name(tip.col)}` : `${name(tip.row)}, ${name(tip.col)}`;
  return html`<h3>${title}</h3>
    ${groups.length
      ? groups.map(
          ({ heading, claims }) => html`<h4>${heading}</h4>
            <ul>
              ${claims.slice(0, SHOWN).map(item)}
            </ul>
            ${claims.length > SHOWN ? html`<p class="more">and ${claims.length - SHOWN} more.</p>` : nothing}`,
        )
      : html`<p class="more">${tip.row === tip.col && model.adjacency ? 'Same country.' : 'No claim recorded.'}</p>`}`;
}

/**
 * Puts the tooltip next to its cell's `anchor` box, inside the viewport. `host`: the element
 * when the tooltip is not in the top layer (no popover support); then fixed positions are
 * relative to the host, whose `contain` makes it the containing block.
 */
export function placeTip(tip: HTMLElement, anchor: DOMRect, host: Element | null): void {
  const box = tip.getBoundingClientRect();
  const gap = 6;
  let top = anchor.bottom + gap;
  if (top + box.height > innerHeight - gap && anchor.top - gap - box.height >= gap) top = anchor.top - gap - box.height;
  const left = Math.max(gap, Math.min(anchor.left, innerWidth - box.width - gap));
  const origin = host?.getBoundingClientRect() ?? { left: 0, top: 0 };
  tip.style.left = `${Math.round(left - origin.left)}px`;
  tip.style.top = `${Math.round(top - origin.top)}px`;
}
