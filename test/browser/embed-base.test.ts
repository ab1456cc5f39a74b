import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, svg, type TemplateResult } from 'lit';
import { VizElement } from '../../src/internal/viz-element.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/data/types.js';
import { parseCsv, readDownloads } from './embed-helpers.js';

/** A view with a small picture styled from its stylesheet, as the real views are. */
class EmbedTestView extends VizElement {
  static override styles = css`
    .mark {
      fill: var(--_slot2);
      stroke: var(--_fg);
      stroke-dasharray: 8 4;
    }
    text {
      font-size: 13px;
    }
  `;
  protected renderView(data: Dataset): TemplateResult {
    return html`<svg part="chart" viewBox="0 0 200 100" width="200" height="100" role="img" aria-label="test">
      ${svg`<rect class="mark" x="10" y="10" width="50" height="50"></rect>
      <a href="https://example.com/"><text x="80" y="40">${data.countries.length} countries</text></a>`}
    </svg>`;
  }
}
customElements.define('embed-test-view', EmbedTestView);

/** A view drawn in HTML: its picture is a snapshot. */
class EmbedTextView extends VizElement {
  static override styles = css`
    p {
      margin: 0;
      padding: 8px;
      border: 2px solid var(--_slot1);
      color: var(--_slot1);
      text-transform: uppercase;
    }
  `;
  protected renderView(data: Dataset): TemplateResult {
    return html`<p>${data.title}</p><span class="visually-hidden">hidden text</span>`;
  }
}
customElements.define('embed-text-view', EmbedTextView);

/** A view that says it has no picture. */
class EmbedNoPictureView extends EmbedTextView {
  protected override exportSvg(): SVGSVGElement | null {
    return null;
  }
}
customElements.define('embed-no-picture-view', EmbedNoPictureView);

declare global {
  interface HTMLElementTagNameMap {
    'embed-test-view': EmbedTestView;
    'embed-text-view': EmbedTextView;
    'embed-no-picture-view': EmbedNoPictureView;
  }
}

const root = (el: Element): ShadowRoot => el.shadowRoot!;

async function openDownloads(el: VizElement): Promise<HTMLElement> {
  const details = root(el).querySelector<HTMLDetailsElement>('[part~="downloads"]')!;
  details.open = true;
  await waitUntil(() => root(el).querySelector('.download-list'), 'the menu opens');
  await el.updateComplete;
  return details;
}

describe('VizElement: source line and downloads', () => {
  it('shows the dataset title, the approximate as-of date and the sources under the view', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view></embed-test-view>`);
    const footer = root(el).querySelector('[part~="footer"]')!;
    expect(footer).to.exist;
    const line = footer.querySelector('[part~="source-line"]')!.textContent.replace(/\s+/g, ' ');
    expect(line).to.contain(defaultDataset.title);
    expect(line).to.contain('Data as of approximately 21 March 2023');
    const sources = footer.querySelector<HTMLDetailsElement>('[part~="sources"]')!;
    expect(sources.querySelector('summary')!.textContent).to.contain(`${defaultDataset.sources.length} sources`);
    sources.open = true;
    await waitUntil(() => sources.querySelectorAll('li').length === defaultDataset.sources.length);
    for (const a of sources.querySelectorAll('a')) expect(a.href).to.match(/^https?:/);
  });

  it('no-downloads hides the menu but keeps the source line', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view no-downloads></embed-test-view>`);
    expect(el.noDownloads).to.be.true;
    expect(root(el).querySelector('[part~="downloads"]')).to.be.null;
    expect(root(el).querySelector('[part~="source-line"]')).to.exist;
    el.noDownloads = false;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="downloads"]')).to.exist;
  });

  it('the menu offers CSV, SVG and PNG, and only CSV for a view without a picture', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view></embed-test-view>`);
    const menu = await openDownloads(el);
    expect([...menu.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal([
      'Data (CSV)',
      'Picture (SVG)',
      'Picture (PNG)',
    ]);
    const none = await fixture<EmbedNoPictureView>(html`<embed-no-picture-view></embed-no-picture-view>`);
    const noneMenu = await openDownloads(none);
    expect([...noneMenu.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['Data (CSV)']);
    expect(await none.toSVG()).to.be.null;
  });

  it('a view drawn in HTML exports a snapshot: its boxes and text, not its hidden text', async () => {
    const el = await fixture<EmbedTextView>(html`<embed-text-view></embed-text-view>`);
    const doc = new DOMParser().parseFromString((await el.toSVG())!, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.be.null;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include(defaultDataset.title.toUpperCase());
    expect(texts.join(' ')).not.to.contain('hidden text');
    const border = doc.querySelector('rect[stroke]')!;
    expect(border.getAttribute('stroke')).to.equal('rgb(183, 121, 31)');
    expect(border.getAttribute('stroke-width')).to.equal('2');
  });

  it('the CSV button downloads every claim', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view></embed-test-view>`);
    const menu = await openDownloads(el);
    const files = await readDownloads(() => menu.querySelector('button')!.click());
    expect(files).to.have.length(1);
    expect(files[0].name).to.equal('who-stands-with-russia-embed-test-view-2023-03-21.csv');
    const rows = parseCsv(files[0].text.replace(/^\ufeff/, ''));
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(defaultDataset.claims.map((c) => c.id));
  });

  it('the SVG is a standalone file: computed styles inlined, a title, the source line, nothing external', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view theme="dark"></embed-test-view>`);
    const text = (await el.toSVG())!;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.be.null;
    const svgRoot = doc.documentElement;
    expect(svgRoot.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svgRoot.getAttribute('width')).to.equal('224'); // 200 and a 12 px margin
    expect(svgRoot.querySelector('title')!.textContent).to.contain(defaultDataset.title);
    expect(svgRoot.textContent).to.contain('Data as of approximately 21 March 2023');
    const mark = svgRoot.querySelector('rect:not([width="100%"])')!;
    // The dark theme's military colour, resolved from custom properties into plain attributes.
    expect(mark.getAttribute('fill')).to.equal('rgb(240, 112, 96)');
    expect(mark.getAttribute('stroke-dasharray')).to.match(/^8,? 4$/);
    expect(svgRoot.querySelector('rect[width="100%"]')!.getAttribute('fill')).to.equal('rgb(22, 24, 28)');
    expect(text).not.to.match(/\sclass=|\sstyle=|\spart=|<a[\s>]|https?:\/\/(?!www\.w3\.org)/);
  });

  it('the PNG is drawn from the SVG at twice its size', async () => {
    const el = await fixture<EmbedTestView>(html`<embed-test-view></embed-test-view>`);
    const png = (await el.toPNG())!;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(448);
    expect(bitmap.height).to.be.greaterThan(248);
  });
});

/** A test view 4,000 px below the top of the page, never scrolled to. */
async function farBelowTheFold(): Promise<EmbedTestView> {
  const page = await fixture<HTMLElement>(html`<div>
    <div style="height: 4000px"></div>
    <embed-test-view></embed-test-view>
  </div>`);
  const el = page.querySelector('embed-test-view')!;
  await el.updateComplete;
  return el;
}

describe('VizElement: lazy start', () => {
  it('a view far below the fold shows a placeholder until it nears the viewport', async () => {
    const el = await farBelowTheFold();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(root(el).querySelector('[part~="placeholder"]')).to.exist;
    expect(root(el).querySelector('svg')).to.be.null;
    expect(root(el).querySelector('[part~="placeholder"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    el.scrollIntoView();
    await waitUntil(() => root(el).querySelector('svg'), 'the view draws once scrolled near');
    expect(root(el).querySelector('[part~="placeholder"]')).to.be.null;
    window.scrollTo(0, 0);
  });

  it('printing starts a view that has not come near the viewport', async () => {
    const el = await farBelowTheFold();
    expect(root(el).querySelector('svg')).to.be.null;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root(el).querySelector('svg')).to.exist;
  });
});
