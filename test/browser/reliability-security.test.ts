/**
 * What the elements trust, tested (docs/security.md lists the threats): nothing in a dataset is
 * run as markup or script, only http(s) links, the shipped code has no eval and writes no HTML
 * but Lit's own templates, and it runs under Trusted Types and a strict policy.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/data/types.js';
import { drawn, openPage, parseCsv, TAGS } from './embed-helpers.js';

/** Markup and formulas that would run if anything took data for HTML or a spreadsheet for a formula. */
const PAYLOAD = ' <img src=x onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:window.pwned=3">x</a>';

/** The default dataset with the payload after every piece of text a view shows. */
function hostileDataset(): Dataset {
  const data = structuredClone(defaultDataset);
  const taint = (s: string): string => `${s}${PAYLOAD}`;
  data.title = taint(data.title);
  data.credit = `=HYPERLINK("http://evil.example","x")${PAYLOAD}`;
  for (const k of data.kinds) k.label = taint(k.label);
  for (const c of data.countries) {
    c.name = taint(c.name);
    if (c.summary) c.summary = taint(c.summary);
  }
  for (const c of data.claims) c.text = `=1+1${PAYLOAD}`;
  for (const s of data.sources) {
    if (s.title) s.title = taint(s.title);
    if (s.description) s.description = taint(s.description);
    s.publisher = `@SUM(A1)${PAYLOAD}`;
  }
  return data;
}

/** Elements in a view that a dataset could only have put there as markup. */
const INJECTED = 'img, script, iframe, object, embed, [onerror], [onclick], a[href^="javascript:" i]';

describe('reliability: security', () => {
  it('nothing in a dataset is markup or script: the views show it as text, in every view and export', async () => {
    const { doc, win } = await openPage(`/test/pages/csp/index.html`, 900, 900);
    const data = hostileDataset();
    const views = [...doc.querySelectorAll<HTMLElement & { data?: unknown; toCSV(): string; toSVG(): Promise<string | null> }>(TAGS.join(','))];
    for (const el of views) {
      el.data = data;
      const root = await drawn(el);
      for (const details of root.querySelectorAll('details')) details.open = true;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(root.querySelectorAll(INJECTED), `${el.localName} has no injected element`).to.have.length(0);
      expect(root.textContent, `${el.localName} shows the markup as text`).to.contain('<img src=x onerror=');
    }
    const card = views.find((el) => el.localName === 'country-card')!;
    card.setAttribute('country', 'CHN');
    const cardRoot = await drawn(card);
    expect(cardRoot.querySelector('[part~="claim"]')!.textContent).to.contain('=1+1 <img');
    for (const a of cardRoot.querySelectorAll<HTMLAnchorElement>('a')) expect(a.protocol, a.href).to.match(/^https?:$/);

    for (const el of views.filter((v) => v.localName !== 'country-card')) {
      const svg = new win.DOMParser().parseFromString((await el.toSVG())!, 'image/svg+xml');
      expect(svg.querySelectorAll(`${INJECTED}, foreignObject`), `${el.localName} SVG`).to.have.length(0);
    }
    const cells = parseCsv(card.toCSV()).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c)), 'CSV cells a spreadsheet would run').to.deep.equal([]);
    expect(cells.filter((c) => c.startsWith("'=")).length, 'formulas kept as text').to.be.greaterThan(0);

    await new Promise((r) => setTimeout(r, 200));
    expect((win as unknown as { pwned?: number }).pwned, 'no payload ran').to.be.undefined;
    expect(win.embedRecord.errors).to.deep.equal([]);
    expect(win.embedRecord.violations).to.deep.equal([]);
  });

  it('a source URL that is not http(s) is refused with a message naming it', async () => {
    const { doc } = await openPage(`/test/pages/csp/index.html`, 900, 700);
    const data = structuredClone(defaultDataset);
    data.sources[0].url = 'javascript:window.pwned=1';
    const card = doc.querySelector('country-card') as HTMLElement & { data?: unknown };
    card.data = data;
    card.scrollIntoView();
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'the alert shows');
    expect(card.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('sources[0].url');
  });

  it('the shipped code has no eval or Function, and writes HTML only through Lit’s templates', async () => {
    const bundle = await (await fetch('/dist/ally-viz.js')).text();
    const chunks = [...bundle.matchAll(/import\("\.\/(chunks\/[\w.-]+\.js)"\)/g)].map((m) => m[1]);
    expect(chunks.length, 'the bundle names its chunks').to.be.greaterThan(3);
    // (The test server passes JavaScript through esbuild: the patterns allow for its spacing.)
    const files = [['ally-viz.js', bundle], ...(await Promise.all(chunks.map(async (c) => [c, await (await fetch(`/dist/${c}`)).text()])))];
    for (const [name, shipped] of files) {
      // d3-dsv's CSV parser builds row objects with `new Function` (its objectConverter). ally-viz
      // only formats CSV, never parses it, and the strict-policy and Trusted Types pages below
      // prove it never runs; that one use, exactly, is allowed (docs/security.md).
      const text = shipped
        .replace(/new Function\(\s*"d",\s*"return \{"/, 'd3DsvObjectConverter(')
        // d3-selection's selection.html(), in the zoom chunk: its methods come as one prototype,
        // and ally-viz never calls html() (d3-zoom only listens on the drawing).
        .replace(/function\s*\w+\(\)\s*\{\s*this\.innerHTML\s*=\s*""\s*;?\s*\}/, 'd3SelectionHtmlClear')
        .replace(/return\s+function\s*\(\)\s*\{\s*this\.innerHTML\s*=\s*\w+\s*;?\s*\}/, 'd3SelectionHtmlSet')
        .replace(/this\.innerHTML\s*=\s*\w+\s*\?\?\s*""/, 'd3SelectionHtmlFunction');
      expect(text, name).not.to.match(/\beval\s*\(|\bnew Function\b|\bFunction\s*\(|document\.write|insertAdjacentHTML|outerHTML\s*=|createContextualFragment/);
      const writes = [...text.matchAll(/\.innerHTML\s*=/g)].length;
      // lit-html's one: a <template> filled with a template literal's own static strings, through its Trusted Types policy.
      const lits = [...text.matchAll(/createElement\(\s*"template"\s*\);\s*return\s+\w+\.innerHTML\s*=/g)].length;
      expect(writes, `${name}: innerHTML writes other than Lit's template`).to.equal(lits);
    }
  });

  it('runs under Trusted Types (require-trusted-types-for script) and a strict policy, without a violation', async () => {
    const { doc, win } = await openPage('/test/pages/trusted-types/index.html', 900, 900);
    const custom = doc.getElementById('custom') as HTMLElement & { data?: unknown };
    custom.data = { ...structuredClone(defaultDataset), title: 'Checked under Trusted Types' };
    for (const el of doc.querySelectorAll(TAGS.join(','))) {
      const root = await drawn(el);
      for (const details of root.querySelectorAll('details')) details.open = true;
    }
    expect(doc.getElementById('adjacency')!.shadowRoot!.querySelectorAll('[part~="cell"]').length).to.be.greaterThan(10);
    expect(custom.shadowRoot!.querySelector('[part~="source-line"]')!.textContent).to.contain('Checked under Trusted Types');
    // Interaction: a selection, a tooltip, a picture export.
    const network = doc.querySelector('ally-network')!;
    network.shadowRoot!.querySelector('[part~="node"][data-id="IRN"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => doc.querySelector('aid-matrix')!.getAttribute('selected') === 'IRN', 'the matrix follows');
    const matrix = doc.querySelector('aid-matrix')!.shadowRoot!;
    const cell = matrix.querySelector('[part~="cell"]')!;
    await waitUntil(() => {
      cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      return matrix.querySelector('[part~="tooltip"]')?.textContent?.trim();
    }, 'the tooltip opens');
    expect(await (network as Element & { toSVG(): Promise<string | null> }).toSVG()).to.contain('<svg');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.embedRecord.errors).to.deep.equal([]);
    expect(win.embedRecord.violations).to.deep.equal([]);

    const enforced = 'trustedTypes' in win;
    console.log(`Trusted Types ${enforced ? 'enforced' : 'not supported'} in this engine (${navigator.userAgent})`);
    if (enforced) {
      // The control: the policy is in force, a plain string into an HTML sink is refused and reported.
      const scratch = doc.createElement('div');
      let refused: unknown = null;
      try {
        scratch.innerHTML = '<b>x</b>';
      } catch (error) {
        refused = error;
      }
      expect((refused as Error | null)?.name, 'a string into innerHTML is refused').to.equal('TypeError');
      expect(scratch.childElementCount).to.equal(0);
      await waitUntil(() => win.embedRecord.violations.length > 0, 'the control violation is reported');
      expect(win.embedRecord.violations[0]).to.match(/^require-trusted-types-for/);
    }
  });
});
