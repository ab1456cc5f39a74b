/**
 * The built bundle (dist/, `npm run build` first) served without the on-demand modules it keeps
 * in chunks/: forgotten by the publisher, left over from an older build, or refused by the page's
 * policy (scripts/faults.mjs stages each). What needs no chunk works on; what needs one says
 * which in the graphic's place, fires `data-error` and offers a retry.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { drawn, openPage, parseCsv, readDownloads, type Page } from './embed-helpers.js';

const page = (mode: string): Promise<Page> => openPage(`/faults/chunks/${mode}/test/pages/chunks.html`, 900, 700);

const FAULTS = {
  missing: 'not copied beside the bundle (404)',
  stale: 'named by an older cached bundle, gone from the server',
  csp: 'refused by the page policy',
};

/** Scrolls to the view and waits until it has drawn, or put a message in its place. */
async function settled(el: Element): Promise<ShadowRoot> {
  el.scrollIntoView();
  // Past the update that a property or attribute just set asks for (and the checks it waits for).
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="footer"], [part~="error"]'), `${el.id} settles`, { timeout: 8000 });
  return el.shadowRoot!;
}

function alertOf(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="alert"][part~="error"]');
}

/** Sets a dataset of the publisher's own on the `custom` network. */
function ownDataset({ doc }: Page): Element {
  const custom = doc.getElementById('custom') as HTMLElement & { data?: unknown };
  custom.data = { ...structuredClone(defaultDataset), title: 'A dataset of our own' };
  return custom;
}

for (const [mode, what] of Object.entries(FAULTS)) {
  describe(`reliability: chunks ${what}`, () => {
    it('the default dataset draws in full: nodes, cells, the card, keyboard, the CSV', async () => {
      const p = await page(mode);
      const { doc, win } = p;
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));

      const network = await drawn(doc.getElementById('network')!);
      const partners = defaultDataset.countries.filter((c) => c.role !== 'third-party').length;
      expect(network.querySelectorAll('[part~="node"]').length, 'a node for the hub and each partner').to.be.at.least(partners);
      const card = await drawn(doc.getElementById('card')!);
      expect(card.querySelector('[part~="title"]')).to.exist;
      const matrixEl = doc.getElementById('matrix')!;
      const matrix = await drawn(matrixEl);
      const cells = matrix.querySelectorAll<HTMLElement>('[part~="cell"]');
      expect(cells.length).to.be.greaterThan(10);

      // Focus opens the tooltip, whose module is missing: a warning, and the table works on.
      const first = cells[0];
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await waitUntil(() => warnings.some((w) => w.includes('The tooltip could not be loaded')), 'a warning names the tooltip');
      await waitUntil(() => matrix.activeElement && matrix.activeElement !== first, 'the arrow key moves to another cell');
      expect((matrix.activeElement as HTMLElement).dataset['row']).to.not.equal(first.dataset['row']);
      expect(alertOf(matrixEl), 'no message replaces the table').to.be.null;

      // The download menu: the picture export is missing, the data is not.
      const menu = network.querySelector<HTMLDetailsElement>('[part~="downloads"]')!;
      menu.open = true;
      await waitUntil(() => menu.querySelector('.download-message')?.textContent?.includes('picture export could not be loaded'), 'the menu says why there is no picture');
      const buttons = [...menu.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(['Data (CSV)']);
      const [file] = await readDownloads(() => buttons[0].click(), win);
      expect(parseCsv(file.text.replace(/^\ufeff/, ''))).to.have.length(defaultDataset.claims.length + 1);

      expect(win.embedRecord.errors, 'no uncaught error').to.deep.equal([]);
      const defaults = win.embedRecord.dataErrors.filter((e) => /^(network|matrix|card):/.test(e));
      expect(defaults, 'no data-error from the default views').to.deep.equal([]);
    });

    it('a dataset of ones own (data or src) and the adjacency view say which module did not load, fire data-error and offer a retry', async () => {
      const p = await page(mode);
      const { doc, win } = p;
      const custom = ownDataset(p);
      const expected = {
        custom: 'The dataset checker could not be loaded',
        'from-src': 'The dataset loader could not be loaded',
        adjacency: 'The adjacency view could not be loaded',
      };
      for (const [id, message] of Object.entries(expected)) {
        const el = doc.getElementById(id)!;
        const root = await settled(el);
        const alert = alertOf(el);
        expect(alert, `${id} shows a message`).to.exist;
        expect(alert!.textContent, id).to.contain(message).and.to.contain('chunks/');
        expect(alert!.querySelector('button[part~="retry"]')!.textContent.trim()).to.equal('Retry');
        expect(root.querySelector('[part~="node"], [part~="cell"]'), `${id} draws no empty graphic`).to.be.null;
      }
      // The adjacency matrix keeps its source line and data download: only its picture is missing.
      const adjacency = doc.getElementById('adjacency') as HTMLElement & { toCSV(): string | null };
      expect(adjacency.shadowRoot!.querySelector('[part~="source-line"]')).to.exist;
      expect(parseCsv(adjacency.toCSV()!)).to.have.length(defaultDataset.claims.length + 1);
      expect(custom.shadowRoot!.querySelector('[part~="footer"]')).to.be.null;

      await waitUntil(() => win.embedRecord.dataErrors.length >= 3, 'each fires data-error');
      const events = win.embedRecord.dataErrors;
      for (const [id, message] of Object.entries(expected)) {
        expect(events.filter((e) => e.startsWith(`${id}: ${message}`)), id).to.have.length(1);
      }
      expect(win.embedRecord.errors, 'no uncaught error').to.deep.equal([]);
      if (mode === 'csp') {
        expect(win.embedRecord.violations.length).to.be.greaterThan(0);
        for (const v of win.embedRecord.violations) expect(v).to.match(/^script-src(-elem)? blocked \S*\/dist\/chunks\//);
      }
    });
  });
}

describe('reliability: chunks served as they should be (the control)', () => {
  it('the same page draws every view, the tooltip and the picture menu', async () => {
    const p = await page('ok');
    const { doc, win } = p;
    const custom = ownDataset(p);
    expect((await drawn(custom)).querySelector('[part~="source-line"]')!.textContent).to.contain('A dataset of our own');
    expect((await drawn(doc.getElementById('from-src')!)).querySelector('[part~="title"]')!.textContent).to.contain('Iran');
    const adjacency = await drawn(doc.getElementById('adjacency')!);
    expect(adjacency.querySelectorAll('[part~="cell"]').length).to.be.greaterThan(10);
    const matrix = await drawn(doc.getElementById('matrix')!);
    const cell = matrix.querySelector<HTMLElement>('[part~="cell"]')!;
    // Pointed at until it shows: the scroll that brought the matrix into view closes a tooltip.
    await waitUntil(() => {
      cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      return matrix.querySelector('[part~="tooltip"]')?.textContent?.trim();
    }, 'the tooltip opens');
    const menu = custom.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="downloads"]')!;
    menu.open = true;
    await waitUntil(() => menu.querySelectorAll('button').length === 3, 'CSV, SVG and PNG');
    expect(win.embedRecord.errors).to.deep.equal([]);
    expect(win.embedRecord.dataErrors).to.deep.equal([]);
  });
});

describe('reliability: chunks out of reach, then back', () => {
  it('the reader presses Retry and the views draw', async () => {
    const id = `chunks-${Math.random().toString(36).slice(2)}`;
    const p = await page(`down-${id}`);
    const { doc, win } = p;
    const custom = ownDataset(p);
    const adjacencyEl = doc.getElementById('adjacency')!;
    for (const el of [custom, adjacencyEl]) {
      await settled(el);
      expect(alertOf(el), el.id).to.exist;
    }
    await fetch(`/faults/restore/${id}`);
    for (const el of [custom, adjacencyEl]) {
      el.scrollIntoView();
      alertOf(el)!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      const root = await drawn(el, false);
      expect(alertOf(el), el.id).to.be.null;
      expect(root.querySelectorAll('[part~="node"], [part~="cell"]').length, `${el.id} draws`).to.be.greaterThan(5);
    }
    expect(win.embedRecord.errors).to.deep.equal([]);
  });
});
