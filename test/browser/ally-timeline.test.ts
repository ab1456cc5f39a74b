import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/ally-timeline/register.js';
import '../../src/ally-network/register.js';
import '../../src/aid-matrix/register.js';
import type { AllyTimeline } from '../../src/ally-timeline/ally-timeline.js';
import type { AidMatrix } from '../../src/aid-matrix/aid-matrix.js';
import type { AllyNetwork } from '../../src/ally-network/ally-network.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { addBundle, closePages, drawn, openPage } from './embed-helpers.js';

const STORES = ['ally-viz.selections', 'ally-viz.as-of'].map((key) => Symbol.for(key));

afterEach(async () => {
  for (const key of STORES) (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[key]?.clear();
  closePages();
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
});

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const scrubber = (el: AllyTimeline): HTMLInputElement => shadow(el).querySelector('[part~="scrubber"]')!;
const playButton = (el: AllyTimeline): HTMLButtonElement => shadow(el).querySelector('[part~="play"]')!;
const marks = (el: AllyTimeline, selector = ''): SVGGElement[] => [...shadow(el).querySelectorAll<SVGGElement>(`[part~="mark"]${selector}`)];

/** Waits until the view's drawing (loaded on demand) is there. */
async function chart(el: Element): Promise<void> {
  // Views draw when they come near the viewport.
  el.scrollIntoView();
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="chart"]'), `${el.localName} draws its chart`, { timeout: 8000 });
  await (el as AllyTimeline).updateComplete;
}

interface Linked {
  timeline: AllyTimeline;
  network: AllyNetwork;
  matrix: AidMatrix;
}

/** A timeline and two views in one group, at a width. */
async function linked(width = 900, attributes = 'from="2022"'): Promise<Linked> {
  const root = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  root.innerHTML = `<ally-timeline group="tl" ${attributes}></ally-timeline>
    <ally-network group="tl"></ally-network><aid-matrix group="tl"></aid-matrix>`;
  const timeline = root.querySelector('ally-timeline')!;
  const network = root.querySelector('ally-network')!;
  const matrix = root.querySelector('aid-matrix')!;
  // The timeline first: its drawing is taller than its placeholder in a narrow column.
  await chart(timeline);
  for (const [view, part] of [[network, 'node'], [matrix, 'cell']] as const) {
    view.scrollIntoView();
    await waitUntil(() => view.shadowRoot?.querySelector(`[part~="${part}"]`), `${view.localName} draws`, { timeout: 5000 });
  }
  timeline.scrollIntoView();
  return { timeline, network, matrix };
}

async function settle(...els: Element[]): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(els.map((el) => (el as AllyTimeline).updateComplete));
}

const cellStatus = (matrix: AidMatrix, row: string, col: string): string | null =>
  shadow(matrix).querySelector(`[part~="cell"][data-row="${row}"][data-col="${col}"]`)?.getAttribute('data-status') ?? null;

describe('ally-timeline: what it draws', () => {
  it('a lane per partner, every claim where its date starts, marks after the date faint, joint activity apart', async () => {
    const { timeline } = await linked(900, 'from="2022" as-of="2022-06"');
    const lanes = [...shadow(timeline).querySelectorAll('[part~="lane"]')].map((l) => l.getAttribute('data-id'));
    expect(lanes).to.deep.equal(['CHN', 'BLR', 'IND', 'IRN', 'PRK', 'ZAF', 'SYR']);
    expect(new Set(marks(timeline).map((m) => m.dataset.id)).size).to.equal(defaultDataset.claims.length);
    const loan = marks(timeline, '[data-id="BLR-loan-2020"]')[0];
    expect(loan.dataset.shown).to.equal('true');
    expect(loan.dataset.side).to.equal('receives');
    const drones = marks(timeline, '[data-id="IRN-drones-2022"]')[0];
    expect(drones.dataset.shown).to.equal('false');
    expect(drones.classList.contains('later')).to.be.true;
    expect(drones.querySelector('.letter')!.textContent).to.equal('M');
    expect(drones.querySelector('title')!.textContent).to.contain('Iran, military support, alleged, denied');
    // Joint activity is drawn weaker than support: open, and fainter.
    const joint = marks(timeline, '[data-side="joint"]')[0];
    const support = marks(timeline, '[data-side="gives"][data-status="reported"]')[0];
    expect(Number(getComputedStyle(joint).opacity)).to.be.below(Number(getComputedStyle(support).opacity));
    expect(joint.querySelector('.shape')!.getAttribute('fill-opacity')).to.equal('0');
    // Ticks computed by d3-scale, drawn by Lit.
    const ticks = [...shadow(timeline).querySelectorAll('[part~="axis"] text')].map((t) => t.textContent);
    expect(ticks).to.include('2022').and.include('2023');
    expect(shadow(timeline).querySelector('[part~="summary"]')!.textContent).to.contain('44 claims, from January 2022 to 21 March 2023:');
    expect(shadow(timeline).querySelector('[part~="source-line"]')!.textContent).to.contain('Data as of June 2022');
    await expect(timeline).to.be.accessible();
  });

  it('fits a 320 px column in both themes, names above the lanes', async () => {
    for (const theme of ['light', 'dark']) {
      const { timeline } = await linked(320, `from="2022" theme="${theme}"`);
      expect(timeline.scrollWidth).to.be.at.most(320);
      const svg = shadow(timeline).querySelector<SVGSVGElement>('[part~="chart"]')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(320);
      const input = scrubber(timeline).getBoundingClientRect();
      expect(input.right).to.be.at.most(timeline.getBoundingClientRect().right + 1);
      expect(getComputedStyle(timeline).backgroundColor).to.equal(theme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
    }
  });
});

describe('ally-timeline: it drives the date of its group', () => {
  it('by keyboard: arrows step a month, Home and End, and the linked views follow', async () => {
    const { timeline, network, matrix } = await linked(900, 'from="2022" as-of="2022-08"');
    const events: (string | null)[] = [];
    timeline.addEventListener('as-of-change', (e) => events.push((e).detail.asOf));
    scrubber(timeline).focus();
    expect(cellStatus(matrix, 'IRN', 'military')).to.equal('alleged');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(timeline, network, matrix);
    expect(timeline.asOf).to.equal('2022-07');
    expect(network.getAttribute('as-of')).to.equal('2022-07');
    expect(cellStatus(matrix, 'IRN', 'military')).to.equal('none');
    expect(scrubber(timeline).getAttribute('aria-valuetext')).to.equal('July 2022');
    // The timeline, where the reader moved the date, says what changed; the others stay quiet.
    await sendKeys({ press: 'ArrowRight' });
    await settle(timeline, network, matrix);
    expect(shadow(timeline).querySelector('.viz-footer [role="status"]')!.textContent).to.match(/^August 2022: .*Iran, military support, alleged/);
    expect(shadow(network).querySelector('.viz-footer [role="status"]')!.textContent.trim()).to.equal('');
    await sendKeys({ press: 'Home' });
    await settle(timeline, network, matrix);
    expect(network.asOf).to.equal('2021-12');
    await sendKeys({ press: 'End' });
    await settle(timeline, network, matrix);
    expect(network.hasAttribute('as-of')).to.be.false;
    expect(events).to.deep.equal(['2022-07', '2022-08', '2021-12', null]);
  });

  it('by pointer: a click on the drawing and a drag of the scrubber', async () => {
    const { timeline, network } = await linked(900, 'from="2022"');
    const svg = shadow(timeline).querySelector<SVGSVGElement>('[part~="chart"]')!;
    const box = svg.getBoundingClientRect();
    // The tick of July 2022, on the axis.
    const july = [...svg.querySelectorAll('[part~="axis"] text')].find((t) => t.textContent === 'July')!;
    const x = july.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x.left + x.width / 2), Math.round(box.top + 40)] });
    await settle(timeline, network);
    // The cursor after a month is at its end: the July tick is the end of June.
    expect(timeline.asOf).to.equal('2022-06');
    expect(network.asOf).to.equal('2022-06');

    scrubber(timeline).scrollIntoView({ block: 'center' });
    const input = scrubber(timeline).getBoundingClientRect();
    const y = Math.round(input.top + input.height / 2);
    const thumb = input.left + 10 + ((input.width - 20) * Number(scrubber(timeline).value)) / Number(scrubber(timeline).max);
    await sendMouse({ type: 'move', position: [Math.round(thumb), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(input.left + 10), y] });
    await sendMouse({ type: 'up' });
    await settle(timeline, network);
    expect(network.asOf).to.equal('2021-12');
  });

  it('play steps a month at a time and stops at the dataset’s date; Space or Enter on the scrubber plays and pauses', async () => {
    const { timeline, network } = await linked(900, 'from="2022" as-of="2023-01"');
    const seen: (string | null)[] = [];
    timeline.addEventListener('as-of-change', (e) => seen.push((e).detail.asOf));
    playButton(timeline).click();
    await settle(timeline);
    expect(timeline.playing).to.be.true;
    expect(timeline.hasAttribute('playing')).to.be.true;
    expect(playButton(timeline).textContent).to.contain('Pause');
    await waitUntil(() => !timeline.playing, 'play stops at the end', { timeout: 6000 });
    expect(seen).to.deep.equal(['2023-02', null]);
    expect(network.hasAttribute('as-of')).to.be.false;

    // From the end, play starts again at the first month; Space on the scrubber pauses.
    scrubber(timeline).focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => seen.length === 3, 'the first step', { timeout: 3000 });
    expect(seen[2]).to.equal('2021-12');
    await sendKeys({ press: 'Enter' });
    await settle(timeline);
    expect(timeline.playing).to.be.false;
    await new Promise((r) => setTimeout(r, 1200));
    expect(seen).to.have.length(3);
    expect(network.asOf).to.equal('2021-12');
  });

  it('under reduced motion the cursor and marks move without transitions', async () => {
    const { timeline } = await linked(900);
    const cursor = shadow(timeline).querySelector('[part~="cursor"]')!;
    expect(parseFloat(getComputedStyle(cursor).transitionDuration)).to.be.greaterThan(0);
    // Only Chromium's protocol emulates the media query; the story check runs the reduced-motion story there too.
    if (!/Chrome\//.test(navigator.userAgent)) return;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(parseFloat(getComputedStyle(cursor).transitionDuration)).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('ally-timeline: publisher guarantees', () => {
  it('under a strict CSP, parsed before its script: fallback and reserved space first, attributes honoured, lazy far below, no violation', async () => {
    const page = await openPage('/test/pages/csp/timeline.html', 900, 800);
    const { doc, win } = page;
    const top = doc.getElementById('top')!;
    const far = doc.getElementById('far')!;
    expect(top.querySelector('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(top.getBoundingClientRect().height, 'dist/ally-viz.css reserves its space').to.be.at.least(740);
    const reserved = top.getBoundingClientRect().height;
    await addBundle(page);
    await drawn(top);
    await chart(top);
    expect(top.getBoundingClientRect().height / reserved, 'the reservation was a fair guess').to.be.within(0.85, 1.15);
    const root = top.shadowRoot!;
    expect(root.querySelector('[part~="scrubber"]')!.getAttribute('aria-valuetext')).to.equal('June 2022');
    expect(win.getComputedStyle(top).backgroundColor).to.equal('rgb(22, 24, 28)');
    const network = doc.getElementById('linked')!;
    await waitUntil(() => network.getAttribute('as-of') === '2022-06', 'the linked network takes the date');
    // Interaction re-renders under the policy.
    (root.querySelector('[part~="play"]') as HTMLButtonElement).click();
    await waitUntil(() => top.getAttribute('as-of') === '2022-07', 'play steps');
    (root.querySelector('[part~="play"]') as HTMLButtonElement).click();
    // Far below the fold: not drawn until the reader comes near.
    await new Promise((r) => setTimeout(r, 200));
    expect(far.shadowRoot!.querySelector('[part~="placeholder"]')).to.exist;
    expect(far.shadowRoot!.querySelector('[part~="chart"]')).to.be.null;
    await drawn(far);
    await chart(far);
    expect(win.embedRecord.violations).to.deep.equal([]);
    expect(win.embedRecord.errors).to.deep.equal([]);
  });

  it('a page without the tag never downloads its drawing; the element bundle works alone', async () => {
    const page = await openPage('/test/pages/csp/index.html');
    await drawn(page.doc.querySelector('ally-network')!);
    const urls = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.endsWith('/dist/ally-viz.js'))).to.be.true;
    expect(urls.filter((u) => u.includes('timeline-view'))).to.deep.equal([]);

    const alone = await openPage({ html: '<!doctype html><html lang="en"><body><ally-timeline from="2022"></ally-timeline></body></html>' });
    await addBundle(alone, '/dist/elements/ally-timeline.js');
    const el = alone.doc.querySelector('ally-timeline')!;
    await chart(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="mark"]').length).to.be.greaterThan(40);
  });

  it('hostile page CSS does not reach it', async () => {
    const page = await openPage('/test/pages/hostile.html', 900, 900);
    const el = page.doc.createElement('ally-timeline');
    page.doc.getElementById('column')!.prepend(el);
    await addBundle(page);
    await drawn(el);
    await chart(el);
    const host = page.win.getComputedStyle(el);
    expect(host.display).to.equal('block');
    expect(host.fontSize).to.equal('16px');
    expect(host.color).to.equal('rgb(29, 31, 35)');
    expect(el.getBoundingClientRect().width).to.be.greaterThan(300);
    const input = el.shadowRoot!.querySelector('[part~="scrubber"]')!;
    expect(input.getBoundingClientRect().height).to.be.at.least(24);
    expect(page.win.embedRecord.errors).to.deep.equal([]);
  });

  it('an invalid from or as-of gets a clear message and a data-error event', async () => {
    const el = await fixture<AllyTimeline>(html`<ally-timeline as-of="2022-02-30"></ally-timeline>`);
    await el.updateComplete;
    const alert = (): string => el.shadowRoot!.querySelector('[role="alert"][part~="error"]')?.textContent ?? '';
    expect(alert()).to.contain('as-of: invalid date "2022-02-30" (day 30 is out of range (2022-02 has 28 days))');
    const failed = oneEvent(el, 'data-error');
    el.asOf = null;
    el.from = 'last spring';
    expect(((await failed) as CustomEvent<{ message: string }>).detail.message).to.equal(
      'from: invalid date "last spring" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    );
    await el.updateComplete;
    expect(alert()).to.contain('from: invalid date "last spring"');
    el.from = '2022';
    await chart(el);
    expect(alert()).to.equal('');
  });
});
