/**
 * The built bundle in pages that other people's code got to first: prototypes extended by an old
 * library, another copy of Lit of another major version, a tag already taken, nested shadow roots
 * and an iframe, a right-to-left page with a <base href> elsewhere. (Hostile CSS, a bundle loaded
 * twice and tags parsed before the script are in embed-pages.test.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { claimsCsv } from '../../src/data/claims-csv.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { drawn, openPage, TAGS, type Page } from './embed-helpers.js';

const HEAD = '<meta charset="utf-8"><script src="/test/pages/record.js"></script><link rel="stylesheet" href="/dist/ally-viz.css">';
const BUNDLE = '<script type="module" src="/dist/ally-viz.js"></script>';
const VIEWS = TAGS.map((tag) => `<${tag}></${tag}>`).join('');

/** Opens markup as a page and waits for the bundle to have run. */
async function hostilePage(html: string, height = 900): Promise<Page> {
  const page = await openPage({ html }, 900, height);
  await waitUntil(() => page.win.customElements.get('ally-network'), 'the bundle runs');
  return page;
}

/** Clicks a node of a network, as a reader would. */
async function pick(network: Element, id: string): Promise<void> {
  const root = await drawn(network);
  root.querySelector(`[part~="node"][data-id="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

function noErrors({ win }: Page): void {
  expect(win.embedRecord.errors, 'uncaught errors').to.deep.equal([]);
}

describe('reliability: hostile pages', () => {
  it('Object.prototype and Array.prototype extended with enumerable properties, as old libraries do', async () => {
    const page = await hostilePage(`<!doctype html><html lang="en"><head>${HEAD}
      <script src="/test/pages/old-library.js"></script>${BUNDLE}</head>
      <body>${VIEWS}<country-card id="own" group="own"></country-card></body></html>`);
    const { doc, win } = page;
    expect(Object.keys(win.Object.prototype), 'the page really is extended').to.include('extend');
    for (const tag of TAGS) await drawn(doc.querySelector(tag)!);
    const card = doc.querySelector('country-card') as Element & { toCSV(): string };
    expect(card.toCSV(), 'the CSV has exactly the claims').to.equal(claimsCsv(defaultDataset));
    // A dataset parsed in the page's realm, whose objects inherit the extensions, validates as it is.
    const own = doc.getElementById('own') as HTMLElement & { data?: unknown };
    own.data = win.JSON.parse(JSON.stringify({ ...defaultDataset, title: 'Parsed in the page' }));
    const ownRoot = await drawn(own);
    expect(ownRoot.querySelector('[part~="source-line"]')!.textContent).to.contain('Parsed in the page');
    expect(ownRoot.querySelector('[part~="error"]')).to.be.null;
    await pick(doc.querySelector('ally-network')!, 'IRN');
    await waitUntil(() => card.getAttribute('selected') === 'IRN', 'the card follows');
    noErrors(page);
  });

  it('another copy of Lit, of another major version, already on the page', async () => {
    const page = await hostilePage(`<!doctype html><html lang="en"><head>${HEAD}
      <script type="module" src="/test/pages/lit2-widget.js"></script>${BUNDLE}</head>
      <body><other-widget></other-widget>${VIEWS}</body></html>`);
    const { doc, win } = page;
    const versions = (win as unknown as { litHtmlVersions: string[] }).litHtmlVersions;
    expect(versions.some((v) => v.startsWith('3.')) && versions.some((v) => v.startsWith('2.')), `lit-html ${versions.join(' and ')}`).to.be.true;
    const widget = doc.querySelector('other-widget')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('button'), 'the Lit 2 widget renders');
    for (const tag of TAGS) await drawn(doc.querySelector(tag)!);
    await pick(doc.querySelector('ally-network')!, 'CHN');
    await waitUntil(() => doc.querySelector('country-card')!.getAttribute('selected') === 'CHN', 'the card follows');
    widget.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => widget.shadowRoot!.textContent.includes('clicked 1 times'), 'the Lit 2 widget still works');
    noErrors(page);
  });

  it('a tag the page defined first stays the page’s, with a console message, and the other views work', async () => {
    const page = await hostilePage(`<!doctype html><html lang="en"><head>${HEAD}
      <script src="/test/pages/taken-tag.js"></script>${BUNDLE}</head>
      <body>${VIEWS}</body></html>`);
    const { doc, win } = page;
    const warnings = (win as unknown as { warnings: string[] }).warnings;
    expect(warnings.filter((w) => w.startsWith('ally-viz:'))).to.deep.equal([
      'ally-viz: <country-card> is already defined by another script on this page; ally-viz leaves it as it is, and <country-card> will not show ally-viz’s view.',
    ]);
    expect(doc.querySelector('country-card')!.textContent).to.equal('A card of the page’s own');
    await drawn(doc.querySelector('ally-network')!);
    await drawn(doc.querySelector('aid-matrix')!);
    noErrors(page);
  });

  it('views in nested shadow roots link with the page; an iframe keeps its own selection', async () => {
    const page = await hostilePage(
      `<!doctype html><html lang="en"><head>${HEAD}<script src="/test/pages/nested-hosts.js"></script>${BUNDLE}</head>
      <body><ally-network id="top"></ally-network><outer-host></outer-host>
      <iframe id="inner" width="800" height="700" srcdoc="${`<!doctype html><html lang='en'><head>${HEAD}${BUNDLE}</head><body><ally-network></ally-network><country-card></country-card></body></html>`.replace(/"/g, '&quot;')}"></iframe>
      </body></html>`,
      1400,
    );
    const { doc } = page;
    const inner = doc.querySelector('outer-host')!.shadowRoot!.querySelector('inner-host')!.shadowRoot!;
    const nestedNetwork = inner.querySelector('ally-network')!;
    const nestedCard = inner.querySelector('country-card')!;
    await pick(nestedNetwork, 'PRK');
    await waitUntil(() => doc.getElementById('top')!.getAttribute('selected') === 'PRK', 'the document network follows');
    await waitUntil(() => nestedCard.getAttribute('selected') === 'PRK', 'the nested card follows');
    expect((await drawn(nestedCard)).querySelector('[part~="title"]')!.textContent).to.contain('North Korea');

    const frame = doc.getElementById('inner') as HTMLIFrameElement;
    await waitUntil(() => frame.contentDocument?.querySelector('ally-network')?.shadowRoot?.querySelector('[part~="node"]'), 'the iframe draws');
    const frameDoc = frame.contentDocument!;
    expect(frameDoc.querySelector('country-card')!.getAttribute('selected'), 'the iframe is a page of its own').to.be.null;
    await pick(frameDoc.querySelector('ally-network')!, 'IRN');
    await waitUntil(() => frameDoc.querySelector('country-card')!.getAttribute('selected') === 'IRN', 'the iframe card follows');
    expect(nestedCard.getAttribute('selected'), 'the parent page keeps its own').to.equal('PRK');
    noErrors(page);
  });

  it('a right-to-left page with a <base href> elsewhere: src follows the base, chunks the bundle, nothing overflows', async () => {
    const page = await hostilePage(`<!doctype html><html lang="ar" dir="rtl"><head><base href="/test/fixtures/">${HEAD}${BUNDLE}</head>
      <body><main><ally-network></ally-network><aid-matrix mode="adjacency"></aid-matrix>
      <country-card src="small.json"></country-card><country-card id="default" group="g" country="CHN" layout="full"></country-card></main></body></html>`);
    const { doc, win } = page;
    // A relative src resolves against the page's base, as a link would.
    const fromSrc = await drawn(doc.querySelector('country-card')!);
    expect(fromSrc.querySelector('[part~="source-line"]')!.textContent).to.contain('A small test dataset');
    // The adjacency view is a chunk beside the bundle: the base does not move it.
    const matrix = await drawn(doc.querySelector('aid-matrix')!);
    expect(matrix.querySelectorAll('[part~="cell"]').length).to.be.greaterThan(10);
    const network = doc.querySelector('ally-network')!;
    await drawn(network);
    for (const el of doc.querySelectorAll(TAGS.join(','))) {
      await drawn(el);
      const host = el.getBoundingClientRect();
      const content = [...el.shadowRoot!.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
      expect(content.every((r) => r.left >= host.left - 1 && r.right <= host.right + 1), `${el.localName} stays in its box`).to.be.true;
      expect(win.getComputedStyle(el).direction, `${el.localName} inherits the page direction`).to.equal('rtl');
    }
    expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(doc.documentElement.clientWidth);
    const card = await drawn(doc.getElementById('default')!);
    const sources = [...card.querySelectorAll<HTMLAnchorElement>('a[part~="source"]')];
    expect(sources.length).to.be.greaterThan(0);
    for (const a of sources) expect(a.href, 'source links are the dataset’s own, not the base’s').to.match(/^https?:\/\/(?!localhost)/);
    noErrors(page);
  });
});
