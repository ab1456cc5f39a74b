import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AidMatrix, AllyNetwork, CountryCard } from '../../src/react/index.js';
import type { CountrySelectDetail, DataErrorDetail, Dataset } from '../../src/index.js';
import smallJson from '../fixtures/small.json';

const small = smallJson as unknown as Dataset;
const STORE_KEY = Symbol.for('ally-viz.selections');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[STORE_KEY]?.clear();
});

/** Renders and commits synchronously (the elements then update on their own schedule). */
function render(element: ReactElement): void {
  act(() => root.render(element));
}

const find = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => container.querySelector(tag)!;
const shadow = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const title = (card: Element): string | undefined => shadow(card, '[part~="title"]')?.textContent?.trim();
const nodeOf = (network: Element, id: string) => shadow(network, `[part~="node"][data-id="${id}"]`);
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('React wrappers (ally-viz/react)', () => {
  it('give the elements their props as properties, and the data object itself', async () => {
    render(
      createElement(
        'div',
        null,
        createElement(AllyNetwork, { data: small, group: 'react', thirdParties: true }),
        createElement(AidMatrix, { data: small, group: 'react', order: 'name' }),
        createElement(CountryCard, { data: small, group: 'react', country: 'BBB', layout: 'full' }),
      ),
    );
    const [network, matrix, card] = [find('ally-network'), find('aid-matrix'), find('country-card')];
    for (const el of [network, matrix, card]) {
      expect(el.data).to.equal(small);
      expect(el.hasAttribute('data')).to.be.false;
      expect(el.group).to.equal('react');
    }
    expect(network.thirdParties).to.be.true;
    expect(matrix.order).to.equal('name');
    await waitUntil(() => nodeOf(network, 'OBS') !== null, 'the network draws the third party of the dataset given');
    await waitUntil(() => title(card) === 'Beeland', 'the card shows the pinned country of the dataset given');
    await waitUntil(() => shadow(matrix, '[part~="cell"][data-row="AAA"]') !== null, 'the matrix draws its rows');
  });

  it('call onCountrySelect with the event of a reader’s selection, and the other views follow', async () => {
    const selected: CountrySelectDetail[] = [];
    render(
      createElement(
        'div',
        null,
        createElement(AllyNetwork, { data: small, group: 'react', onCountrySelect: (e) => selected.push(e.detail) }),
        createElement(AidMatrix, { data: small, group: 'react', onCountrySelect: (e) => selected.push(e.detail) }),
        createElement(CountryCard, { data: small, group: 'react', layout: 'full' }),
      ),
    );
    const [network, matrix, card] = [find('ally-network'), find('aid-matrix'), find('country-card')];
    await waitUntil(() => nodeOf(network, 'AAA') !== null, 'the network draws');
    click(nodeOf(network, 'AAA')!);
    await waitUntil(() => title(card) === 'Aland', 'the card follows the network');
    await waitUntil(() => shadow(matrix, '[part~="cell"][data-row="BBB"]') !== null, 'the matrix draws');
    click(shadow(matrix, '[part~="cell"][data-row="BBB"]')!);
    await waitUntil(() => title(card) === 'Beeland', 'the card follows the matrix');
    expect(selected).to.deep.equal([
      { id: 'AAA', group: 'react' },
      { id: 'BBB', group: 'react' },
    ]);
  });

  it('call onDataError when the data object is not a dataset, and swap handlers on re-render', async () => {
    const errors: DataErrorDetail[] = [];
    const stale: DataErrorDetail[] = [];
    const bad = { version: 99 } as unknown as Dataset;
    render(createElement(CountryCard, { data: bad, onDataError: (e) => stale.push(e.detail) }));
    await waitUntil(() => stale.length === 1, 'the first handler hears the error');
    render(createElement(CountryCard, { data: { ...bad }, onDataError: (e) => errors.push(e.detail) }));
    await waitUntil(() => errors.length === 1, 'the new handler hears the new error');
    expect(stale).to.have.length(1);
    expect(errors[0].message).to.be.a('string').and.not.equal('');
    expect(shadow(find('country-card'), '[part~="error"][role="alert"]')?.textContent).to.contain(errors[0].message);
  });
});

describe('React 19 with the plain tags', () => {
  it('sets known properties as properties, other props as attributes, and listens to on<event-name>', async () => {
    const selected: CountrySelectDetail[] = [];
    render(
      createElement(
        'div',
        null,
        createElement('ally-network', {
          group: 'plain',
          data: small,
          'third-parties': true,
          className: 'story-graphic',
          'oncountry-select': (e: CustomEvent<CountrySelectDetail>) => selected.push(e.detail),
        }),
        createElement('country-card', { group: 'plain', data: small, layout: 'full' }),
      ),
    );
    const [network, card] = [find('ally-network'), find('country-card')];
    expect(network.data).to.equal(small);
    expect(network.hasAttribute('data')).to.be.false;
    expect(network.group).to.equal('plain');
    expect(network.getAttribute('third-parties')).to.equal('');
    expect(network.thirdParties).to.be.true;
    expect(network.className).to.equal('story-graphic');
    await waitUntil(() => nodeOf(network, 'BBB') !== null, 'the network draws the dataset given');
    click(nodeOf(network, 'BBB')!);
    await waitUntil(() => title(card) === 'Beeland', 'the card follows');
    expect(selected).to.deep.equal([{ id: 'BBB', group: 'plain' }]);
  });
});
