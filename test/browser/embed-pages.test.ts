/**
 * The publisher's side: the built bundles (dist/, `npm run build` first) in test pages that
 * stand for the CMS pages they land in — a strict Content-Security-Policy, hostile global CSS,
 * the script loaded twice, tags parsed before the script, a long article.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { TAGS, addBundle, drawn, frames2, openPage, parseCsv, readDownloads, visible } from './embed-helpers.js';


describe('embedding: strict Content-Security-Policy', () => {
  it('draws all three views and their menus without a single violation', async () => {
    const page = await openPage('/test/pages/csp/index.html');
    const { doc, win } = page;
    for (const el of doc.querySelectorAll(TAGS.join(','))) await drawn(el);
    const fromSrc = doc.getElementById('from-src')!;
    expect(fromSrc.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Iran');

    // Interaction re-renders with new styles: select a country, open every disclosure.
    const network = doc.querySelector('ally-network')!;
    const node = network.shadowRoot!.querySelector<SVGElement>('[part~="node"][data-id="CHN"]')!;
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => doc.querySelector('country-card')!.getAttribute('selected') === 'CHN', 'the card follows');
    for (const el of doc.querySelectorAll(TAGS.join(','))) {
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    }
    await frames2(win);
    await new Promise((r) => setTimeout(r, 100));

    expect(win.embedRecord.errors).to.deep.equal([]);
    expect(win.embedRecord.violations).to.deep.equal([]);

    // The policy is in force: an inline style attribute is refused and reported.
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
    await waitUntil(() => win.embedRecord.violations.length > 0, 'the control violation is reported');
    expect(win.embedRecord.violations[0]).to.match(/^style-src/);
  });

  it('requests nothing outside the page origin', async () => {
    const page = await openPage('/test/pages/csp/index.html');
    for (const el of page.doc.querySelectorAll(TAGS.join(','))) await drawn(el);
    const urls = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.endsWith('/dist/ally-viz.js'))).to.be.true;
    expect(urls.some((u) => u.endsWith('/data/relationships.json'))).to.be.true;
    const foreign = urls.filter((u) => new URL(u).origin !== page.win.location.origin);
    expect(foreign).to.deep.equal([]);
  });
});

describe('embedding: the demo pages are strict-CSP pages too', () => {
  for (const path of ['/demo/index.html', '/demo/scrolly.html', '/demo/snippets.html', '/test/pages/csp/index.html', '/test/pages/csp/timeline.html']) {
    it(`${path} has no inline styles, scripts or handlers`, async () => {
      const text = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const inline = [...doc.querySelectorAll('*')].flatMap((el) => [
        ...(el.localName === 'style' ? ['<style>'] : []),
        ...(el.localName === 'script' && !el.hasAttribute('src') ? ['<script> without src'] : []),
        ...[...el.attributes].filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`),
      ]);
      expect(inline).to.deep.equal([]);
    });
  }
});

describe('embedding: hostile page CSS', () => {
  it('the page CSS does not reach the views, and the views do not reach the page', async () => {
    const page = await openPage('/test/pages/hostile.html', 900, 900);
    const { doc, win } = page;
    const outside = doc.getElementById('outside')!;
    const snapshot = (el: Element): string => {
      const s = win.getComputedStyle(el);
      return ['display', 'color', 'font', 'letter-spacing', 'margin', 'padding', 'outline']
        .map((p) => `${p}:${s.getPropertyValue(p)}`)
        .join(';');
    };
    const before = [snapshot(outside), snapshot(doc.getElementById('page-svg')!), snapshot(doc.body)];
    await addBundle(page);

    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      const root = await drawn(el);
      const host = win.getComputedStyle(el);
      expect(host.display, `${tag} display`).to.equal('block');
      expect(host.color, `${tag} colour`).to.equal('rgb(29, 31, 35)');
      expect(host.fontSize, `${tag} font size`).to.equal('16px');
      expect(host.fontStyle).to.equal('normal');
      expect(host.letterSpacing).to.equal('normal');
      expect(host.textTransform).to.equal('none');
      expect(host.whiteSpace).to.equal('normal');
      expect(el.getBoundingClientRect().width, `${tag} width`).to.be.greaterThan(300);
      const footer = root.querySelector('[part~="footer"]')!;
      expect(visible(footer), `${tag} footer`).to.be.true;
      expect(visible(root.querySelector('[part~="downloads"] summary')), `${tag} download menu`).to.be.true;
    }

    const network = doc.querySelector('ally-network')!.shadowRoot!;
    const chart = network.querySelector('svg')!;
    expect(win.getComputedStyle(chart).display).not.to.equal('none');
    expect(chart.getBoundingClientRect().height).to.be.greaterThan(200);
    const node = network.querySelector('[part~="node"] circle, [part~="node"]')!;
    expect(win.getComputedStyle(node).fill).not.to.equal('rgb(255, 255, 0)');

    const matrix = doc.querySelector('aid-matrix')!.shadowRoot!;
    const cell = matrix.querySelector('[part~="cell"]')!;
    expect(win.getComputedStyle(cell).color).not.to.match(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(parseFloat(win.getComputedStyle(cell).fontSize), 'matrix text is not shrunk by the page root font size').to.be.at.least(11);
    const header = matrix.querySelector('th')!;
    expect(parseFloat(win.getComputedStyle(header).fontSize)).to.be.at.least(11);

    const card = doc.querySelector('country-card')!.shadowRoot!;
    const title = card.querySelector('[part~="title"]')!;
    expect(parseFloat(win.getComputedStyle(title).fontSize)).to.be.within(17, 40);
    expect(win.getComputedStyle(title).color).to.equal('rgb(29, 31, 35)');

    expect([snapshot(outside), snapshot(doc.getElementById('page-svg')!), snapshot(doc.body)]).to.deep.equal(before);
    expect(win.embedRecord.errors).to.deep.equal([]);
  });
});

describe('embedding: loaded twice', () => {
  it('a second copy of the bundle and a per-element bundle register nothing twice and throw nothing', async () => {
    const page = await openPage('/test/pages/double.html');
    const { doc, win } = page;
    for (const el of doc.querySelectorAll(TAGS.join(','))) await drawn(el);
    await frames2(win);
    expect(win.embedRecord.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    // The views still link their selection.
    const network = doc.querySelector('ally-network')!;
    network.setAttribute('selected', 'IRN');
    await waitUntil(() => doc.querySelector('country-card')!.getAttribute('selected') === 'IRN', 'the card follows');
  });
});

describe('embedding: tags in the page before the script', () => {
  it('show the fallback first, keep attributes and properties set before the upgrade, then replace the fallback', async () => {
    const page = await openPage('/test/pages/pre-upgrade.html', 900, 1600);
    const { doc, win } = page;
    const card = doc.getElementById('card')!;
    const network = doc.getElementById('network')!;
    const matrix = doc.getElementById('matrix') as HTMLElement & { data?: unknown };
    const fallbacks = [...doc.querySelectorAll('.fallback')];
    expect(fallbacks).to.have.length(3);
    for (const f of fallbacks) expect(visible(f), `${f.localName} fallback before`).to.be.true;
    expect(win.customElements.get('country-card')).to.be.undefined;
    // dist/ally-viz.css reserves the space before the script runs.
    expect(card.getBoundingClientRect().height).to.be.at.least(420);
    expect(network.getBoundingClientRect().height).to.be.at.least(620);
    const reserved = network.getBoundingClientRect().height;

    // A property set on the undefined element: a small dataset of its own.
    const own = structuredClone(defaultDataset);
    own.title = 'A dataset set before the upgrade';
    matrix.data = own;

    await addBundle(page);
    const cardRoot = await drawn(card);
    const networkRoot = await drawn(network);
    const matrixRoot = await drawn(matrix);

    for (const f of fallbacks) expect(visible(f), `${f.localName} fallback after`).to.be.false;
    expect(card.getAttribute('selected')).to.equal('IRN');
    expect(cardRoot.querySelector('[part~="title"]')!.textContent).to.contain('Iran');
    expect(cardRoot.querySelector('[part~="downloads"]'), 'no-downloads honoured').to.be.null;
    for (const el of [card, network]) {
      expect(win.getComputedStyle(el).backgroundColor, `${el.localName} dark`).to.equal('rgb(22, 24, 28)');
    }
    // The network joined the card's page-wide group and shows its selection.
    await waitUntil(() => network.getAttribute('selected') === 'IRN', 'the network follows the card');
    expect(networkRoot.querySelector('[part~="node"][data-id="IRN"]')!.getAttribute('part')).to.contain('selected');
    expect(matrixRoot.querySelector('[part~="source-line"]')!.textContent).to.contain('A dataset set before the upgrade');
    // The reserved height was a fair guess: the drawn network is within 15 % of it.
    expect(network.getBoundingClientRect().height / reserved).to.be.within(0.85, 1.15);
    expect(win.embedRecord.errors).to.deep.equal([]);
  });
});

describe('embedding: no layout shift', () => {
  it('the demo article draws its graphics without moving the text', async () => {
    for (const width of [390, 1280]) {
      // The demo article as it stands before its script runs (fallbacks and reserved boxes)…
      const source = await (await fetch('/demo/index.html')).text();
      const html = source.replace(/<script type="module"[^>]*><\/script>/, '').replace('<head>', '<head><base href="/demo/">');
      const page = await openPage({ html }, width, 900);
      const { doc, win } = page;
      const views = [...doc.querySelectorAll(TAGS.join(','))].slice(0, 3);
      // The paragraph after the first graphic: where the reserved box put it before the view drew.
      const text = views[0].closest('figure, div')!.nextElementSibling!;
      const before = text.getBoundingClientRect().top + win.scrollY;
      // …then the script arrives and the views draw.
      await addBundle(page);
      // The views below the fold start drawing when the reader scrolls near them (lazy start).
      for (const el of views) {
        el.scrollIntoView({ block: 'center' });
        await waitUntil(() => el.shadowRoot?.querySelector('[part~="footer"]'), `${el.localName} draws`, { timeout: 8000 });
      }
      await frames2(win);
      const after = text.getBoundingClientRect().top + win.scrollY;
      expect(Math.abs(after - before), `text moved at ${width} px from ${before} to ${after}`).to.be.below(0.05 * win.innerHeight);
      if ('LayoutShift' in win) {
        // Chromium also reports the cumulative layout shift of the whole load.
        const shifts = await new Promise<number>((resolve) => {
          new win.PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          win.setTimeout(() => resolve(0), 500);
        });
        expect(shifts, `cumulative layout shift at ${width} px`).to.be.below(0.05);
      }
      page.frame.remove();
    }
  });
});

describe('embedding: lazy start', () => {
  it('views far below the fold do not lay out until the reader scrolls near them', async () => {
    const page = await openPage('/test/pages/lazy.html', 900, 700);
    const { doc, win } = page;
    await drawn(doc.getElementById('top')!);
    const far = doc.getElementById('far')!;
    const farther = doc.getElementById('farther')!;
    await waitUntil(() => far.shadowRoot?.querySelector('[part~="placeholder"]'), 'the placeholder');
    await frames2(win);
    await new Promise((r) => setTimeout(r, 200));
    for (const el of [far, farther]) {
      expect(el.shadowRoot!.querySelector('[part~="placeholder"]'), `${el.localName} placeholder`).to.exist;
      expect(el.shadowRoot!.querySelector('svg, table, [part~="node"], [part~="cell"]'), `${el.localName} not drawn`).to.be.null;
    }
    // The placeholder holds the reserved size, so nothing jumps when the view draws.
    expect(far.getBoundingClientRect().height).to.be.at.least(620);

    far.scrollIntoView();
    await drawn(far);
    expect(far.shadowRoot!.querySelector('[part~="node"]')).to.exist;
    farther.scrollIntoView();
    await drawn(farther);
    expect(farther.shadowRoot!.querySelector('[part~="cell"]')).to.exist;
    expect(win.embedRecord.errors).to.deep.equal([]);
  });
});

describe('embedding: downloads', () => {
  it('each view offers every claim as CSV, and the network and matrix a standalone SVG', async () => {
    const page = await openPage('/test/pages/csp/index.html', 900, 700);
    const { doc, win } = page;
    type Exporting = Element & { toCSV(): string | null; toSVG(): Promise<string | null> };
    for (const tag of TAGS) {
      const el = doc.querySelector(tag) as Exporting;
      await drawn(el);
      const rows = parseCsv(el.toCSV()!);
      expect(rows.slice(1).map((r) => r[0]), `${tag} CSV`).to.deep.equal(defaultDataset.claims.map((c) => c.id));
    }
    for (const tag of ['ally-network', 'aid-matrix'] as const) {
      const el = doc.querySelector(tag) as Exporting;
      el.scrollIntoView();
      const text = await el.toSVG();
      expect(text, `${tag} has a picture`).to.be.a('string');
      const svgDoc = new win.DOMParser().parseFromString(text!, 'image/svg+xml');
      expect(svgDoc.querySelector('parsererror'), `${tag} SVG parses`).to.be.null;
      expect(svgDoc.documentElement.localName).to.equal('svg');
      expect(svgDoc.querySelector('title')!.textContent).to.contain(defaultDataset.title);
      const external = [...svgDoc.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes]
          .filter((a) => /href$/.test(a.name) ? !a.value.startsWith('#') : /url\((?!["']?#)/.test(a.value))
          .map((a) => `${e.localName} ${a.name}=${a.value}`),
      );
      expect(external, `${tag} refers to nothing outside the file`).to.deep.equal([]);
      expect(svgDoc.querySelectorAll('script, foreignObject, style, image')).to.have.length(0);
    }
    // Through the menu, as a reader would.
    const network = doc.querySelector('ally-network')!;
    const menu = network.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="downloads"]')!;
    menu.open = true;
    await waitUntil(() => menu.querySelectorAll('button').length === 3, 'the menu lists CSV, SVG, PNG');
    const [csvButton, svgButton] = [...menu.querySelectorAll('button')];
    const files = await readDownloads(() => {
      csvButton.click();
      svgButton.click();
    }, win, 2);
    expect(files.map((f) => f.name)).to.deep.equal([
      'who-stands-with-russia-ally-network-2023-03-21.csv',
      'who-stands-with-russia-ally-network-2023-03-21.svg',
    ]);
    expect(parseCsv(files[0].text.replace(/^\ufeff/, ''))).to.have.length(defaultDataset.claims.length + 1);
    expect(files[1].type).to.equal('image/svg+xml');
    expect(win.embedRecord.violations).to.deep.equal([]);
  });
});

describe('embedding: print', () => {
  it('the print stylesheet hides the download menu and tooltips and keeps the view and source line', async () => {
    const page = await openPage('/test/pages/lazy.html', 900, 700);
    const { doc } = page;
    const el = doc.getElementById('top')!;
    const root = await drawn(el);
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
    const printRules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      // The page's realm has its own CSSMediaRule: test the shape, not instanceof.
      .filter((rule): rule is CSSMediaRule => 'media' in rule && (rule as CSSMediaRule).media.mediaText.includes('print'))
      .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(printRules).to.match(/\[part~="downloads"\][^{]*\{[^}]*display: none !important/);
    expect(printRules).to.match(/\[role="tooltip"\]/);
  });

  it('printing draws every view, also those never scrolled to, and print media hides the menu', async () => {
    const page = await openPage('/test/pages/lazy.html', 900, 700);
    const { doc, win } = page;
    const top = doc.getElementById('top')!;
    await drawn(top);
    // Every engine fires beforeprint when the reader prints: far views draw for the printout.
    win.dispatchEvent(new Event('beforeprint'));
    await drawn(doc.getElementById('far')!, false);
    await drawn(doc.getElementById('farther')!, false);
    // Print media itself can be emulated through the DevTools protocol (Chromium); in Firefox and
    // WebKit the previous test reads the print rules instead.
    if (!/Chrome\//.test(navigator.userAgent)) return;
    await emulateMedia({ media: 'print' });
    try {
      expect(win.matchMedia('print').matches).to.be.true;
      const menu = top.shadowRoot!.querySelector('[part~="downloads"]')!;
      expect(win.getComputedStyle(menu).display).to.equal('none');
      expect(visible(top.shadowRoot!.querySelector('[part~="source-line"]'))).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
