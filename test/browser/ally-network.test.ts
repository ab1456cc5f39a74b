import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/ally-network/register.js';
import type { AllyNetwork } from '../../src/ally-network/ally-network.js';
import { layoutNetwork, networkHeight } from '../../src/layout/network-layout.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { networkGraph } from '../../src/data/network.js';
import { countrySupportText } from '../../src/data/describe.js';
import { STATUSES } from '../../src/data/status.js';
import type { CountrySelectDetail } from '../../src/events.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { withReducedMotion } from './reduced-motion.js';
import { SEVEN_PARTNERS_AT_640 } from '../fixtures/layout-coordinates.js';

const STORE_KEY = Symbol.for('ally-viz.selections');
const allies = defaultDataset.countries.filter((c) => c.role === 'ally').map((c) => c.id);

afterEach(async () => {
  // The page-wide selection outlives a test's elements.
  (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[STORE_KEY]?.clear();
  // Park the real pointer in a corner, off any later fixture's nodes.
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
});

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const nodes = (el: AllyNetwork): SVGGElement[] => [...root(el).querySelectorAll<SVGGElement>('[part~="node"]')];
const node = (el: AllyNetwork, id: string): SVGGElement =>
  root(el).querySelector<SVGGElement>(`[part~="node"][data-id="${id}"]`)!;
const links = (el: AllyNetwork): SVGLineElement[] => [...root(el).querySelectorAll<SVGLineElement>('[part~="link"]')];
const tooltip = (el: AllyNetwork): HTMLElement | null => root(el).querySelector('[part~="tooltip"]');
const positions = (el: AllyNetwork): string[] => nodes(el).map((n) => `${n.dataset.id} ${n.getAttribute('transform')}`);
/** Centre of a node's dot on screen. */
const centreOf = (el: AllyNetwork, id: string): DOMPoint => {
  const box = node(el, id).querySelector('.dot')!.getBoundingClientRect();
  return new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
};

/** The element at a width, drawn. */
async function network(width: number, template = html`<ally-network></ally-network>`): Promise<AllyNetwork> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('ally-network')!;
  await waitUntil(() => nodes(el).length > 0, 'the network draws');
  await el.updateComplete;
  return el;
}

async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Rendered boxes (in the drawing's coordinates, real font) of the labels and dots. */
function drawnBoxes(el: AllyNetwork): { labels: Box[]; dots: Box[] } {
  const labels: Box[] = [];
  const dots: Box[] = [];
  for (const g of nodes(el)) {
    const [x, y] = g.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
    const text = g.querySelector<SVGTextElement>('.label');
    if (text) {
      const b = text.getBBox();
      labels.push({ x: b.x + x, y: b.y + y, width: b.width, height: b.height });
    }
    const r = Number(g.querySelector('.dot')!.getAttribute('r'));
    dots.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  }
  return { labels, dots };
}

function overlapsIn(el: AllyNetwork): number {
  const { labels, dots } = drawnBoxes(el);
  let count = 0;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (intersects(a, b)) count++;
    // A label's own dot touches its box edge only; shrink by a pixel to ignore contact.
    const inner = { x: a.x + 1, y: a.y + 1, width: a.width - 2, height: a.height - 2 };
    for (const d of dots) if (intersects(inner, d)) count++;
  });
  return count;
}

describe('<ally-network>', () => {
  describe('default render', () => {
    it('draws the hub and the seven partners, each link with its kind and status', async () => {
      const el = await network(800);
      expect(nodes(el).map((n) => n.dataset.id)).to.have.members([defaultDataset.hub, ...allies]);
      const graph = networkGraph(defaultDataset);
      const drawn = links(el).map((l) => `${l.dataset.source}~${l.dataset.target}~${l.dataset.kind} ${l.dataset.status}`);
      expect(drawn).to.have.members(graph.links.map((l) => `${l.source}~${l.target}~${l.kind} ${l.status}`));
      const kinds = defaultDataset.kinds.map((k) => k.id);
      for (const l of links(el)) {
        expect(kinds).to.include(l.dataset.kind);
        expect(STATUSES).to.include(l.dataset.status);
      }
      // Partner-to-partner links are drawn too (the joint exercises, the visits).
      expect(links(el).some((l) => l.dataset.source !== 'RUS' && l.dataset.target !== 'RUS')).to.be.true;
    });

    it('encodes evidence by line style and kind by colour and a letter', async () => {
      const el = await network(1024);
      const byStatus = (status: string) => links(el).find((l) => l.dataset.status === status);
      expect(byStatus('reported')!.getAttribute('stroke-dasharray')).to.be.null;
      expect(byStatus('alleged')?.getAttribute('stroke-dasharray') ?? '8 4').to.equal('8 4');
      const characterized = byStatus('characterized')!;
      expect(Number(characterized.getAttribute('stroke-width'))).to.be.below(Number(byStatus('reported')!.getAttribute('stroke-width')));
      const colorsOf = (relation: string) => new Set(links(el).filter((l) => l.dataset.relation === relation).map((l) => getComputedStyle(l).stroke));
      const support = colorsOf('support');
      expect(support.size, 'a colour per kind of support').to.equal(3);
      // Joint activity is not support: one neutral colour, none of the kinds', and thinner.
      const joint = colorsOf('joint');
      expect(joint.size).to.equal(1);
      expect(support.has([...joint][0]), 'joint activity is not drawn in a kind of support’s colour').to.be.false;
      const width = (relation: string) => parseFloat(getComputedStyle(links(el).find((l) => l.dataset.relation === relation && l.dataset.status === 'reported')!).strokeWidth);
      expect(width('joint')).to.be.below(width('support'));
      const letters = [...root(el).querySelectorAll('.letter')].map((t) => t.textContent);
      expect(new Set(letters)).to.deep.equal(new Set(['D', 'E', 'M']));
    });

    it('shows the title, a one-sentence summary and a legend', async () => {
      const el = await network(800);
      expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal(defaultDataset.title);
      expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(
        'Russia and 7 partners: diplomatic, economic and military support, March 2023',
      );
      const legend = root(el).querySelector('[part~="legend"]')!;
      expect([...legend.querySelectorAll('button')].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'true',
        'true',
      ]);
      expect(legend.textContent).to.contain('Reported or stated');
      expect(legend.textContent).to.contain('Denied');
    });

    it('labels every node at 12 px or more', async () => {
      const el = await network(800);
      const labels = [...root(el).querySelectorAll<SVGTextElement>('.label')];
      expect(labels).to.have.length(8);
      for (const t of labels) expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
    });

    it('names and describes itself, and each node says the country and its support', async () => {
      const el = await network(800);
      const figure = root(el).querySelector('figure')!;
      expect(root(el).getElementById(figure.getAttribute('aria-labelledby')!)!.textContent).to.equal(defaultDataset.title);
      expect(root(el).getElementById(figure.getAttribute('aria-describedby')!)).to.exist;
      const listbox = root(el).querySelector('[role="listbox"]')!;
      expect(root(el).getElementById(listbox.getAttribute('aria-describedby')!)!.textContent).to.contain('arrow keys');
      expect(node(el, 'IRN').getAttribute('aria-label')).to.equal(countrySupportText(defaultDataset, 'IRN'));
      expect(node(el, 'PRK').getAttribute('aria-label')).to.match(
        /^North Korea\. Support to Russia: .*\. Military support, alleged by the United States, denied by North Korea$/,
      );
    });

    it('passes axe', async () => {
      const el = await network(800);
      await expect(el).to.be.accessible();
    });

    it('shows third parties only when asked', async () => {
      const el = await network(800, html`<ally-network third-parties></ally-network>`);
      expect(nodes(el)).to.have.length(11);
      expect(node(el, 'USA').classList.contains('third-party')).to.be.true;
      el.thirdParties = false;
      await el.updateComplete;
      expect(nodes(el)).to.have.length(8);
    });
  });

  describe('layout', () => {
    it('computes the same coordinates as in Node', () => {
      const data = syntheticDataset(7);
      const l = layoutNetwork(networkGraph(data), { width: 640, height: networkHeight(640), kinds: data.kinds.map((k) => k.id) });
      expect(l.nodes.map((n) => [n.id, n.x, n.y, n.r])).to.deep.equal(SEVEN_PARTNERS_AT_640);
    });

    it('draws the same picture every time, without moving after the first paint', async () => {
      const a = await network(700);
      const first = positions(a);
      await frames(3);
      expect(positions(a)).to.deep.equal(first);
      const b = await network(700);
      expect(positions(b)).to.deep.equal(first);
    });

    for (const width of [320, 1600]) {
      it(`fits ${width} px: no overflow, no overlapping labels or nodes`, async () => {
        const el = await network(width);
        const svgEl = root(el).querySelector('svg[part~="chart"]')!;
        expect(svgEl.getBoundingClientRect().width).to.be.closeTo(width, 1);
        expect(el.scrollWidth).to.be.at.most(width);
        expect(root(el).querySelectorAll('.label')).to.have.length(8);
        expect(overlapsIn(el)).to.equal(0);
      });
    }

    it('lays out again when resized, and tweens there', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><ally-network></ally-network></div>`);
      const el = wrapper.querySelector('ally-network')!;
      await waitUntil(() => nodes(el).length > 0);
      const wide = positions(el);
      wrapper.style.width = '400px';
      await waitUntil(() => root(el).querySelector('svg')!.getAttribute('viewBox') === '0 0 400 400', 'relayout at 400 px');
      const during = positions(el);
      await new Promise((r) => setTimeout(r, 600));
      await el.updateComplete;
      const after = positions(el);
      expect(after).not.to.deep.equal(wide);
      expect(during).not.to.deep.equal(after);
      expect(overlapsIn(el)).to.equal(0);
    });

    it('skips the transition under prefers-reduced-motion', async () => {
      await withReducedMotion(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><ally-network></ally-network></div>`);
        const el = wrapper.querySelector('ally-network')!;
        await waitUntil(() => nodes(el).length > 0);
        wrapper.style.width = '400px';
        await waitUntil(() => root(el).querySelector('svg')!.getAttribute('viewBox') === '0 0 400 400');
        const at = positions(el);
        await new Promise((r) => setTimeout(r, 500));
        await el.updateComplete;
        expect(positions(el)).to.deep.equal(at);
      });
    });
  });

  describe('filter', () => {
    it('shows only the kinds named in the kinds attribute', async () => {
      const el = await network(800, html`<ally-network kinds="military"></ally-network>`);
      expect(links(el).length).to.be.above(0);
      expect(links(el).every((l) => l.dataset.kind === 'military')).to.be.true;
      const pressed = [...root(el).querySelectorAll('[part~="legend"] button')].map((b) => b.getAttribute('aria-pressed'));
      expect(pressed).to.deep.equal(['false', 'false', 'true']);
      // Filtering never moves a node.
      const before = positions(el);
      el.kinds = 'economic diplomatic';
      await el.updateComplete;
      expect(positions(el)).to.deep.equal(before);
      expect(new Set(links(el).map((l) => l.dataset.kind))).to.deep.equal(new Set(['diplomatic', 'economic']));
    });

    it('toggles kinds from the legend, in sync with the attribute, without selecting', async () => {
      const el = await network(800);
      let selects = 0;
      el.addEventListener('country-select', () => selects++);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="legend"] button[data-kind="economic"]')!;
      button.click();
      await el.updateComplete;
      expect(el.getAttribute('kinds')).to.equal('diplomatic military');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(links(el).some((l) => l.dataset.kind === 'economic')).to.be.false;
      button.click();
      await el.updateComplete;
      expect(el.hasAttribute('kinds')).to.be.false;
      expect(links(el).some((l) => l.dataset.kind === 'economic')).to.be.true;
      expect(selects).to.equal(0);
    });

    it('redraws each link with its own kind, status, line style and ends after a kind is hidden and shown', async () => {
      const el = await network(800);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="legend"] button[data-kind="diplomatic"]')!;
      const graph = networkGraph(defaultDataset);
      const styled = (l: SVGLineElement) => {
        const ends = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a)).toFixed(1)).join(' ');
        return `${l.dataset.source}~${l.dataset.target}~${l.dataset.kind} ${l.dataset.status} ${l.getAttribute('stroke-dasharray')} ${l.getAttribute('stroke-opacity')} ${ends}`;
      };
      const before = links(el).map(styled);
      const expected = (kinds: string[]) => graph.links.filter((l) => kinds.includes(l.kind)).map((l) => `${l.source}~${l.target}~${l.kind} ${l.status}`);
      const drawn = () => links(el).map((l) => `${l.dataset.source}~${l.dataset.target}~${l.dataset.kind} ${l.dataset.status}`);
      button.click();
      await el.updateComplete;
      expect(drawn()).to.have.members(expected(['economic', 'military']));
      // Every line shown says what it draws: a line reused for another link has its style and ends.
      for (const l of links(el)) expect(before).to.include(styled(l));
      button.click();
      await el.updateComplete;
      expect(links(el).map(styled)).to.deep.equal(before);
    });
  });

  describe('selection', () => {
    it('selects a node with a click and clears with a click on the background', async () => {
      const el = await network(800);
      setTimeout(() => node(el, 'IRN').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = await oneEvent(el, 'country-select');
      expect((event as CustomEvent<CountrySelectDetail>).detail.id).to.equal('IRN');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('IRN');
      expect(node(el, 'IRN').getAttribute('part')).to.equal('node selected');
      expect(node(el, 'IRN').getAttribute('aria-selected')).to.equal('true');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Iran selected');
      await expect(el).to.be.accessible();

      setTimeout(() => root(el).querySelector('svg')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const cleared = await oneEvent(el, 'country-select');
      expect((cleared as CustomEvent<CountrySelectDetail>).detail.id).to.be.null;
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.be.false;
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('cleared');
    });

    it('selects with a real mouse click', async () => {
      const el = await network(800);
      const box = node(el, 'CHN').querySelector('.dot')!.getBoundingClientRect();
      const selected = oneEvent(el, 'country-select');
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      expect((await selected as CustomEvent<CountrySelectDetail>).detail.id).to.equal('CHN');
    });

    it('follows a selection made by the publisher or another view', async () => {
      const el = await network(800);
      el.selected = 'PRK';
      await el.updateComplete;
      expect(node(el, 'PRK').getAttribute('part')).to.equal('node selected');
      const links2 = links(el);
      expect(links2.filter((l) => l.classList.contains('faint')).length).to.be.above(0);
      expect(links2.filter((l) => l.dataset.source === 'PRK' || l.dataset.target === 'PRK').every((l) => !l.classList.contains('faint'))).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('has one tab stop; arrows move around the circle, Enter selects, Escape clears', async () => {
      const el = await network(800);
      const stops = nodes(el).filter((n) => n.tabIndex === 0);
      expect(stops.map((n) => n.dataset.id)).to.deep.equal(['RUS']);
      stops[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === allies[0]);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === allies[1]);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === allies[allies.length - 1], 'wraps around');
      expect(nodes(el).filter((n) => n.tabIndex === 0).map((n) => n.dataset.id)).to.deep.equal([allies[allies.length - 1]]);
      // The focused node is ringed.
      const ring = (root(el).activeElement as SVGGElement).querySelector('.ring')!;
      expect(getComputedStyle(ring).visibility).to.equal('visible');

      const selected = oneEvent(el, 'country-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected as CustomEvent<CountrySelectDetail>).detail.id).to.equal(allies[allies.length - 1]);
      await sendKeys({ press: 'Home' });
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === 'RUS');
      const spaced = oneEvent(el, 'country-select');
      await sendKeys({ press: ' ' });
      expect((await spaced as CustomEvent<CountrySelectDetail>).detail.id).to.equal('RUS');
      const cleared = oneEvent(el, 'country-select');
      await sendKeys({ press: 'Escape' });
      expect((await cleared as CustomEvent<CountrySelectDetail>).detail.id).to.be.null;
    });
  });

  describe('hover and focus', () => {
    it('highlights the links and neighbours of the node under the pointer, with a tooltip', async () => {
      const el = await network(800);
      node(el, 'IRN').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      const touching = (l: SVGLineElement) => l.dataset.source === 'IRN' || l.dataset.target === 'IRN';
      expect(links(el).filter(touching).every((l) => !l.classList.contains('dim'))).to.be.true;
      expect(links(el).filter((l) => !touching(l)).every((l) => l.classList.contains('dim'))).to.be.true;
      expect(node(el, 'RUS').classList.contains('dim')).to.be.false;
      expect(node(el, 'PRK').classList.contains('dim')).to.be.true;
      const tip = tooltip(el)!;
      expect(tip.textContent).to.contain('Iran');
      expect(tip.textContent).to.contain('Military support');
      expect(tip.textContent).to.contain('Military support, acknowledged in part by Iran');
      const box = tip.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 1);
      expect(box.right).to.be.at.most(host.right + 1);
      await expect(el).to.be.accessible();
      expect(getComputedStyle(tip).position).to.equal('absolute');
      node(el, 'IRN').dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(tooltip(el)).to.be.null;
      expect(links(el).some((l) => l.classList.contains('dim'))).to.be.false;
    });

    it('does the same for the focused node', async () => {
      const el = await network(800);
      node(el, 'RUS').focus();
      await el.updateComplete;
      expect(tooltip(el)!.textContent).to.contain('Russia');
      expect(links(el).filter((l) => l.dataset.source === 'RUS' || l.dataset.target === 'RUS').some((l) => l.classList.contains('dim'))).to.be.false;
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => tooltip(el)?.textContent?.includes('China'), 'tooltip follows focus');
      expect(links(el).filter((l) => l.dataset.source !== 'CHN' && l.dataset.target !== 'CHN').every((l) => l.classList.contains('dim'))).to.be.true;
    });
  });

  describe('drag', () => {
    it('moves a node with the pointer, settles, and does not select it', async () => {
      const el = await network(800);
      let selects = 0;
      el.addEventListener('country-select', () => selects++);
      const before = node(el, 'PRK').getAttribute('transform');
      const box = node(el, 'PRK').querySelector('.dot')!.getBoundingClientRect();
      const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 20, y - 20] });
      await sendMouse({ type: 'move', position: [x + 60, y - 60] });
      await frames(3);
      expect(node(el, 'PRK').getAttribute('transform')).not.to.equal(before);
      await sendMouse({ type: 'up' });
      await new Promise((r) => setTimeout(r, 100));
      expect(selects).to.equal(0);
    });
  });

  describe('drag, drawn in place', function () {
    // The forces take about 90 frames to come to rest, and WebKit on a busy machine draws few a second.
    this.timeout(30000);
    /** The end of each link at a node, on screen, and how far it is from the node's centre. */
    const linkEnds = (el: AllyNetwork, id: string): number[] => {
      const centre = centreOf(el, id);
      return links(el)
        .filter((l) => l.dataset.source === id || l.dataset.target === id)
        .map((l) => {
          const end = l.dataset.source === id ? ['x1', 'y1'] : ['x2', 'y2'];
          const [x, y] = end.map((name) => Number(l.getAttribute(name)));
          const at = new DOMPoint(x, y).matrixTransform(l.getScreenCTM()!);
          return Math.hypot(at.x - centre.x, at.y - centre.y);
        });
    };
    /** Frames until the forces have come to rest and no node moves. */
    async function settled(el: AllyNetwork): Promise<void> {
      // After a release the forces rest within 92 ticks (alpha 0.3 to 0.001 at 6% a tick), one a
      // frame; until then a shape that moved less than half a pixel may wait for a later frame,
      // so a few still frames do not yet mean the picture is final.
      await frames(100);
      let last = positions(el).join();
      for (let still = 0; still < 10; ) {
        await frames(1);
        const now = positions(el).join();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    }

    it('moves a node and the ends of its links together, while dragging and once settled', async () => {
      const el = await network(800);
      const before = centreOf(el, 'IRN');
      await sendMouse({ type: 'move', position: [Math.round(before.x), Math.round(before.y)] });
      await sendMouse({ type: 'down' });
      for (const step of [10, 30, 50, 70]) {
        await sendMouse({ type: 'move', position: [Math.round(before.x + step), Math.round(before.y - step)] });
        await frames(1);
      }
      await frames(2);
      const during = centreOf(el, 'IRN');
      expect(Math.hypot(during.x - before.x, during.y - before.y)).to.be.above(30);
      // Links of a kind sit side by side, at most 4.5 px off the centre (and a fraction of a
      // pixel of rounding on screen); while the picture moves a shape may lag by half a pixel.
      expect(linkEnds(el, 'IRN').length).to.be.above(0);
      for (const d of linkEnds(el, 'IRN')) expect(d).to.be.at.most(5.5);
      await sendMouse({ type: 'up' });
      await settled(el);
      for (const id of nodes(el).map((n) => n.dataset.id!)) {
        for (const d of linkEnds(el, id)) expect(d, id).to.be.at.most(5);
      }
      // Labels follow their nodes: each within a few pixels of its dot.
      for (const g of nodes(el)) {
        const label = g.querySelector('.label')!.getBoundingClientRect();
        const dot = g.querySelector('.dot')!.getBoundingClientRect();
        const gap = Math.max(label.left - dot.right, dot.left - label.right, label.top - dot.bottom, dot.top - label.bottom);
        expect(gap, g.dataset.id).to.be.below(8);
      }
    });

    it('still selects, moves focus and names nodes after a drag', async () => {
      const el = await network(800);
      const start = centreOf(el, 'PRK');
      await sendMouse({ type: 'move', position: [Math.round(start.x), Math.round(start.y)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(start.x) - 40, Math.round(start.y) + 30] });
      await frames(2);
      await sendMouse({ type: 'up' });
      await new Promise((r) => setTimeout(r, 100));
      expect(node(el, 'PRK').getAttribute('aria-selected')).to.equal('false');

      const china = centreOf(el, 'CHN');
      const chosen = oneEvent(el, 'country-select');
      await sendMouse({ type: 'click', position: [Math.round(china.x), Math.round(china.y)] });
      expect((await chosen as CustomEvent<CountrySelectDetail>).detail.id).to.equal('CHN');
      await el.updateComplete;
      expect(node(el, 'CHN').getAttribute('aria-selected')).to.equal('true');
      expect(node(el, 'CHN').getAttribute('aria-label')).to.equal(countrySupportText(defaultDataset, 'CHN'));

      node(el, 'CHN').focus();
      await sendKeys({ press: 'ArrowRight' });
      const next = allies[allies.indexOf('CHN') + 1];
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === next, 'the arrow moves on');
      const keyed = oneEvent(el, 'country-select');
      await sendKeys({ press: 'Enter' });
      expect((await keyed as CustomEvent<CountrySelectDetail>).detail.id).to.equal(next);
    });
  });

  describe('pan and zoom', function () {
    // Animated zooms take a quarter of a second, and WebKit on a busy machine draws few frames a second.
    this.timeout(20000);
    const chart = (el: AllyNetwork): SVGSVGElement => root(el).querySelector<SVGSVGElement>('svg[part~="chart"]')!;
    const resetButton = (el: AllyNetwork): HTMLButtonElement | null => root(el).querySelector('[part~="zoom-reset"]');
    /** A node's centre in the drawing's coordinates (its `transform`). */
    const at = (el: AllyNetwork, id: string): [number, number] =>
      node(el, id).getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
    const distance = (el: AllyNetwork, a: string, b: string): number => {
      const [p, q] = [at(el, a), at(el, b)];
      return Math.hypot(p[0] - q[0], p[1] - q[1]);
    };
    /** The drawing's centre on screen. */
    const middle = (el: AllyNetwork): [number, number] => {
      const box = chart(el).getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    };
    const wheel = (el: AllyNetwork, init: WheelEventInit): WheelEvent => {
      const [clientX, clientY] = middle(el);
      const event = new WheelEvent('wheel', { deltaY: -100, clientX, clientY, bubbles: true, composed: true, cancelable: true, ...init });
      chart(el).dispatchEvent(event);
      return event;
    };
    const pointer = (el: AllyNetwork, type: string, pointerId: number, clientX: number, clientY: number): void => {
      const init = { pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX, clientY, bubbles: true, composed: true, cancelable: true };
      chart(el).dispatchEvent(new PointerEvent(type, init));
    };
    /** Frames until no node has moved for a few of them (a zoom's transition has ended). */
    async function still(el: AllyNetwork): Promise<void> {
      let last = positions(el).join();
      for (let same = 0; same < 5; ) {
        await frames(1);
        const now = positions(el).join();
        same = now === last ? same + 1 : 0;
        last = now;
      }
      await el.updateComplete;
    }
    /** Zooms four times closer around the middle with Ctrl + wheel, as a trackpad pinch does. */
    async function zoomIn(el: AllyNetwork): Promise<void> {
      wheel(el, { ctrlKey: true });
      await waitUntil(() => resetButton(el), 'zoomed in');
      await still(el);
    }
    /** A screen point over the drawing's background (no node under it), away from the edges. */
    function background(el: AllyNetwork): [number, number] {
      const box = chart(el).getBoundingClientRect();
      for (let y = box.top + 20; y < box.bottom - 20; y += 10) {
        for (let x = box.left + 20; x < box.right - 20; x += 10) {
          const hit = root(el).elementFromPoint(x, y);
          if (hit && chart(el).contains(hit) && !hit.closest('[part~="node"]')) return [Math.round(x), Math.round(y)];
        }
      }
      throw new Error('no background in view');
    }

    it('loads d3-zoom only when a reader first zooms', async () => {
      const loaded = () => performance.getEntriesByType('resource').some((r) => r.name.includes('zoom-gesture'));
      const el = await network(800);
      node(el, 'RUS').dispatchEvent(new PointerEvent('pointerenter'));
      node(el, 'CHN').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(loaded()).to.be.false;
      await zoomIn(el);
      expect(loaded()).to.be.true;
    });

    it('zooms with Ctrl + wheel; a plain wheel scrolls the page and shows how to zoom', async () => {
      const el = await network(800);
      const before = distance(el, 'RUS', 'CHN');
      const plain = wheel(el, {});
      await el.updateComplete;
      expect(plain.defaultPrevented).to.be.false;
      expect(root(el).querySelector('.zoom-hint')!.textContent).to.match(/Ctrl or ⌘/);
      expect(resetButton(el)).to.be.null;
      expect(distance(el, 'RUS', 'CHN')).to.equal(before);
      const ctrl = wheel(el, { ctrlKey: true });
      expect(ctrl.defaultPrevented, 'the page itself does not zoom').to.be.true;
      await waitUntil(() => resetButton(el), 'zoomed in');
      await still(el);
      expect(distance(el, 'RUS', 'CHN') / before).to.be.closeTo(4, 0.02);
      // Cut at the drawing's edge once zoomed.
      expect(getComputedStyle(chart(el)).overflow).to.equal('hidden');
      // And back out with the wheel (Cmd on a Mac).
      wheel(el, { metaKey: true, deltaY: 1000 });
      await waitUntil(() => !resetButton(el), 'zoomed out');
      expect(distance(el, 'RUS', 'CHN')).to.be.closeTo(before, 0.02);
    });

    it('keeps labels at their size on screen', async () => {
      const el = await network(800);
      const label = () => node(el, 'RUS').querySelector<SVGTextElement>('.label')!;
      const box = label().getBoundingClientRect();
      const size = getComputedStyle(label()).fontSize;
      await zoomIn(el);
      const zoomed = label().getBoundingClientRect();
      expect(getComputedStyle(label()).fontSize).to.equal(size);
      expect(zoomed.height).to.be.closeTo(box.height, 0.5);
      expect(zoomed.width).to.be.closeTo(box.width, 0.5);
      expect(overlapsIn(el)).to.equal(0);
    });

    it('pans by dragging the background when zoomed, without clearing the selection', async () => {
      const el = await network(800);
      el.selected = 'CHN';
      await zoomIn(el);
      const [x, y] = background(el);
      const before = at(el, 'RUS');
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 20, y + 10] });
      await sendMouse({ type: 'move', position: [x + 50, y + 30] });
      await sendMouse({ type: 'up' });
      await still(el);
      const after = at(el, 'RUS');
      expect(after[0] - before[0]).to.be.closeTo(50, 1);
      expect(after[1] - before[1]).to.be.closeTo(30, 1);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.selected).to.equal('CHN');
    });

    it('pinches with two fingers; one finger pans only once zoomed in', async () => {
      const el = await network(800);
      const [x, y] = background(el);
      const start = positions(el);
      // One finger, not zoomed: the page's scroll, not the drawing's.
      pointer(el, 'pointerdown', 1, x, y);
      pointer(el, 'pointermove', 1, x + 40, y + 40);
      pointer(el, 'pointerup', 1, x + 40, y + 40);
      await frames(2);
      expect(positions(el)).to.deep.equal(start);
      expect(getComputedStyle(chart(el)).touchAction).to.equal('pan-x pan-y');

      const before = distance(el, 'RUS', 'CHN');
      pointer(el, 'pointerdown', 1, x - 20, y);
      pointer(el, 'pointerdown', 2, x + 20, y);
      await import('../../src/controllers/zoom-gesture.js');
      await frames(1);
      for (const spread of [30, 45, 60]) {
        pointer(el, 'pointermove', 1, x - spread, y);
        pointer(el, 'pointermove', 2, x + spread, y);
        await frames(1);
      }
      pointer(el, 'pointerup', 1, x - 60, y);
      pointer(el, 'pointerup', 2, x + 60, y);
      await still(el);
      expect(distance(el, 'RUS', 'CHN') / before).to.be.closeTo(3, 0.05);
      expect(resetButton(el)).to.exist;
      expect(getComputedStyle(chart(el)).touchAction).to.equal('none');

      // Zoomed in, one finger pans.
      const [bx, by] = background(el);
      const hub = at(el, 'RUS');
      pointer(el, 'pointerdown', 3, bx, by);
      pointer(el, 'pointermove', 3, bx - 30, by - 20);
      pointer(el, 'pointerup', 3, bx - 30, by - 20);
      await still(el);
      expect(at(el, 'RUS')[0] - hub[0]).to.be.closeTo(-30, 1);
      expect(at(el, 'RUS')[1] - hub[1]).to.be.closeTo(-20, 1);
    });

    it('zooms with + and -, and 0 or the reset button shows the whole picture again', async () => {
      const el = await network(800);
      const whole = positions(el);
      const before = distance(el, 'RUS', 'CHN');
      node(el, 'RUS').focus();
      await sendKeys({ press: '+' });
      await waitUntil(() => resetButton(el), 'zoomed in');
      await still(el);
      expect(distance(el, 'RUS', 'CHN') / before).to.be.closeTo(2, 0.02);
      await sendKeys({ press: '+' });
      await waitUntil(() => Math.abs(distance(el, 'RUS', 'CHN') / before - 4) < 0.02, 'closer still');
      await sendKeys({ press: '-' });
      await waitUntil(() => Math.abs(distance(el, 'RUS', 'CHN') / before - 2) < 0.02, 'back out a step');
      await sendKeys({ press: '0' });
      await waitUntil(() => !resetButton(el), 'the whole picture');
      await still(el);
      expect(positions(el)).to.deep.equal(whole);

      await sendKeys({ press: '+' });
      await waitUntil(() => resetButton(el), 'zoomed in again');
      resetButton(el)!.click();
      await waitUntil(() => !resetButton(el), 'reset by the button');
      await still(el);
      expect(positions(el)).to.deep.equal(whole);
      // Focus stayed in the chart, on its node, through it all.
      expect((root(el).activeElement as SVGElement).dataset.id).to.equal('RUS');
      await expect(el).to.be.accessible();
    });

    it('jumps, without a transition, under prefers-reduced-motion', async () => {
      await withReducedMotion(async () => {
        const el = await network(800);
        node(el, 'RUS').focus();
        const seen = new Set<string>([positions(el).join()]);
        await sendKeys({ press: '+' });
        await waitUntil(() => resetButton(el), 'zoomed in');
        for (let i = 0; i < 20; i++) {
          seen.add(positions(el).join());
          await frames(1);
        }
        expect(seen.size, 'the picture before and the picture after, nothing between').to.equal(2);
      });
    });

    it('drags, selects and describes nodes while zoomed', async () => {
      const el = await network(800);
      await zoomIn(el);
      const box = chart(el).getBoundingClientRect();
      const inView = (id: string) => {
        const c = centreOf(el, id);
        return c.x > box.left + 40 && c.x < box.right - 40 && c.y > box.top + 40 && c.y < box.bottom - 40;
      };
      const id = allies.find(inView) ?? 'RUS';
      // A click selects.
      const c = centreOf(el, id);
      const chosen = oneEvent(el, 'country-select');
      await sendMouse({ type: 'click', position: [Math.round(c.x), Math.round(c.y)] });
      expect(((await chosen) as CustomEvent<CountrySelectDetail>).detail.id).to.equal(id);
      // Hover shows its tooltip beside it.
      await el.updateComplete;
      expect(tooltip(el)!.textContent).to.contain(node(el, id).getAttribute('aria-label')!.split('.')[0]);
      // A drag holds it under the pointer.
      const other = allies.find((a) => a !== id && inView(a));
      if (other) {
        const start = centreOf(el, other);
        await sendMouse({ type: 'move', position: [Math.round(start.x), Math.round(start.y)] });
        await sendMouse({ type: 'down' });
        for (const step of [10, 20, 30]) {
          await sendMouse({ type: 'move', position: [Math.round(start.x) + step, Math.round(start.y) + step] });
          await frames(2);
        }
        const held = centreOf(el, other);
        expect(held.x).to.be.closeTo(Math.round(start.x) + 30, 1.5);
        expect(held.y).to.be.closeTo(Math.round(start.y) + 30, 1.5);
        await sendMouse({ type: 'up' });
      }
      expect(resetButton(el), 'still zoomed').to.exist;
    });

    it('moves a node reached by the keyboard into view', async () => {
      const el = await network(800);
      await zoomIn(el);
      const box = chart(el).getBoundingClientRect();
      const outside = allies.find((id) => {
        const c = centreOf(el, id);
        return c.x < box.left || c.x > box.right || c.y < box.top || c.y > box.bottom;
      })!;
      expect(outside, 'a country out of view').to.exist;
      node(el, outside).focus();
      await waitUntil(() => {
        const c = centreOf(el, outside);
        return c.x > box.left && c.x < box.right && c.y > box.top && c.y < box.bottom;
      }, 'panned into view');
    });

    it('exports the zoomed view as it is on screen, without the zoom controls', async () => {
      const el = await network(800);
      const whole = await el.toSVG();
      await zoomIn(el);
      const file = await el.toSVG();
      expect(file).to.be.a('string');
      expect(file).not.to.equal(whole);
      const doc = new DOMParser().parseFromString(file!, 'image/svg+xml');
      const drawn = new Set([...doc.querySelectorAll('g[transform]')].map((g) => g.getAttribute('transform')));
      for (const g of nodes(el)) expect(drawn, g.dataset.id).to.include(g.getAttribute('transform'));
      expect(file).not.to.contain('Reset zoom');
      const png = await el.toPNG(1);
      expect(png!.type).to.equal('image/png');
    });
  });

  describe('lifecycle', () => {
    it('leaves no frame loop running once disconnected', async () => {
      const el = await network(800);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
      const original = window.requestAnimationFrame;
      const real = original.bind(window);
      let scheduled = 0;
      window.requestAnimationFrame = (cb: FrameRequestCallback): number => {
        scheduled++;
        return real(cb);
      };
      try {
        // A resize starts a transition; removing the element must end it.
        (el.parentElement as HTMLElement).style.width = '500px';
        await waitUntil(() => scheduled > 0, 'a transition starts');
        el.remove();
        await new Promise((r) => setTimeout(r, 50));
        const after = scheduled;
        await new Promise((r) => setTimeout(r, 200));
        expect(scheduled).to.equal(after);
      } finally {
        window.requestAnimationFrame = original;
      }
    });

    it('shows an alert and fires data-error for a bad src', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('ally-network');
      const error = oneEvent(el, 'data-error');
      el.setAttribute('src', '/nowhere/missing.json');
      wrapper.append(el);
      expect(((await error) as CustomEvent<{ message: string }>).detail.message).to.contain('missing.json');
      await el.updateComplete;
      const alert = root(el).querySelector('[part~="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('missing.json');
      expect(nodes(el)).to.have.length(0);
    });
  });

  describe('beyond seven', () => {
    it('renders 200 partners from src, readable, without freezing', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(200))], { type: 'application/json' }));
      try {
        const el = await network(1024, html`<ally-network src=${url}></ally-network>`);
        expect(nodes(el)).to.have.length(201);
        const labels = [...root(el).querySelectorAll('.label')];
        expect(labels.length).to.be.at.least(10);
        expect(overlapsIn(el)).to.equal(0);
        // Unlabelled nodes name themselves on hover.
        const bare = nodes(el).find((n) => !n.querySelector('.label'))!;
        bare.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        expect(tooltip(el)!.textContent).to.contain('Partner');
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('draws all 1,000 partners where the pure layout puts them; click and keyboard still select', async () => {
      const data = syntheticDataset(1000);
      const el = await network(1024, html`<ally-network .data=${data}></ally-network>`);
      expect(nodes(el)).to.have.length(1001);
      const [, , width, height] = root(el).querySelector('svg[part~="chart"]')!.getAttribute('viewBox')!.split(' ').map(Number);
      const layout = layoutNetwork(networkGraph(data), { width: width, height: height, fontSize: 13, kinds: data.kinds.map((k) => k.id) });
      const drawn = new Map(nodes(el).map((n) => [n.dataset.id, n.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number)]));
      for (const { id, x, y } of layout.nodes) {
        const [dx, dy] = drawn.get(id)!;
        expect(dx, `${id} x`).to.be.closeTo(x, 0.01);
        expect(dy, `${id} y`).to.be.closeTo(y, 0.01);
      }

      setTimeout(() => node(el, 'P0500').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const clicked = await oneEvent(el, 'country-select');
      expect((clicked as CustomEvent<CountrySelectDetail>).detail.id).to.equal('P0500');

      node(el, 'P0500').focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset.id === 'P0501', 'the arrow moves on');
      const keyed = oneEvent(el, 'country-select');
      await sendKeys({ press: 'Enter' });
      expect((await keyed as CustomEvent<CountrySelectDetail>).detail.id).to.equal('P0501');
      await el.updateComplete;
      expect(node(el, 'P0501').getAttribute('aria-selected')).to.equal('true');
    });
  });
});
