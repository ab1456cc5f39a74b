/**
 * Fifty views of the built bundle on one page, in five selection groups: each group's selection
 * stays in its group, and the page answers a reader's click at once. The figures are printed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, TAGS } from './embed-helpers.js';

const GROUPS = ['a', 'b', 'c', 'd', 'e'];
const PER_GROUP = 10;
/** A different partner for each group to select. */
const PICKS = ['CHN', 'IRN', 'PRK', 'BLR', 'SYR'];

function page(): string {
  const views = GROUPS.flatMap((group) =>
    Array.from({ length: PER_GROUP }, (_, i) => {
      const tag = TAGS[i % TAGS.length];
      return `<${tag} group="${group}" id="${group}${i}"></${tag}>`;
    }),
  );
  return `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/dist/ally-viz.css">
    <style>main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }</style>
    <script type="module" src="/dist/ally-viz.js"></script></head>
    <body><main>${views.join('')}</main></body></html>`;
}

describe('reliability: many views on one page', () => {
  it(`${GROUPS.length * PER_GROUP} views in ${GROUPS.length} groups keep each selection in its group`, async function () {
    this.timeout(90000);
    const { doc, win } = await openPage({ html: page() }, 1200, 900);
    await waitUntil(() => win.customElements.get('ally-network'), 'the bundle runs');
    const all = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(all).to.have.length(GROUPS.length * PER_GROUP);

    // Draw every view: scroll each into view, as a reader going down the page would.
    const started = performance.now();
    for (const el of all) {
      el.scrollIntoView();
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="footer"]'), `${el.id} draws`, { timeout: 10000 });
    }
    const drawAll = performance.now() - started;

    const answers: number[] = [];
    for (const [g, group] of GROUPS.entries()) {
      const network = doc.getElementById(`${group}0`)!;
      network.scrollIntoView();
      const node = network.shadowRoot!.querySelector(`[part~="node"][data-id="${PICKS[g]}"]`)!;
      const clicked = performance.now();
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const members = all.filter((el) => el.getAttribute('group') === group);
      await waitUntil(() => members.every((el) => el.getAttribute('selected') === PICKS[g]), `group ${group} follows`);
      await Promise.all(members.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      answers.push(performance.now() - clicked);
    }

    // Every view shows its own group's pick, and nothing else moved.
    for (const el of all) {
      const g = GROUPS.indexOf(el.getAttribute('group')!);
      expect(el.getAttribute('selected'), el.id).to.equal(PICKS[g]);
    }
    for (const [g, group] of GROUPS.entries()) {
      const card = doc.getElementById(`${group}2`)!;
      expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent, `card of group ${group}`).to.contain(
        { CHN: 'China', IRN: 'Iran', PRK: 'North Korea', BLR: 'Belarus', SYR: 'Syria' }[PICKS[g]]!,
      );
      const network = doc.getElementById(`${group}3`)!;
      expect(network.shadowRoot!.querySelector(`[part~="node"][data-id="${PICKS[g]}"]`)!.getAttribute('part')).to.contain('selected');
    }
    console.log(
      `${all.length} views in ${GROUPS.length} groups: all drawn in ${Math.round(drawAll)} ms (scrolled through one by one); ` +
        `a click reached its ${PER_GROUP} views, drawn, in ${answers.map((t) => Math.round(t)).join(', ')} ms`,
    );
  });
});
