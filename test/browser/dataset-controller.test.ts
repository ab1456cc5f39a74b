import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { VizElement } from '../../src/internal/viz-element.js';
import type { Dataset } from '../../src/data/types.js';
import type { DataErrorDetail } from '../../src/events.js';
import { sharedStyles } from '../../src/styles/shared-styles.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import smallJson from '../fixtures/small.json';

/** The smallest view: shows the title of the dataset it got, and what its controllers know. */
class DatasetTestView extends VizElement {
  static override styles = sharedStyles;

  protected renderView(data: Dataset): TemplateResult {
    return html`<h2>${data.title}</h2>`;
  }

  get width(): number {
    return this.size.width;
  }
}
customElements.define('dataset-test-view', DatasetTestView);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-test-view': DatasetTestView;
  }
}

const small = smallJson as Dataset;
const SMALL_TITLE = 'A small test dataset';

// The test server turns every .json file into a JavaScript module (for the default dataset's
// import), so the loads go through same-origin blob: URLs holding the JSON text.
const urls: string[] = [];
function served(text: string, type = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  return url;
}
afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));

function title(el: DatasetTestView): string | null {
  return el.shadowRoot!.querySelector('h2')?.textContent ?? null;
}

function errorBox(el: DatasetTestView): HTMLElement | null {
  return el.shadowRoot!.querySelector('[role="alert"][part~="error"]');
}

describe('DatasetController', () => {
  it('shows the bundled default dataset with neither data nor src', async () => {
    const el = await fixture<DatasetTestView>(html`<dataset-test-view></dataset-test-view>`);
    expect(title(el)).to.equal(defaultDataset.title);
    expect(errorBox(el)).to.equal(null);
  });

  it('data wins over src', async () => {
    const el = await fixture<DatasetTestView>(
      html`<dataset-test-view src="/test/fixtures/missing.json" .data=${small}></dataset-test-view>`,
    );
    expect(title(el)).to.equal(SMALL_TITLE);
    el.src = '/test/fixtures/also-missing.json';
    await el.updateComplete;
    expect(title(el)).to.equal(SMALL_TITLE);
    el.data = undefined;
    await waitUntil(() => errorBox(el) !== null, 'src takes over once data is cleared');
  });

  it('loads src, saying so while it loads', async () => {
    const el = await fixture<DatasetTestView>(
      html`<dataset-test-view src=${served(JSON.stringify(small))}></dataset-test-view>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"][part~="loading"]')).to.exist;
    await waitUntil(() => title(el) === SMALL_TITLE, 'the fixture loads');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(title(el)).to.equal(defaultDataset.title);
  });

  it('a newer src aborts the older load', async () => {
    const original = window.fetch.bind(window);
    const signals = new Map<string, AbortSignal>();
    let releaseSlow = (): void => undefined;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.signal) signals.set(new URL(url).pathname, init.signal);
      if (!url.includes('slow')) return original(input, init);
      // Answers only when released, after the newer src has loaded: unless the older load was
      // aborted, its late answer would replace the newer dataset.
      return new Promise((resolve) => {
        releaseSlow = () => resolve(new Response(JSON.stringify({ ...defaultDataset, title: 'Slow' })));
      });
    };
    try {
      const el = await fixture<DatasetTestView>(html`<dataset-test-view src="/slow.json"></dataset-test-view>`);
      await waitUntil(() => signals.has('/slow.json'), 'the older load is under way');
      const newer = served(JSON.stringify(small));
      el.src = newer;
      await waitUntil(() => title(el) === SMALL_TITLE, 'the newer src loads');
      expect(signals.get('/slow.json')?.aborted).to.be.true;
      expect(signals.get(new URL(newer).pathname)?.aborted).to.be.false;
      releaseSlow();
      await new Promise((r) => setTimeout(r, 50));
      expect(title(el)).to.equal(SMALL_TITLE);
    } finally {
      window.fetch = original;
    }
  });

  it('a 404 shows an alert naming the URL and fires data-error', async () => {
    const el = document.createElement('dataset-test-view');
    el.src = '/test/fixtures/missing.json';
    const failed = oneEvent(document, 'data-error');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    const event = (await failed) as CustomEvent<DataErrorDetail>;
    await el.updateComplete;
    expect(event.composed).to.be.true;
    expect(event.detail.src).to.equal('/test/fixtures/missing.json');
    expect(event.detail.message).to.contain('/test/fixtures/missing.json').and.to.contain('404');
    expect(errorBox(el)!.textContent).to.contain('/test/fixtures/missing.json').and.to.contain('404');
    expect(title(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('invalid JSON shows an alert naming the URL', async () => {
    const src = served('{ "version": 1, "title": "cut short"');
    const el = await fixture<DatasetTestView>(html`<dataset-test-view src=${src}></dataset-test-view>`);
    await waitUntil(() => errorBox(el) !== null, 'the error shows');
    expect(errorBox(el)!.textContent).to.contain(src).and.to.contain('not valid JSON');
  });

  it('an invalid dataset from src shows an alert naming the URL and the field', async () => {
    const claims = small.claims.map((c, i) => (i === 1 ? { ...c, parties: ['BBB', 'XXX'] } : c));
    const src = served(JSON.stringify({ ...small, claims }));
    const failed = oneEvent(document, 'data-error');
    const el = await fixture<DatasetTestView>(html`<dataset-test-view src=${src}></dataset-test-view>`);
    const event = (await failed) as CustomEvent<DataErrorDetail>;
    await el.updateComplete;
    expect(event.detail.message).to.contain(src).and.to.contain('claims[1].parties[1]');
    expect(errorBox(el)!.textContent).to.contain(src).and.to.contain('claims[1].parties[1]').and.to.contain('XXX');
  });

  it('an invalid data object shows an alert naming the field, and recovers with valid data', async () => {
    const broken = { ...small, hub: 'NOPE' };
    const el = await fixture<DatasetTestView>(html`<dataset-test-view></dataset-test-view>`);
    const failed = oneEvent(el, 'data-error');
    el.data = broken;
    const event = (await failed) as CustomEvent<DataErrorDetail>;
    await el.updateComplete;
    expect(event.detail.message).to.contain('hub');
    expect(event.detail.src).to.equal(undefined);
    expect(errorBox(el)!.textContent).to.contain('hub');
    el.data = small;
    await el.updateComplete;
    expect(errorBox(el)).to.equal(null);
    expect(title(el)).to.equal(SMALL_TITLE);
  });

  it('a data value that is not an object shows an alert', async () => {
    const el = await fixture<DatasetTestView>(html`<dataset-test-view></dataset-test-view>`);
    el.data = 'nope' as unknown as Dataset;
    await el.updateComplete;
    expect(errorBox(el)!.textContent).to.contain('data property');
  });
});

describe('ThemeController', () => {
  it('the theme attribute flips the colours', async () => {
    const el = await fixture<DatasetTestView>(html`<dataset-test-view theme="light"></dataset-test-view>`);
    const light = getComputedStyle(el).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 24, 28)');
    expect(getComputedStyle(el).color).to.equal('rgb(236, 238, 241)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });
});

describe('SizeController', () => {
  it('tracks the width of the host as it resizes', async () => {
    const el = await fixture<DatasetTestView>(html`<dataset-test-view style="width: 320px"></dataset-test-view>`);
    await waitUntil(() => el.width === 320, 'initial width');
    el.style.width = '480px';
    await waitUntil(() => el.width === 480, 'width after resizing');
  });
});
