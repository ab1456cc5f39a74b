/**
 * A `src` that fails as real servers do (scripts/faults.mjs serves each fault), end to end
 * through the element, its dataset controller and the loader: the graphic's place says what went
 * wrong and where, `data-error` fires, and the reader can retry.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/country-card/register.js';
import type { CountryCard } from '../../src/country-card/country-card.js';
import type { DataErrorDetail } from '../../src/events.js';

const FAULTS: { fault: string; what: string; message: RegExp }[] = [
  { fault: 'status-404', what: 'a 404', message: /answered 404 Not Found/ },
  { fault: 'status-500', what: 'a 500', message: /answered 500 Internal Server Error/ },
  { fault: 'not-json', what: 'a sign-in page instead of JSON', message: /is not valid JSON/ },
  { fault: 'wrong-type', what: 'the wrong content type', message: /has content type "text\/html; charset=utf-8", not JSON/ },
  { fault: 'redirect', what: 'a redirect to another origin that allows no CORS', message: /Could not reach/ },
  { fault: 'too-large', what: 'a body over the 5 MB limit', message: /is too large \(6 MB; the limit is 5 MB\)/ },
  { fault: 'too-large-unannounced', what: 'a body over the limit without a Content-Length', message: /is too large \(over 5 MB, the limit\)/ },
  { fault: 'never', what: 'a server that never answers', message: /Timed out after 10 s loading/ },
];

interface Outcome {
  el: CountryCard;
  /** The first `data-error` of the view. */
  event: Promise<CustomEvent<DataErrorDetail>>;
}

const firstError = (el: Element): Promise<CustomEvent<DataErrorDetail>> =>
  new Promise((resolve) => el.addEventListener('data-error', resolve as EventListener, { once: true }));

function alertOf(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="alert"][part~="error"]');
}

/** The dataset title the card's source line shows. */
function shownTitle(el: Element): string | undefined {
  return el.shadowRoot!.querySelector('[part~="source-line"] span')?.textContent ?? undefined;
}

async function card(src: string): Promise<CountryCard> {
  return fixture<CountryCard>(html`<country-card country="IRN" group=${src} src=${src}></country-card>`);
}

describe('reliability: src faults', () => {
  const outcomes = new Map<string, Outcome>();

  // Every fault at once, so that the slowest (a 10 s timeout) sets the pace, not their sum.
  // A box of its own: fixture() would empty it after the first test.
  const box = document.createElement('div');
  after(() => box.remove());
  before(() => {
    document.body.append(box);
    for (const { fault } of FAULTS) {
      const el = document.createElement('country-card');
      el.src = `/faults/src/${fault}`;
      const event = firstError(el);
      box.append(el);
      outcomes.set(fault, { el, event });
    }
  });

  for (const { fault, what, message } of FAULTS) {
    it(`${what}: the alert names the URL and the fault, data-error fires, Retry is offered`, async function () {
      this.timeout(15000);
      const { el, event } = outcomes.get(fault)!;
      const { detail, composed, bubbles } = await event;
      expect(composed && bubbles).to.be.true;
      expect(detail.src).to.equal(`/faults/src/${fault}`);
      expect(detail.message).to.match(message).and.to.contain(`/faults/src/${fault}`);
      el.scrollIntoView();
      await waitUntil(() => alertOf(el), 'the alert shows');
      expect(alertOf(el)!.textContent).to.match(message);
      expect(alertOf(el)!.querySelector('button[part~="retry"]')!.textContent.trim()).to.equal('Retry');
      expect(el.shadowRoot!.querySelector('[part~="claim"]'), 'no claim of any dataset').to.be.null;
    });
  }
});

describe('reliability: src races and recovery', () => {
  it('a slow answer overtaken by a newer src: the newer dataset wins, and stays', async () => {
    const el = await card('/faults/src/dataset?title=Slow&delay=1500');
    el.src = '/faults/src/dataset?title=Fast';
    await waitUntil(() => shownTitle(el) === 'Fast', 'the newer src shows');
    // Past the moment the slow server answers.
    await new Promise((r) => setTimeout(r, 2000));
    expect(shownTitle(el)).to.equal('Fast');
    expect(alertOf(el)).to.be.null;
  });

  it('a src fixed by the publisher: the view draws, the alert goes', async () => {
    const el = await card('/faults/src/status-404');
    await waitUntil(() => alertOf(el), 'the 404 shows');
    el.src = '/faults/src/dataset?title=Fixed';
    await waitUntil(() => shownTitle(el) === 'Fixed', 'the fixed src shows');
    expect(alertOf(el)).to.be.null;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Iran');
  });

  it('the network drops, comes back, and the reader presses Retry', async () => {
    const id = `src-${Math.random().toString(36).slice(2)}`;
    const el = await card(`/faults/src/down-${id}`);
    await waitUntil(() => alertOf(el), 'the dropped connection shows');
    expect(alertOf(el)!.textContent).to.contain('Could not reach').and.to.contain(`/faults/src/down-${id}`);
    await fetch(`/faults/restore/${id}`);
    const retry = alertOf(el)!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.click();
    await waitUntil(() => shownTitle(el) === 'Back online', 'the retried load shows');
    expect(alertOf(el)).to.be.null;
  });

  it('a src that is not a URL says so', async () => {
    const el = await card('http://[bad');
    await waitUntil(() => alertOf(el), 'the alert shows');
    expect(alertOf(el)!.textContent).to.contain('src "http://[bad" is not a URL');
  });
});
