/**
 * A single-page app that moves the views around and mounts and unmounts them for hours: the
 * built bundle in test/pages/lifecycle.html, whose instrument.js counts listeners on what stays
 * in the page, observer registrations, timers and animation frames. In Chromium the browser's
 * own counters (JS heap after a full GC, DOM nodes, listeners) come through the DevTools protocol.
 * The figures are printed; the README's "What it promises" quotes them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { drawn, openPage, TAGS, type Page } from './embed-helpers.js';

const MOVES = 500;
const MOUNTS = 200;
const WARM_UP = 20;

interface PageCounts {
  listeners: number;
  observations: Record<string, number>;
  nodes: number;
  timeouts: number;
  intervals: number;
  frames: number;
}
interface Ran {
  timeouts: number;
  intervals: number;
  frames: number;
}
/** Chromium's own counters; false elsewhere. */
type EngineCounts = { heap: number; nodes: number; listeners: number } | false;
type InstrumentedWindow = Page['win'] & {
  instrument?: { counts(): PageCounts; ran(): Ran };
  /** test/pages/react-host.js */
  reactHost?: { mount(container: Element): HTMLElement[]; unmount(): void };
};
/** Who mounts the views: plain DOM calls, or a React root. */
type Host = 'plain-DOM' | 'React';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Frames of the test's own window: the page's requestAnimationFrame is the one being counted. */
const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

interface Figures {
  /** The page's own counts (instrument.js); null in the bare page. */
  page: PageCounts | null;
  engine: EngineCounts;
}

async function measure(win: InstrumentedWindow): Promise<Figures> {
  // Past the work a change schedules (the matrix adds rows over frames, the network settles, the
  // card picks its layout): until the page's node count holds still, on a busy machine too.
  const count = (): number => win.instrument?.counts().nodes ?? 0;
  for (let i = 0, nodes = NaN; i < 20 && nodes !== count(); i++) {
    nodes = count();
    await nextFrame();
    await sleep(300);
  }
  const counters = (): Promise<EngineCounts> => executeServerCommand<EngineCounts, undefined>('browser-counters');
  // Collected first, so that the page's count drops its records of what is gone, then counted.
  await counters();
  const page = win.instrument ? win.instrument.counts() : null;
  return { page, engine: await counters() };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function report(what: string, before: Figures, after: Figures): void {
  const { page: a, engine: x } = before;
  const { page: b, engine: y } = after;
  if (a && b) {
    console.log(
      `${what}, instrumented page: listeners ${a.listeners} → ${b.listeners}, nodes ${a.nodes} → ${b.nodes}, ` +
        `observed ${JSON.stringify(a.observations)} → ${JSON.stringify(b.observations)}`,
    );
  }
  if (x && y && !(a && b)) {
    console.log(`${what}, bare page, engine counters: JS heap ${mb(x.heap)} → ${mb(y.heap)}, nodes ${x.nodes} → ${y.nodes}, listeners ${x.listeners} → ${y.listeners}`);
  }
}

/** `cycles`: how many ran between the two figures (the engine counts the whole page's process, the test runner's too). */
function expectNoGrowth(before: Figures, after: Figures, cycles: number): void {
  const { page: a, engine: x } = before;
  const { page: b, engine: y } = after;
  if (a && b) {
    expect(b.listeners, 'listeners on what stays in the page').to.equal(a.listeners);
    expect(b.observations, 'observer registrations').to.deep.equal(a.observations);
    expect(b.nodes, 'DOM nodes, shadow roots included').to.equal(a.nodes);
    expect(b.intervals, 'intervals').to.equal(a.intervals);
  } else if (x && y) {
    // A view that leaked one listener or node per mount would add one per cycle.
    expect(y.listeners - x.listeners, "the engine's listener count").to.be.below(cycles / 10);
    expect(y.nodes - x.nodes, "the engine's node count").to.be.below(cycles / 10);
    // The heap moves by what the engine compiles and caches; a leak of the views grows with the cycles.
    expect(y.heap - x.heap, 'JS heap growth').to.be.below(1e6);
  }
}

/** Nothing runs for elements that left the page: no frame, timer or interval fires in a quiet second. */
async function expectQuiet(win: InstrumentedWindow): Promise<void> {
  await sleep(300);
  const from = win.instrument!.ran();
  await sleep(1000);
  const to = win.instrument!.ran();
  expect(to, 'callbacks run after every view left the page').to.deep.equal(from);
  const { frames, intervals } = win.instrument!.counts();
  expect({ frames, intervals }, 'frames and intervals pending').to.deep.equal({ frames: 0, intervals: 0 });
}

/** The page bare (the bundle and nothing else) for the engine's heap, or instrumented for the page's counts. */
const BARE =
  '<!doctype html><script type="module" src="/dist/ally-viz.js"></script><script type="module" src="/test/pages/react-host.js"></script>' +
  '<main id="app"></main><aside id="elsewhere"></aside>';

async function lifecyclePage(
  bare = false,
): Promise<{ frame: HTMLIFrameElement; win: InstrumentedWindow; doc: Document; app: HTMLElement; elsewhere: HTMLElement }> {
  const { frame, win, doc } = await openPage(bare ? { html: BARE } : '/test/pages/lifecycle.html', 900, 700);
  await waitUntil(() => win.customElements.get('country-card') && (win as InstrumentedWindow).reactHost, 'the bundle and React run');
  return { frame, win: win, doc, app: doc.getElementById('app')!, elsewhere: doc.getElementById('elsewhere')! };
}

/** The three views, as an app mounts them. */
function views(doc: Document): HTMLElement[] {
  return TAGS.map((tag) => doc.createElement(tag));
}

/** The network's selection reaches the card: the views still work. */
async function stillLinked(network: Element, card: Element): Promise<void> {
  const node = (await drawn(network)).querySelector('[part~="node"][data-id="PRK"]')!;
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await waitUntil(() => card.getAttribute('selected') === 'PRK', 'the card follows the network');
}

async function moveCycles(bare: boolean): Promise<void> {
  const { frame, win, doc, app, elsewhere } = await lifecyclePage(bare);
  const els = views(doc);
  app.append(...els);
  for (const el of els) await drawn(el, false);
  const before = await measure(win);
  let mid = before;
  for (let i = 0; i < MOVES; i++) {
    for (const el of els) {
      elsewhere.append(el); // moved: disconnected and connected again
      el.remove();
      app.append(el);
    }
    // Let the updates the moves asked for run now and then, as in a live page.
    if (i % 25 === 0) await nextFrame();
    if (i === MOVES / 5 - 1) mid = await measure(win);
  }
  const after = await measure(win);
  report(`${MOVES} move cycles of 3 views`, before, after);
  report(`cycles ${MOVES / 5} to ${MOVES}`, mid, after);
  expectNoGrowth(before, after, MOVES);
  expectNoGrowth(mid, after, MOVES - MOVES / 5);
  await stillLinked(els[0], els[2]);
  for (const el of els) el.remove();
  if (!bare) await expectQuiet(win);
  expect(win.embedRecord?.errors ?? []).to.deep.equal([]);
  // Gone before the next page measures the same heap.
  frame.remove();
}

async function mountCycles(host: Host, bare: boolean): Promise<void> {
  const { frame, win, doc, app } = await lifecyclePage(bare);
  /** Mounts the three views, waits for their first update, and gives them and how to unmount them. */
  const mountOnce = async (): Promise<[HTMLElement[], () => void]> => {
    let els: HTMLElement[];
    let unmount: () => void;
    if (host === 'React') {
      els = win.reactHost!.mount(app);
      unmount = () => win.reactHost!.unmount();
    } else {
      const section = doc.createElement('section');
      els = views(doc);
      section.append(...els);
      app.append(section);
      unmount = () => section.remove();
    }
    for (const el of els) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return [els, unmount];
  };
  // The first mounts warm what every later one shares (stylesheets, templates, modules, the engine's caches).
  for (let i = 0; i < WARM_UP; i++) (await mountOnce())[1]();
  const before = await measure(win);
  let mid = before;
  let drawnViews = 0;
  for (let i = 0; i < MOUNTS; i++) {
    const [els, unmount] = await mountOnce();
    drawnViews += els.filter((el) => el.shadowRoot?.querySelector('[part~="footer"]')).length;
    unmount();
    if (i === MOUNTS / 4 - 1) mid = await measure(win);
  }
  const after = await measure(win);
  report(`${MOUNTS} mount / unmount cycles of 3 views by a ${host} host`, before, after);
  report(`cycles ${MOUNTS / 4} to ${MOUNTS}`, mid, after);
  expect(drawnViews, 'the views draw as they are mounted').to.equal(MOUNTS * 3);
  // Chromium keeps one mount's worth of detached nodes after the first cycles, whatever their
  // number: what must not happen is growth with the cycles.
  expectNoGrowth(bare ? mid : before, after, bare ? MOUNTS - MOUNTS / 4 : MOUNTS);
  if (!bare) await expectQuiet(win);
  // A mount after all that still draws and links.
  const [els] = await mountOnce();
  await stillLinked(els[0], els[2]);
  expect(win.embedRecord?.errors ?? []).to.deep.equal([]);
  // Gone before the next page measures the same heap.
  frame.remove();
}

describe('reliability: lifecycle', () => {
  // Instrumented in every engine; again in a bare page where the engine has its own counters
  // (the page's bookkeeping would weigh on the heap it measures).
  it(`${MOVES} connect / disconnect / move cycles leave nothing behind`, async function () {
    this.timeout(120000);
    await moveCycles(false);
    if (await executeServerCommand('browser-counters')) await moveCycles(true);
  });

  for (const host of ['plain-DOM', 'React'] as const) {
    it(`${MOUNTS} mount / unmount cycles of a ${host} host leave nothing behind`, async function () {
      this.timeout(180000);
      await mountCycles(host, false);
      if (await executeServerCommand('browser-counters')) await mountCycles(host, true);
    });
  }
});
