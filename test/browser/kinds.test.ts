import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ally-network/register.js';
import '../../src/aid-matrix/register.js';
import '../../src/country-card/register.js';
import { SAME_INITIAL_LETTERS, sameInitialDataset } from '../fixtures/same-initial.js';

/**
 * Kinds whose labels start alike ("Economic", "Energy"): every view names them by the same
 * letters, unique in the dataset (src/styles/kinds.ts), and by the same colours.
 */
const colliding = sameInitialDataset;
const LETTERS = SAME_INITIAL_LETTERS;

let groups = 0;

async function views(): Promise<{ network: HTMLElement; matrix: HTMLElement; card: HTMLElement }> {
  const group = `kinds-test-${++groups}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <ally-network group=${group} .data=${colliding}></ally-network>
    <aid-matrix group=${group} .data=${colliding}></aid-matrix>
    <country-card group=${group} country="IRN" layout="full" .data=${colliding}></country-card>
  </div>`);
  const [network, matrix, card] = ['ally-network', 'aid-matrix', 'country-card'].map((tag) => wrapper.querySelector<HTMLElement>(tag)!);
  await waitUntil(
    () => network.shadowRoot!.querySelector('[part~="node"]') && matrix.shadowRoot!.querySelector('[part~="cell"]'),
    'the views draw',
  );
  for (const el of [network, matrix, card]) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { network, matrix, card };
}

/** Kind id → the letter and colour a view shows next to it. */
function lettersBy(items: Iterable<Element>, kindOf: (item: Element) => string | undefined): Map<string, { letter: string; color: string }> {
  const found = new Map<string, { letter: string; color: string }>();
  for (const item of items) {
    const letter = item.querySelector('.letter, .swatch')!;
    found.set(kindOf(item)!, { letter: letter.textContent.trim(), color: getComputedStyle(letter).backgroundColor });
  }
  return found;
}

describe('kind letters and colours', () => {
  it('are unique in the dataset and the same in the network legend, the matrix and the card', async () => {
    const { network, matrix, card } = await views();
    const legend = lettersBy(network.shadowRoot!.querySelectorAll('.kinds button[data-kind]'), (b) => (b as HTMLElement).dataset['kind']);
    const columns = [...matrix.shadowRoot!.querySelectorAll('thead th[scope=col]')];
    const headers = lettersBy(columns, (th) => colliding.kinds.find((k) => th.textContent.includes(k.label))?.id);
    // The card's groups of claims, in every section (Iran gives military support, and takes part in
    // joint activity of all three kinds).
    const groups = lettersBy(card.shadowRoot!.querySelectorAll('[part~="section"] .kind[data-kind]'), (g) => (g as HTMLElement).dataset['kind']);
    const badges = lettersBy(card.shadowRoot!.querySelectorAll('[part~="badge"]'), (b) => (b as HTMLElement).dataset['kind']);
    for (const [view, found] of [['network legend', legend], ['matrix', headers], ['card', groups], ['badges', badges]] as const) {
      expect(Object.fromEntries([...found].map(([kind, { letter }]) => [kind, letter])), view).to.deep.equal(
        Object.fromEntries([...found.keys()].map((kind) => [kind, LETTERS[kind]])),
      );
    }
    expect([...legend.keys()]).to.have.members(Object.keys(LETTERS));
    expect([...headers.keys()]).to.have.members(Object.keys(LETTERS));
    expect([...groups.keys()]).to.have.members(Object.keys(LETTERS));
    expect([...badges.keys()]).to.deep.equal(['military']);
    // One colour per kind, the same in every view.
    for (const [kind, { color }] of legend) {
      expect(headers.get(kind)!.color, kind).to.equal(color);
      expect(groups.get(kind)!.color, kind).to.equal(color);
    }
    expect(badges.get('military')!.color).to.equal(legend.get('military')!.color);
    expect(new Set([...legend.values()].map((v) => v.color)).size).to.equal(3);
    // The card's sections are headed by the same letters.
    const sections = [...card.shadowRoot!.querySelectorAll('.kind h4 .letter')].map((l) => l.textContent);
    expect(sections.length).to.be.greaterThan(0);
    expect(sections.every((l) => Object.values(LETTERS).includes(l))).to.be.true;
  });

  it('label the network links and the exported picture with the same letters', async () => {
    const { network } = await views();
    const onLinks = new Set([...network.shadowRoot!.querySelectorAll('text.letter')].map((t) => t.textContent));
    expect(onLinks.size).to.be.greaterThan(1);
    expect([...onLinks].every((l) => Object.values(LETTERS).includes(l))).to.be.true;
    const svg = await (network as HTMLElement & { toSVG(): Promise<string | null> }).toSVG();
    const doc = new DOMParser().parseFromString(svg!, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent.trim());
    // The legend is in the picture, each kind by its letter and label.
    for (const kind of colliding.kinds) {
      const at = texts.indexOf(kind.label);
      expect(at, kind.label).to.be.greaterThan(0);
      expect(texts.slice(Math.max(0, at - 2), at), kind.label).to.include(LETTERS[kind.id]);
    }
  });

  it('keep the publisher colour of a kind, by its id, in every view', async () => {
    const { network, matrix, card } = await views();
    for (const el of [network, matrix, card]) el.style.setProperty('--ally-color-energy', 'rgb(1, 2, 3)');
    const energy = [
      network.shadowRoot!.querySelector('.kinds button[data-kind="energy"] .swatch')!,
      [...matrix.shadowRoot!.querySelectorAll('thead th[scope=col] .letter')].find((l) => l.textContent === 'N')!,
      card.shadowRoot!.querySelector('.kind[data-kind="energy"] .letter')!,
    ];
    expect(energy.map((l) => getComputedStyle(l).backgroundColor)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
    // The other kinds keep the theme's colours.
    const economic = network.shadowRoot!.querySelector('.kinds button[data-kind="economic"] .swatch')!;
    expect(getComputedStyle(economic).backgroundColor).to.not.equal('rgb(1, 2, 3)');
  });
});
