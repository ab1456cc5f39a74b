import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/ally-network/register.js';
import '../../src/aid-matrix/register.js';
import '../../src/country-card/register.js';
import type { AllyNetwork } from '../../src/ally-network/ally-network.js';
import type { AidMatrix } from '../../src/aid-matrix/aid-matrix.js';
import type { CountryCard } from '../../src/country-card/country-card.js';
import { datasetAsOf } from '../../src/data/as-of.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { DataErrorDetail } from '../../src/events.js';
import { closePages, openPage, parseCsv } from './embed-helpers.js';
import { withReducedMotion } from './reduced-motion.js';

const STORES = ['ally-viz.selections', 'ally-viz.as-of'].map((key) => Symbol.for(key));

afterEach(() => {
  closePages();
  for (const key of STORES) (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[key]?.clear();
});

type View = AllyNetwork | AidMatrix | CountryCard;

interface Views {
  network: AllyNetwork;
  matrix: AidMatrix;
  card: CountryCard;
  all: View[];
}

/** The three views in one group, drawn. */
async function views(attributes = '', group = 'as-of-test', cardAttributes = 'selected="IRN"'): Promise<Views> {
  const root = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  // Markup, so that the attributes are there before the elements upgrade, as a publisher writes them.
  root.innerHTML = `<ally-network group="${group}" ${attributes}></ally-network>
    <aid-matrix group="${group}"></aid-matrix>
    <country-card group="${group}" ${cardAttributes}></country-card>`;
  const network = root.querySelector('ally-network')!;
  const matrix = root.querySelector('aid-matrix')!;
  const card = root.querySelector('country-card')!;
  const all = [network, matrix, card];
  for (const el of all) await waitUntil(() => el.shadowRoot?.querySelector('[part~="footer"], [part~="error"]'), `${el.localName} draws`);
  await settle(all);
  return { network, matrix, card, all };
}

async function settle(all: View[]): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(all.map((v) => v.updateComplete));
}

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const cellStatus = (matrix: AidMatrix, row: string, col: string): string | null =>
  shadow(matrix).querySelector(`[part~="cell"][data-row="${row}"][data-col="${col}"]`)?.getAttribute('data-status') ?? null;
const linkStatuses = (network: AllyNetwork, source: string, kind: string): string[] =>
  [...shadow(network).querySelectorAll(`[part~="link"][data-source="${source}"][data-kind="${kind}"]`)].map((l) => l.getAttribute('data-status')!);
const claimIds = (card: CountryCard): string[] =>
  [...shadow(card).querySelectorAll('[part~="claim"]')].map((c) => c.getAttribute('data-id')!).sort();
const positions = (network: AllyNetwork): string[] =>
  [...shadow(network).querySelectorAll('[part~="node"]')].map((n) => `${n.getAttribute('data-id')} ${n.getAttribute('transform')}`);
const sourceLine = (el: View): string => shadow(el).querySelector('[part~="source-line"]')!.textContent.replace(/\s+/g, ' ');
const liveRegion = (el: View): string => shadow(el).querySelector('.viz-footer [role="status"]')!.textContent.trim();

async function setAsOf(on: View, value: string | null, all: View[]): Promise<void> {
  if (value === null) on.removeAttribute('as-of');
  else on.setAttribute('as-of', value);
  await settle(all);
}

describe('as-of: the views show the relationships as they stood then', () => {
  it('filters claims and statuses in the network, the matrix, the card and the CSV', async () => {
    const { network, matrix, card, all } = await views();
    const iranClaims = (asOf: string | null): string[] =>
      datasetAsOf(defaultDataset, asOf).claims.filter((c) => c.parties.includes('IRN')).map((c) => c.id).sort();

    // Before the drones: Iran gives no military support.
    await setAsOf(network, '2022-07', all);
    expect(cellStatus(matrix, 'IRN', 'military')).to.equal('none');
    expect(linkStatuses(network, 'IRN', 'military')).to.deep.equal([]);
    expect(claimIds(card)).to.deep.equal(iranClaims('2022-07'));

    // The drones are alleged from August 2022…
    await setAsOf(network, '2022-09', all);
    expect(cellStatus(matrix, 'IRN', 'military')).to.equal('alleged');
    expect(linkStatuses(network, 'IRN', 'military')).to.include('alleged');
    expect(claimIds(card)).to.include('IRN-drones-2022').and.not.include('IRN-drones-admission-2022');

    // …and acknowledged in part by Iran on 5 November 2022.
    await setAsOf(network, '2022-11', all);
    expect(cellStatus(matrix, 'IRN', 'military')).to.equal('acknowledged-in-part');
    expect(linkStatuses(network, 'IRN', 'military')).to.include('acknowledged-in-part');
    expect(claimIds(card)).to.deep.equal(iranClaims('2022-11'));

    for (const el of all) {
      expect(el.getAttribute('as-of'), `${el.localName} follows the group`).to.equal('2022-11');
      expect(sourceLine(el)).to.contain('Data as of November 2022').and.not.contain('approximately');
      const rows = parseCsv(el.toCSV()!);
      expect(rows.slice(1).map((r) => r[0]), `${el.localName} CSV`).to.deep.equal(datasetAsOf(defaultDataset, '2022-11').claims.map((c) => c.id));
    }

    // Absent: the dataset's own date, as before.
    await setAsOf(network, null, all);
    for (const el of all) expect(el.hasAttribute('as-of')).to.be.false;
    expect(sourceLine(card)).to.contain('approximately 21 March 2023');
    expect(parseCsv(card.toCSV()!)).to.have.length(defaultDataset.claims.length + 1);
  });

  it('keeps every partner in its place whatever the date: partners without claims yet are idle', async () => {
    const { network, all } = await views('', 'as-of-test', '');
    const everything = positions(network);
    await setAsOf(network, '2020', all);
    expect(positions(network)).to.deep.equal(everything);
    const idle = [...shadow(network).querySelectorAll('[part~="node"].idle')].map((n) => n.getAttribute('data-id'));
    // In 2020 only Russia's loan to Belarus and its presence in Syria are there.
    expect(idle).to.include.members(['CHN', 'IND', 'IRN', 'PRK', 'ZAF']);
    expect(idle).not.to.include('BLR');
    await setAsOf(network, '2022-10', all);
    expect(positions(network)).to.deep.equal(everything);
  });

  it('a publisher sets it on any view of the group, by attribute or property; other groups keep theirs', async () => {
    const { network, matrix, card, all } = await views('', 'one');
    const other = await fixture<AidMatrix>(html`<aid-matrix group="two" as-of="2022-05"></aid-matrix>`);
    await settle([...all, other]);
    card.asOf = '2022-03';
    await settle([...all, other]);
    expect(all.map((el) => el.asOf)).to.deep.equal(['2022-03', '2022-03', '2022-03']);
    expect(matrix.getAttribute('as-of'), 'reflected').to.equal('2022-03');
    expect(other.asOf).to.equal('2022-05');
    // A view that joins later takes the group's date.
    const late = document.createElement('country-card');
    late.group = 'one';
    network.after(late);
    await settle([...all, late]);
    expect(late.asOf).to.equal('2022-03');
    late.remove();
  });

  it('an invalid as-of says what is wrong in the view, fires data-error and is not shared', async () => {
    const { network, matrix, all } = await views('as-of="2022-05"');
    const failed = oneEvent(matrix, 'data-error');
    matrix.setAttribute('as-of', '2022-13');
    const { detail } = (await failed) as CustomEvent<DataErrorDetail>;
    await settle(all);
    expect(detail.message).to.equal('as-of: invalid date "2022-13" (month 13 is out of range)');
    const alert = shadow(matrix).querySelector('[part~="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('as-of: invalid date "2022-13"');
    // The others keep the last good date.
    expect(network.asOf).to.equal('2022-05');
    expect(shadow(network).querySelector('[part~="error"]')).to.be.null;
    matrix.setAttribute('as-of', '2022-06');
    await settle(all);
    expect(shadow(matrix).querySelector('[part~="error"]')).to.be.null;
    expect(network.asOf).to.equal('2022-06');
  });

  it('announces what changed once, politely, in the live region of the view where it changed', async () => {
    const { network, matrix, card, all } = await views('as-of="2022-02"');
    await setAsOf(network, '2022-03', all);
    expect(liveRegion(network)).to.equal(
      'March 2022: India, diplomatic support, reported; South Africa, diplomatic support, characterized.',
    );
    expect(shadow(network).querySelector('.viz-footer [role="status"]')!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(liveRegion(matrix)).to.equal('');
    expect(liveRegion(card)).to.equal('');
  });

  it('new links and cells fade in, and nothing animates under reduced motion', async () => {
    const { network, matrix, all } = await views('as-of="2022-07"');
    await setAsOf(network, '2022-09', all);
    const fading = (el: View): Animation[] => shadow(el).getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.getKeyframes()[0]?.opacity === '0');
    expect(fading(network).length, 'the new Iran and North Korea links').to.be.greaterThan(0);
    expect(fading(matrix).length, 'the new Iran and North Korea cells').to.be.greaterThan(0);
    for (const a of [...fading(network), ...fading(matrix)]) a.finish();

    await withReducedMotion(async () => {
      await setAsOf(network, '2022-11', all);
      expect(fading(network)).to.deep.equal([]);
      expect(fading(matrix)).to.deep.equal([]);
    });
  });
});

describe('as-of: the scrollytelling demo (demo/scrolly.html, on the built bundle)', () => {
  it('steps through its states as the reader scrolls: the graphic takes each step’s as-of, selected and kinds', async () => {
    // Shorter than the test runner's window: the observer's band is in the reader's (top-level) viewport.
    const page = await openPage('/demo/scrolly.html', 1000, 480);
    const { doc, win } = page;
    const graphic = doc.getElementById('story-graphic')!;
    await waitUntil(() => graphic.shadowRoot?.querySelector('[part~="node"]'), 'the graphic draws', { timeout: 8000 });
    expect(win.getComputedStyle(doc.querySelector('.scrolly__graphic')!).position, 'sticky on a wide screen').to.equal('sticky');
    const steps = [...doc.querySelectorAll<HTMLElement>('.scrolly__step')];
    expect(steps.length).to.be.at.least(5);
    const seen: string[] = [];
    for (const step of steps) {
      const top = step.getBoundingClientRect().top + win.scrollY;
      // The middle of the step at the middle of the viewport, as a reader scrolls there.
      win.scrollTo(0, top + step.offsetHeight / 2 - win.innerHeight / 2);
      const want = { 'as-of': step.dataset.asOf || null, selected: step.dataset.selected || null, kinds: step.dataset.kinds || null };
      const state = (): string => JSON.stringify({ 'as-of': graphic.getAttribute('as-of'), selected: graphic.getAttribute('selected'), kinds: graphic.getAttribute('kinds') });
      // The first step's state is the graphic's markup: wait for the observer to mark the step too.
      await waitUntil(
        () => step.classList.contains('is-active') && state() === JSON.stringify(want),
        `step "${step.querySelector('h2')!.textContent}" applied`,
        { timeout: 3000 },
      );
      await (graphic as AllyNetwork).updateComplete;
      seen.push(graphic.shadowRoot!.querySelector('[part~="source-line"]')!.textContent.replace(/\s+/g, ' '));
    }
    expect(seen[0]).to.contain('Data as of December 2021');
    expect(seen[3]).to.contain('Data as of September 2022');
    expect(seen.at(-1)).to.contain('Data as of approximately 21 March 2023');
    // Scrolling back up goes back through the same states.
    steps[1].scrollIntoView({ block: 'center' });
    await waitUntil(() => graphic.getAttribute('as-of') === '2022-02' && graphic.getAttribute('kinds') === 'military', 'back to February 2022');
  });

  it('on a phone the graphic sits inline', async () => {
    const page = await openPage('/demo/scrolly.html', 380, 480);
    expect(page.win.getComputedStyle(page.doc.querySelector('.scrolly__graphic')!).position).to.equal('static');
  });
});
