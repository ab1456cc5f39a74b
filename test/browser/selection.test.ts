import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VizElement } from '../../src/internal/viz-element.js';
import { hashKey, readHash, writeHash } from '../../src/controllers/hash-controller.js';
import type { CountrySelectDetail } from '../../src/events.js';
import '../../src/country-card/register.js';
import '../../src/ally-network/register.js';
import '../../src/aid-matrix/register.js';
import type { CountryCard } from '../../src/country-card/country-card.js';

/** The smallest view: the shared attributes and controllers, and a way to act as a reader. */
class SelectionTestView extends VizElement {
  protected renderView(): TemplateResult {
    return html`<p>${this.selected ?? 'none'}</p>`;
  }

  pick(id: string | null): void {
    this.selection.select(id);
  }
}
customElements.define('selection-test-view', SelectionTestView);

/** A component that keeps a view in its own shadow root. */
class SelectionTestWrapper extends LitElement {
  @property() group: string | null = null;

  override render(): TemplateResult {
    return html`<selection-test-view group=${this.group ?? ''}></selection-test-view>`;
  }

  get view(): SelectionTestView {
    return this.renderRoot.querySelector('selection-test-view')!;
  }
}
customElements.define('selection-test-wrapper', SelectionTestWrapper);

type View = SelectionTestView;

declare global {
  interface HTMLElementTagNameMap {
    'selection-test-view': SelectionTestView;
    'selection-test-wrapper': SelectionTestWrapper;
  }
}

const STORE_KEY = Symbol.for('ally-viz.selections');

async function settle(...views: LitElement[]): Promise<void> {
  for (let i = 0; i < 2; i++) await Promise.all(views.map((v) => v.updateComplete));
}

function selections(views: View[]): (string | null)[] {
  return views.map((v) => v.selected);
}

afterEach(() => {
  (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[STORE_KEY]?.clear();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

describe('linked selection', () => {
  it('a reader selection in one view selects it in every view of the page-wide group', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <selection-test-view></selection-test-view>
      <selection-test-view></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    const events: CountrySelectDetail[] = [];
    root.addEventListener('country-select', (e) => events.push(e.detail));
    views[1].pick('IRN');
    await settle(...views);
    expect(selections(views)).to.deep.equal(['IRN', 'IRN', 'IRN']);
    expect(views.map((v) => v.getAttribute('selected'))).to.deep.equal(['IRN', 'IRN', 'IRN']);
    expect(views[2].shadowRoot!.textContent).to.contain('IRN');
    // One event, from the view the reader used, not one per follower.
    expect(events).to.deep.equal([{ id: 'IRN', group: null }]);

    views[0].pick(null);
    await settle(...views);
    expect(selections(views)).to.deep.equal([null, null, null]);
    expect(views[2].hasAttribute('selected')).to.be.false;
    expect(events.at(-1)).to.deep.equal({ id: null, group: null });
  });

  it('country-select bubbles out of shadow roots and does not fire again for the same id', async () => {
    const wrapper = await fixture<SelectionTestWrapper>(html`<selection-test-wrapper></selection-test-wrapper>`);
    await settle(wrapper, wrapper.view);
    const event = oneEvent(document, 'country-select');
    wrapper.view.pick('CHN');
    expect(((await event) as CustomEvent<CountrySelectDetail>).detail.id).to.equal('CHN');
    let again = 0;
    document.addEventListener('country-select', () => again++, { once: true });
    wrapper.view.pick('CHN');
    expect(again).to.equal(0);
  });

  it('a publisher setting selected on any one view, by property or attribute, moves them all', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <selection-test-view></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    let events = 0;
    root.addEventListener('country-select', () => events++);
    views[0].selected = 'SYR';
    await settle(...views);
    expect(selections(views)).to.deep.equal(['SYR', 'SYR']);
    views[1].setAttribute('selected', 'PRK');
    await settle(...views);
    expect(selections(views)).to.deep.equal(['PRK', 'PRK']);
    views[0].removeAttribute('selected');
    await settle(...views);
    expect(selections(views)).to.deep.equal([null, null]);
    // Publishers already know what they set: country-select is for readers' choices.
    expect(events).to.equal(0);
  });

  it('a view in markup with selected leads the group it joins', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <selection-test-view selected="BLR"></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    await settle(...views);
    expect(selections(views)).to.deep.equal(['BLR', 'BLR']);
  });

  it('a view added later opens on the group selection, and then follows it', async () => {
    const first = await fixture<View>(html`<selection-test-view></selection-test-view>`);
    first.pick('ZAF');
    await settle(first);
    const late = document.createElement('selection-test-view');
    first.after(late);
    await settle(first, late);
    expect(late.selected).to.equal('ZAF');
    first.pick('IND');
    await settle(first, late);
    expect(late.selected).to.equal('IND');
    late.pick('CHN');
    await settle(first, late);
    expect(first.selected).to.equal('CHN');
  });

  it('a view added later to a named group, group set after append, does not take the page-wide selection', async () => {
    const first = await fixture<View>(html`<selection-test-view></selection-test-view>`);
    first.pick('ZAF');
    await settle(first);
    const late = document.createElement('selection-test-view');
    first.after(late);
    late.group = 'story';
    await settle(first, late);
    expect(late.selected).to.equal(null);
    expect(first.selected).to.equal('ZAF');
  });

  it('a view moved in the page catches up with the group instead of reverting it', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <section></section>
      <selection-test-view></selection-test-view>
    </div>`);
    const [a, b] = [...root.querySelectorAll('selection-test-view')] as [View, View];
    a.pick('IRN');
    await settle(a, b);
    b.remove();
    a.pick('PRK');
    await settle(a, b);
    expect(b.selected).to.equal('IRN');
    root.querySelector('section')!.append(b);
    await settle(a, b);
    expect(selections([a, b])).to.deep.equal(['PRK', 'PRK']);
  });

  it('a view inside another component shadow root leads and follows', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <selection-test-wrapper></selection-test-wrapper>
    </div>`);
    const outer = root.querySelector('selection-test-view')!;
    const wrapper = root.querySelector('selection-test-wrapper')!;
    await settle(outer, wrapper);
    const inner = wrapper.view;
    outer.pick('SYR');
    await settle(outer, inner);
    expect(inner.selected).to.equal('SYR');
    inner.pick('BLR');
    await settle(outer, inner);
    expect(outer.selected).to.equal('BLR');
  });

  it('two groups on one page stay independent, and apart from the page-wide group', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view group="a"></selection-test-view>
      <selection-test-view group="a"></selection-test-view>
      <selection-test-view group="b"></selection-test-view>
      <selection-test-view group="b"></selection-test-view>
      <selection-test-view></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    const events: CountrySelectDetail[] = [];
    root.addEventListener('country-select', (e) => events.push(e.detail));
    views[0].pick('CHN');
    await settle(...views);
    views[3].pick('IND');
    await settle(...views);
    expect(selections(views)).to.deep.equal(['CHN', 'CHN', 'IND', 'IND', null]);
    views[4].selected = 'IRN';
    await settle(...views);
    expect(selections(views)).to.deep.equal(['CHN', 'CHN', 'IND', 'IND', 'IRN']);
    expect(events).to.deep.equal([
      { id: 'CHN', group: 'a' },
      { id: 'IND', group: 'b' },
    ]);
  });

  it('a view that changes group takes the selection of its new group', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view group="a"></selection-test-view>
      <selection-test-view group="b"></selection-test-view>
    </div>`);
    const [a, b] = [...root.querySelectorAll('selection-test-view')] as [View, View];
    a.pick('CHN');
    b.pick('IND');
    await settle(a, b);
    a.group = 'b';
    await settle(a, b);
    expect(selections([a, b])).to.deep.equal(['IND', 'IND']);
    a.pick('SYR');
    await settle(a, b);
    expect(b.selected).to.equal('SYR');
  });

  it('views driven by a second copy of the controller module (a second bundle) stay linked', async () => {
    // A module imported under another URL is evaluated again: its classes and constants are
    // separate, as in a second copy of the bundle. Only the channel name and the store symbol
    // are shared.
    const url = `${new URL('../../src/controllers/selection-controller.ts', import.meta.url).href}?copy=2`;
    type Module = typeof import('../../src/controllers/selection-controller.js');
    const copy = (await import(url)) as Module;
    const original = await import('../../src/controllers/selection-controller.js');
    expect(copy.SelectionController).not.to.equal(original.SelectionController);

    class OtherBundleView extends LitElement {
      @property({ reflect: true }) selected: string | null = null;
      @property({ reflect: true }) group: string | null = null;
      readonly selection = new copy.SelectionController(this);
      override render(): TemplateResult {
        return html`${this.selected}`;
      }
    }
    customElements.define('other-bundle-view', OtherBundleView);

    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view></selection-test-view>
      <other-bundle-view></other-bundle-view>
    </div>`);
    const ours = root.querySelector('selection-test-view')!;
    const theirs = root.querySelector('other-bundle-view') as OtherBundleView;
    await settle(ours, theirs);
    ours.pick('PRK');
    await settle(ours, theirs);
    expect(theirs.selected).to.equal('PRK');
    theirs.selection.select('ZAF');
    await settle(ours, theirs);
    expect(ours.selected).to.equal('ZAF');
    const late = document.createElement('other-bundle-view') as OtherBundleView;
    root.append(late);
    await settle(late);
    expect(late.selected).to.equal('ZAF');
  });
});

describe('hash deep link', () => {
  it('reads and writes its key and keeps the other parts of the hash', () => {
    expect(hashKey(null)).to.equal('ally');
    expect(hashKey('story')).to.equal('ally-story');
    expect(readHash('#ally=IRN', 'ally')).to.equal('IRN');
    expect(readHash('#intro&ally-story=CHN&ally=IRN', 'ally-story')).to.equal('CHN');
    expect(readHash('#intro', 'ally')).to.equal(null);
    expect(readHash('#ally=%3Cb%3E', 'ally')).to.equal(null);
    expect(readHash('#ally=%E0%A4%A', 'ally')).to.equal(null);
    expect(writeHash('#intro', 'ally', 'IRN')).to.equal('#intro&ally=IRN');
    expect(writeHash('#ally=CHN&intro', 'ally', 'IRN')).to.equal('#intro&ally=IRN');
    expect(writeHash('#ally=CHN', 'ally', null)).to.equal('');
    expect(writeHash('', 'ally-a b', 'IRN')).to.equal('#ally-a%20b=IRN');
    expect(readHash(writeHash('', 'ally-a b', 'IRN'), 'ally-a b')).to.equal('IRN');
  });

  it('opens on the selection named in the hash, and the group follows', async () => {
    history.replaceState(null, '', '#ally=IRN');
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view selected="CHN" link-hash></selection-test-view>
      <selection-test-view></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    await settle(...views);
    expect(selections(views)).to.deep.equal(['IRN', 'IRN']);
    expect(views[0].linkHash).to.be.true;
  });

  it('does not touch the URL without link-hash, nor on load', async () => {
    history.replaceState(null, '', '#ally=IRN');
    const plain = await fixture<View>(html`<selection-test-view></selection-test-view>`);
    await settle(plain);
    expect(plain.selected).to.equal(null);
    plain.pick('CHN');
    await settle(plain);
    expect(location.hash).to.equal('#ally=IRN');

    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const length = history.length;
    const linked = await fixture<View>(html`<selection-test-view group="x" selected="SYR" link-hash></selection-test-view>`);
    await settle(linked);
    expect(history.length).to.equal(length);
    expect(location.hash).to.equal('');
  });

  it('writes each selection to the hash, and back and forward move through them', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view link-hash></selection-test-view>
      <selection-test-view link-hash></selection-test-view>
      <selection-test-view></selection-test-view>
    </div>`);
    const views = [...root.querySelectorAll('selection-test-view')];
    await settle(...views);
    const length = history.length;
    views[2].pick('IRN');
    await settle(...views);
    expect(location.hash).to.equal('#ally=IRN');
    views[0].pick('CHN');
    await settle(...views);
    expect(location.hash).to.equal('#ally=CHN');
    // Two views with link-hash in the group: still one history entry per selection.
    expect(history.length).to.equal(length + 2);

    history.back();
    await waitUntil(() => views.every((v) => v.selected === 'IRN'), 'back to IRN');
    history.back();
    await waitUntil(() => views.every((v) => v.selected === null), 'back to the start');
    history.forward();
    await waitUntil(() => views.every((v) => v.selected === 'IRN'), 'forward to IRN');
    await settle(...views);
    expect(location.hash).to.equal('#ally=IRN');
  });

  it('follows a hash the page changes, and clears with the key removed', async () => {
    const view = await fixture<View>(html`<selection-test-view link-hash></selection-test-view>`);
    await settle(view);
    const changed = oneEvent(window, 'hashchange');
    location.hash = 'ally=PRK';
    await changed;
    await settle(view);
    expect(view.selected).to.equal('PRK');
    const cleared = oneEvent(window, 'hashchange');
    location.hash = 'intro';
    await cleared;
    await settle(view);
    expect(view.selected).to.equal(null);
  });

  it('keeps one key per group, and groups apart', async () => {
    history.replaceState(null, '', '#intro&ally-b=IND');
    const root = await fixture<HTMLElement>(html`<div>
      <selection-test-view group="a" link-hash></selection-test-view>
      <selection-test-view group="b" link-hash></selection-test-view>
    </div>`);
    const [a, b] = [...root.querySelectorAll('selection-test-view')] as [View, View];
    await settle(a, b);
    expect(selections([a, b])).to.deep.equal([null, 'IND']);
    a.pick('SYR');
    await settle(a, b);
    expect(location.hash).to.equal('#intro&ally-b=IND&ally-a=SYR');
    history.back();
    await waitUntil(() => a.selected === null, 'group a back to the start');
    expect(b.selected).to.equal('IND');
  });

  it('stops following the hash when link-hash is removed or the view leaves the page', async () => {
    const view = await fixture<View>(html`<selection-test-view group="off" link-hash></selection-test-view>`);
    await settle(view);
    view.linkHash = false;
    await settle(view);
    view.pick('CHN');
    await settle(view);
    expect(location.hash).to.equal('');
    const changed = oneEvent(window, 'hashchange');
    location.hash = 'ally-off=IRN';
    await changed;
    await settle(view);
    expect(view.selected).to.equal('CHN');
  });
});

function cardTitle(card: CountryCard): string {
  return card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

describe('linked views: the three elements', () => {
  it('clicking a node in the network selects it in the matrix and shows it in the card', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ally-network></ally-network>
      <aid-matrix></aid-matrix>
      <country-card layout="full"></country-card>
    </div>`);
    const network = root.querySelector('ally-network')!;
    const matrix = root.querySelector('aid-matrix')!;
    const card = root.querySelector('country-card')!;
    const node = () => network.shadowRoot!.querySelector<SVGElement>('[part~="node"][data-id="IRN"]');
    await waitUntil(() => node() !== null, 'the network draws');
    const events: CountrySelectDetail[] = [];
    root.addEventListener('country-select', (e) => events.push(e.detail));
    node()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(network, matrix, card);
    expect([network.selected, matrix.selected, card.selected]).to.deep.equal(['IRN', 'IRN', 'IRN']);
    expect(node()!.getAttribute('aria-selected')).to.equal('true');
    expect(matrix.shadowRoot!.querySelector('[part~="cell"][data-row="IRN"][aria-selected="true"]')).to.exist;
    expect(cardTitle(card)).to.equal('Iran');
    expect(events).to.deep.equal([{ id: 'IRN', group: null }]);
  });

  it('keyboard selection in the matrix, and a partner picked in the card, reach the others', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ally-network></ally-network>
      <aid-matrix></aid-matrix>
      <country-card layout="full"></country-card>
    </div>`);
    const network = root.querySelector('ally-network')!;
    const matrix = root.querySelector('aid-matrix')!;
    const card = root.querySelector('country-card')!;
    const cell = () => matrix.shadowRoot!.querySelector('[part~="cell"][data-row="ZAF"]');
    await waitUntil(() => cell() !== null, 'the matrix draws');
    press(cell()!, 'Enter');
    await settle(network, matrix, card);
    expect([network.selected, card.selected, cardTitle(card)]).to.deep.equal(['ZAF', 'ZAF', 'South Africa']);

    card.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="back"]')!.click();
    await settle(network, matrix, card);
    expect([network.selected, matrix.selected]).to.deep.equal([null, null]);
    card.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="partner"][data-id="SYR"]')!.click();
    await settle(network, matrix, card);
    expect([network.selected, matrix.selected]).to.deep.equal(['SYR', 'SYR']);
  });

  it('a publisher sets selected on any one of them and all follow', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ally-network></ally-network>
      <aid-matrix></aid-matrix>
      <country-card></country-card>
    </div>`);
    const network = root.querySelector('ally-network')!;
    const matrix = root.querySelector('aid-matrix')!;
    const card = root.querySelector('country-card')!;
    await settle(network, matrix, card);
    matrix.setAttribute('selected', 'BLR');
    await settle(network, matrix, card);
    expect([network.selected, cardTitle(card)]).to.deep.equal(['BLR', 'Belarus']);
    card.selected = 'IND';
    await settle(network, matrix, card);
    expect([network.selected, matrix.selected]).to.deep.equal(['IND', 'IND']);
  });

  it('two groups of views on one page stay independent', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ally-network group="one"></ally-network>
      <country-card group="one"></country-card>
      <country-card group="two"></country-card>
      <country-card group="two"></country-card>
    </div>`);
    const network = root.querySelector('ally-network')!;
    const [one, two, twoToo] = [...root.querySelectorAll('country-card')] as [CountryCard, CountryCard, CountryCard];
    await settle(network, one, two, twoToo);
    two.shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="CHN"]')!.click();
    await settle(network, one, two, twoToo);
    expect([cardTitle(two), cardTitle(twoToo)]).to.deep.equal(['China', 'China']);
    expect([network.selected, cardTitle(one)]).to.deep.equal([null, 'Russia']);
    network.selected = 'PRK';
    await settle(network, one, two, twoToo);
    expect([cardTitle(one), cardTitle(two)]).to.deep.equal(['North Korea', 'China']);
  });

  it('a card added later, and a card in another component shadow root, show the selection', async () => {
    const root = await fixture<HTMLElement>(html`<div><ally-network selected="IRN"></ally-network></div>`);
    const network = root.querySelector('ally-network')!;
    await settle(network);
    const late = document.createElement('country-card');
    root.append(late);
    late.scrollIntoView();
    await waitUntil(() => cardTitle(late) === 'Iran', 'the late card shows Iran');

    class CardHolder extends LitElement {
      override render(): TemplateResult {
        return html`<country-card></country-card>`;
      }
    }
    customElements.define('card-holder', CardHolder);
    const holder = document.createElement('card-holder') as CardHolder;
    root.append(holder);
    await settle(holder);
    const inner = holder.shadowRoot!.querySelector('country-card')!;
    expect(inner.selected).to.equal('IRN');
    // Views below the fold draw a placeholder until the reader scrolls near them.
    inner.scrollIntoView();
    await waitUntil(() => cardTitle(inner) === 'Iran', 'the card in a shadow root shows Iran');
    network.selected = 'SYR';
    await settle(network, late, inner);
    expect([cardTitle(late), cardTitle(inner)]).to.deep.equal(['Syria', 'Syria']);
  });

  it('a card with link-hash opens on the country in the URL, and the group follows', async () => {
    history.replaceState(null, '', '#ally=IRN');
    const root = await fixture<HTMLElement>(html`<div>
      <country-card link-hash></country-card>
      <ally-network></ally-network>
    </div>`);
    const card = root.querySelector('country-card')!;
    const network = root.querySelector('ally-network')!;
    await settle(card, network);
    expect([cardTitle(card), network.selected]).to.deep.equal(['Iran', 'IRN']);
    card.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="back"]')!.click();
    await settle(card, network);
    expect(location.hash).to.equal('');
    history.back();
    await waitUntil(() => card.selected === 'IRN' && network.selected === 'IRN', 'back to Iran');
  });
});
