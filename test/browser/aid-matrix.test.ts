import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/aid-matrix/register.js';
import type { AidMatrix } from '../../src/aid-matrix/aid-matrix.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { orderRows, supportMatrix } from '../../src/data/matrix.js';
import { STATUSES } from '../../src/data/status.js';
import type { Dataset, Status } from '../../src/data/types.js';
import type { CountrySelectDetail, DataErrorDetail } from '../../src/events.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { withReducedMotion } from './reduced-motion.js';

const ALLIES = defaultDataset.countries.filter((c) => c.role === 'ally').map((c) => c.id);
const JOINT = 'Joint activity (not counted as support)';

/** Each test joins its own selection group, so selections do not leak between tests. */
let groups = 0;
const nextGroup = (): string => `matrix-test-${++groups}`;

async function matrix(width: number, attributes = '', data: Dataset | undefined = defaultDataset): Promise<AidMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<aid-matrix group="${nextGroup()}" ${attributes}></aid-matrix>`;
  const el = wrapper.querySelector('aid-matrix')!;
  if (data) el.data = data;
  await el.updateComplete;
  await settle(el);
  return el;
}

/** How long a long table may take to add its rows: seconds on a loaded machine running three engines at once. */
const ROWS_TIMEOUT = 20000;

/** Waits until the ResizeObserver has reported, the element has rendered again and a long table has every row. */
async function settle(el: AidMatrix): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  await waitUntil(() => !busy(el), 'the table still draws rows', { timeout: ROWS_TIMEOUT });
  await el.updateComplete;
}

const busy = (el: AidMatrix): boolean => el.shadowRoot!.querySelector('table[aria-busy="true"]') !== null;

const root = (el: AidMatrix): ShadowRoot => el.shadowRoot!;
const cells = (el: AidMatrix): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>("[part~='cell']")];
const cell = (el: AidMatrix, row: string, col: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`[part~='cell'][data-row='${row}'][data-col='${col}']`)!;
const rowIds = (el: AidMatrix): string[] =>
  [...root(el).querySelectorAll<HTMLElement>('tbody tr[data-id]')].map((tr) => tr.dataset['id']!);
const focused = (el: AidMatrix): HTMLElement | null => root(el).activeElement as HTMLElement | null;
const key = (target: Element, keyName: string, init: KeyboardEventInit = {}): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true, ...init }));
};
const tip = (el: AidMatrix): HTMLElement => root(el).querySelector<HTMLElement>('#tip')!;
const tipOpen = (el: AidMatrix): boolean => tip(el).matches(':popover-open') || tip(el).classList.contains('open');
/** A header's label as shown, without the kind letter beside it. */
const label = (th: Element): string => th.querySelector('.label, .short')!.textContent.trim();
/** What a cell draws: its mark, and what it shows apart under it. */
const drawn = (td: HTMLElement): { mark: string; apart: string } => ({
  mark: td.querySelector('.mark')!.textContent,
  apart: td.querySelector('.apart')?.textContent ?? '',
});
/** A cell's accessible name: its words, the marks being hidden from screen readers. */
const nameOf = (td: HTMLElement): string => td.querySelector('.visually-hidden')!.textContent;
/** What a cell says to tests and styles: its status, denial and the counts shown apart. */
const attrs = (td: HTMLElement): string[] => ['status', 'contested', 'joint', 'received'].map((a) => td.dataset[a]!);
/** Opens the tooltip of a cell by focus, and returns its text by group heading. */
async function tipGroups(el: AidMatrix, row: string, col: string): Promise<Record<string, string>> {
  cell(el, row, col).focus();
  await el.updateComplete;
  const groups: Record<string, string> = {};
  for (const h4 of tip(el).querySelectorAll('h4')) groups[h4.textContent.trim()] = h4.nextElementSibling!.textContent.replace(/\s+/g, ' ');
  return groups;
}

/**
 * A cell's status, computed here independently by the one rule (docs/evidence.md): the support the
 * country gives the hub in a kind or type, the strongest status that is not a denial, `denied` only
 * when every claim is one.
 */
function expectedStatus(data: Dataset, country: string, column: string, by: 'kind' | 'type'): Status | 'none' {
  const statuses = data.claims
    .filter((c) => (c.relation ?? 'support') === 'support' && c.parties[0] === country && c.parties.includes(data.hub) && c[by] === column)
    .map((c) => c.status);
  if (!statuses.length) return 'none';
  return STATUSES.find((s) => s !== 'denied' && statuses.includes(s)) ?? 'denied';
}

describe('<aid-matrix>', () => {
  describe('default render', () => {
    it('is a grid with a cell for each partner and kind, with the strongest status', async () => {
      const el = await matrix(900);
      const table = root(el).querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('grid');
      expect(root(el).querySelectorAll('thead th[scope=col]')).to.have.length(3);
      expect(root(el).querySelectorAll('tbody th[scope=row]')).to.have.length(ALLIES.length);
      expect(cells(el)).to.have.length(ALLIES.length * 3);
      for (const id of ALLIES) {
        for (const kind of ['diplomatic', 'economic', 'military']) {
          expect(cell(el, id, kind).dataset['status'], `${id} ${kind}`).to.equal(expectedStatus(defaultDataset, id, kind, 'kind'));
        }
      }
      expect(cell(el, 'PRK', 'economic').dataset['status']).to.equal('none');
      expect(nameOf(cell(el, 'PRK', 'economic'))).to.equal('No claim.');
      await expect(el).to.be.accessible();
    });

    it('says the status, its denial and the number of claims in words, not only by symbol', async () => {
      const el = await matrix(900);
      const irn = cell(el, 'IRN', 'military');
      // The drone allegation (denied) and Iran's partial acknowledgement; the naval exercise is joint.
      expect(nameOf(irn)).to.match(/^Acknowledged in part · denied, 2 claims; /);
      expect(irn.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
      expect(irn.querySelector('.apart')!.getAttribute('aria-hidden')).to.equal('true');
      expect(irn.hasAttribute('aria-label'), 'named by its words, which hold every number it shows').to.be.false;
      expect(irn.querySelector('.mark')!.textContent).to.contain('2');
      expect(nameOf(cell(el, 'CHN', 'military'))).to.match(/^Alleged · denied, 1 claim; /);
      expect(nameOf(cell(el, 'ZAF', 'diplomatic'))).to.match(/^Characterized · denied, 3 claims; /);
    });

    it('reads as facts.md says: support to Russia in the mark, its denial beside it, joint activity and support received apart', async () => {
      const el = await matrix(900);
      const rows: [string, string, { mark: string; apart: string }, string[], string][] = [
        [
          'CHN',
          'military',
          { mark: '◌✕1', apart: '↔3' },
          ['alleged', 'true', '3', '0'],
          'Alleged · denied, 1 claim; alleged by the United States, denied by China. Also 3 joint activities with Russia, not counted as support: reported.',
        ],
        [
          'IRN',
          'military',
          { mark: '◐✕2', apart: '↔2' },
          ['acknowledged-in-part', 'true', '2', '0'],
          'Acknowledged in part · denied, 2 claims; acknowledged in part by Iran; alleged by the United States and Ukraine, denied by Iran. ' +
            'Also 2 joint activities with Russia, not counted as support: reported; alleged by the United States.',
        ],
        [
          'IND',
          'military',
          { mark: '·', apart: '↔1' },
          ['none', 'false', '1', '0'],
          'No claim of support. Also 1 joint activity with Russia, not counted as support: reported.',
        ],
        [
          'ZAF',
          'diplomatic',
          { mark: '○✕3', apart: '↔1' },
          ['characterized', 'true', '1', '0'],
          'Characterized · denied, 3 claims; characterized; denied by South Africa. Also 1 joint activity with Russia, not counted as support: reported.',
        ],
        ['BLR', 'economic', { mark: '·', apart: '←1' }, ['none', 'false', '0', '1'], "No claim of support. Russia's support to Belarus: 1 claim, reported."],
        [
          'SYR',
          'military',
          { mark: '·', apart: '←1 ↔1' },
          ['none', 'false', '1', '1'],
          "No claim of support. Russia's support to Syria: 1 claim, reported. Also 1 joint activity with Russia, not counted as support: reported.",
        ],
        ['PRK', 'economic', { mark: '·', apart: '' }, ['none', 'false', '0', '0'], 'No claim.'],
      ];
      for (const [row, col, marks, data, name] of rows) {
        const td = cell(el, row, col);
        expect(drawn(td), `${row} ${col} drawn`).to.deep.equal(marks);
        expect(attrs(td), `${row} ${col} data`).to.deep.equal(data);
        expect(nameOf(td), `${row} ${col} name`).to.equal(name);
      }
      // The mark apart is drawn under the mark, outside its box, and inside the cell.
      const syr = cell(el, 'SYR', 'military');
      const [box, apart, td] = [syr.querySelector('.mark')!, syr.querySelector('.apart')!, syr].map((e) => e.getBoundingClientRect());
      expect(apart.top).to.be.at.least(box.bottom - 0.5);
      expect(apart.height).to.be.greaterThan(8);
      expect(apart.bottom).to.be.at.most(td.bottom + 0.5);
      await expect(el).to.be.accessible();
    });

    it('lists the claims of a cell in its tooltip by group: support to Russia, support from Russia, joint activity', async () => {
      const el = await matrix(900);
      const china = await tipGroups(el, 'CHN', 'military');
      expect(Object.keys(china)).to.deep.equal(['Support to Russia', JOINT]);
      expect(china['Support to Russia']).to.contain('Alleged by the United States · denied by China').and.to.contain('February 2023');
      for (const id of ['RUS-vostok-2022', 'ZAF-RUS-CHN-mosi-ii-2023', 'IRN-RUS-CHN-maritime-belt-2023']) {
        expect(china[JOINT]).to.contain(defaultDataset.claims.find((c) => c.id === id)!.text);
      }
      const iran = await tipGroups(el, 'IRN', 'military');
      expect(iran['Support to Russia']).to.contain('Acknowledged in part by Iran').and.to.contain('Alleged by the United States and Ukraine · denied by Iran');
      expect(iran[JOINT]).to.contain('Alleged by the United States').and.to.contain('Maritime Security Belt');
      expect(Object.keys(await tipGroups(el, 'IND', 'military'))).to.deep.equal([JOINT]);
      const belarus = await tipGroups(el, 'BLR', 'economic');
      expect(Object.keys(belarus)).to.deep.equal(['Support from Russia']);
      expect(belarus['Support from Russia']).to.contain('1.5 billion').and.to.contain('14 September 2020');
      const syria = await tipGroups(el, 'SYR', 'military');
      expect(Object.keys(syria)).to.deep.equal(['Support from Russia', JOINT]);
      expect(syria['Support from Russia']).to.contain(defaultDataset.claims.find((c) => c.id === 'SYR-military-presence')!.text);
      await expect(el).to.be.accessible();
    });

    it('has a legend of every status, the denial beside a status, the marks apart and what a row is', async () => {
      const el = await matrix(900);
      const legend = root(el).querySelector("[part~='legend']")!;
      for (const status of [...STATUSES, 'none']) expect(legend.querySelector(`li[data-status='${status}']`)).to.exist;
      expect(legend.textContent).to.contain('Alleged').and.to.contain('No claim of support');
      /** A legend item: its mark (hidden from screen readers, who hear the words), and its words. */
      const item = (mark: string): string[] => {
        const li = legend.querySelector(`li[data-mark='${mark}']`)!;
        const key = li.querySelector('.key[aria-hidden="true"]');
        return [key?.textContent ?? '', li.textContent.slice(key?.textContent.length ?? 0).replace(/\s+/g, ' ').trim()];
      };
      expect(item('contested')).to.deep.equal(['', '✕ beside a status: a party denies a claim in the cell']);
      expect(item('received')).to.deep.equal(['←1', "Russia's support to the partner"]);
      expect(item('joint')).to.deep.equal(['↔1', 'joint activity with Russia']);
      expect(legend.textContent).to.contain('Shown apart, not counted as support');
      expect(legend.querySelector('.legend-caption')!.textContent.trim()).to.equal('Rows: what each partner gives Russia.');
      expect(root(el).querySelector('caption')!.textContent).to.equal(`${defaultDataset.title}. Rows: what each partner gives Russia. Joint activity, and support received, shown apart, not counted as support.`);
    });

    it('filters columns with the kinds attribute', async () => {
      const el = await matrix(900, 'kinds="military economic"');
      expect([...root(el).querySelectorAll<HTMLElement>('thead th')].map(label)).to.deep.equal(['Economic', 'Military']);
    });

    it('marks each kind column with its letter and colour, hidden from screen readers who hear the label', async () => {
      const el = await matrix(900);
      const headers = [...root(el).querySelectorAll<HTMLElement>('thead th[scope=col]')];
      expect(headers.map((th) => th.querySelector('.letter')!.textContent)).to.deep.equal(['D', 'E', 'M']);
      expect(headers.every((th) => th.querySelector('.letter')!.getAttribute('aria-hidden') === 'true')).to.be.true;
      const [diplomatic, economic] = headers.map((th) => getComputedStyle(th.querySelector('.letter')!).backgroundColor);
      expect(diplomatic).to.not.equal(economic);
      expect(getComputedStyle(headers[0]).borderTopColor).to.equal(diplomatic);
    });
  });

  describe('columns="types"', () => {
    it('shows one column per type, grouped under its kind', async () => {
      const el = await matrix(1400, 'columns="types"');
      const types = defaultDataset.types!;
      expect(root(el).querySelectorAll('thead th[scope=colgroup]')).to.have.length(3);
      expect(root(el).querySelectorAll('thead th[scope=col]')).to.have.length(types.length);
      expect(cells(el)).to.have.length(ALLIES.length * types.length);
      expect([...root(el).querySelectorAll('thead th[scope=colgroup] .letter')].map((l) => l.textContent)).to.deep.equal(['D', 'E', 'M']);
      for (const id of ALLIES) {
        for (const type of types) {
          expect(cell(el, id, type.id).dataset['status'], `${id} ${type.id}`).to.equal(
            expectedStatus(defaultDataset, id, type.id, 'type'),
          );
        }
      }
      await expect(el).to.be.accessible();
    });

    it('in narrow cells, keeps the denial on the mark and shows the marks apart as glyphs, their counts in words', async () => {
      const el = await matrix(768, 'columns="types"');
      expect(root(el).querySelector('.frame')!.classList.contains('narrow')).to.be.true;
      const china = cell(el, 'CHN', 'exercise');
      expect(drawn(china)).to.deep.equal({ mark: '·', apart: '↔' });
      expect(china.dataset['joint']).to.equal('3');
      expect(nameOf(china)).to.equal('No claim of support. Also 3 joint activities with Russia, not counted as support: reported.');
      expect(drawn(cell(el, 'SYR', 'military-presence'))).to.deep.equal({ mark: '·', apart: '←' });
      const arms = cell(el, 'PRK', 'arms');
      expect(drawn(arms).mark).to.equal('◌✕3');
      // Every glyph of the mark inside its box, the ✕ too.
      const mark = arms.querySelector<HTMLElement>('.mark')!;
      expect(mark.scrollWidth).to.be.at.most(mark.clientWidth + 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('mode="adjacency"', () => {
    it('is a country × country matrix of who gives whom support, with the diagonal marked', async () => {
      const el = await matrix(1200, 'mode="adjacency"');
      const ids = rowIds(el);
      const involved = new Set(defaultDataset.claims.flatMap((c) => c.parties));
      expect(ids.length).to.equal(involved.size);
      expect(cells(el)).to.have.length(ids.length * ids.length);
      for (const a of ids) expect(cell(el, a, a).dataset['status']).to.equal('self');
      // Row gives, column receives.
      expect(cell(el, 'IRN', 'RUS').dataset['status']).to.equal('acknowledged-in-part');
      expect(cell(el, 'RUS', 'IRN').dataset['status']).to.equal('none');
      expect(cell(el, 'RUS', 'BLR').dataset['status']).to.equal('reported');
      // Two partners in the same exercise are not tied by it.
      expect(cell(el, 'IRN', 'CHN').dataset['status']).to.equal('none');
      expect(cell(el, 'PRK', 'IND').dataset['status']).to.equal('none');
      expect(root(el).querySelector("[part~='legend'] li[data-status='self']")).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows joint ties apart: two-party joint activity, and each participant of an event with the hub tied to the hub only', async () => {
      const el = await matrix(1200, 'mode="adjacency"');
      // Russia lends Belarus; they share Union Resolve and Vostok-2022.
      const given = cell(el, 'RUS', 'BLR');
      expect(drawn(given)).to.deep.equal({ mark: '●1', apart: '↔2' });
      expect(attrs(given)).to.deep.equal(['reported', 'false', '2', '0']);
      expect(nameOf(given)).to.equal('Reported, 1 claim. Also 2 joint activities with Belarus, not counted as support: reported.');
      expect(drawn(cell(el, 'BLR', 'RUS')).apart).to.equal('↔2');
      // Lukashenko's visit to Beijing ties Belarus and China; Vostok-2022 ties neither to India.
      expect(attrs(cell(el, 'BLR', 'CHN'))).to.deep.equal(['none', 'false', '1', '0']);
      expect(nameOf(cell(el, 'BLR', 'CHN'))).to.equal('No claim of support. Also 1 joint activity with China, not counted as support: reported.');
      expect(attrs(cell(el, 'IND', 'CHN'))).to.deep.equal(['none', 'false', '0', '0']);
      expect(cell(el, 'CHN', 'RUS').dataset['contested']).to.equal('true');
      expect(drawn(cell(el, 'CHN', 'RUS')).mark).to.match(/^●✕\d+$/);
      const groups = await tipGroups(el, 'RUS', 'BLR');
      expect(Object.keys(groups)).to.deep.equal(['Support from Russia to Belarus', JOINT]);
      expect(tip(el).querySelector('h3')!.textContent).to.equal('Russia to Belarus');
      const legend = root(el).querySelector("[part~='legend']")!;
      expect(legend.querySelector('.legend-caption')!.textContent).to.contain('Rows give, columns receive');
      expect(legend.querySelector("li[data-mark='joint']")!.textContent).to.contain('joint activity of the two');
      expect(legend.querySelector("li[data-mark='received']")).to.not.exist;
      expect(root(el).querySelector('caption')!.textContent).to.contain('Rows give, columns receive');
      await expect(el).to.be.accessible();
    });
  });

  describe('joint activity and support received', () => {
    /** The default dataset with joint activity and the hub's support added to every partner and kind. */
    const withMore = (): Dataset => {
      const added = ALLIES.flatMap((id, i) =>
        defaultDataset.kinds.map((kind) => {
          const claim = { kind: kind.id, type: defaultDataset.types!.find((t) => t.kind === kind.id)!.id, text: 'Added for the test.', claimedBy: [], deniedBy: [], date: '2022', sources: [defaultDataset.sources[0].id] };
          return [
            { ...claim, id: `joint-${id}-${kind.id}`, parties: ['RUS', id, ALLIES[(i + 1) % ALLIES.length]], relation: 'joint' as const, status: 'reported' as const },
            { ...claim, id: `given-${id}-${kind.id}`, parties: ['RUS', id], status: 'alleged' as const, claimedBy: ['UKR'], deniedBy: ['RUS'] },
          ];
        }).flat(),
      );
      return { ...defaultDataset, claims: [...defaultDataset.claims, ...added] };
    };

    it("never change a cell's mark: status, denial and count stay; the marks apart grow", async () => {
      for (const columns of ['kinds', 'types']) {
        const marks = (el: AidMatrix) => cells(el).map((td) => [td.dataset['row'], td.dataset['col'], td.dataset['status'], td.dataset['contested'], drawn(td).mark]);
        const sum = (el: AidMatrix, key: string) => cells(el).reduce((n, td) => n + Number(td.dataset[key]), 0);
        // One matrix at a time, each at the top of the page: views far below the viewport wait to draw.
        const before = await matrix(1400, `columns="${columns}"`);
        const [marked, joint, received] = [marks(before), sum(before, 'joint'), sum(before, 'received')];
        before.parentElement!.remove();
        const after = await matrix(1400, `columns="${columns}"`, withMore());
        expect(marked.length, columns).to.be.greaterThan(0);
        expect(marks(after), columns).to.deep.equal(marked);
        const kinds = defaultDataset.kinds.length;
        // Each partner and kind: its own event, its neighbour's, and Russia's alleged support.
        expect(sum(after, 'joint') - joint, columns).to.equal(ALLIES.length * kinds * 2);
        expect(sum(after, 'received') - received, columns).to.equal(ALLIES.length * kinds);
        // The words of a cell with nothing of its own say so, and what is apart.
        const prk = cell(after, 'PRK', columns === 'kinds' ? 'economic' : defaultDataset.types!.find((t) => t.kind === 'economic')!.id);
        expect(nameOf(prk)).to.match(
          /^No claim of support\. Russia's support to North Korea: 1 claim, alleged by Ukraine, denied by Russia\. Also 2 joint activities with Russia, not counted as support: reported\.$/,
        );
        await expect(after).to.be.accessible();
        after.parentElement!.remove();
      }
    });
  });

  describe('order', () => {
    for (const order of ['support', 'name', 'kind'] as const) {
      it(`order="${order}" puts rows in the data layer's order`, async () => {
        const el = await matrix(900, `order="${order}"`);
        const m = supportMatrix(defaultDataset);
        expect(rowIds(el)).to.deep.equal(orderRows(m.rows, m.cells, order, 'en'));
      });
    }

    it('defaults to most support first', async () => {
      const el = await matrix(900);
      expect(rowIds(el)[0]).to.equal('CHN');
    });

    it('animates rows to their new places', async () => {
      const el = await matrix(900);
      el.order = 'name';
      await el.updateComplete;
      const moving = [...root(el).querySelectorAll('tbody tr')].filter((tr) => tr.getAnimations().length > 0);
      expect(moving.length).to.be.greaterThan(0);
    });

    it('moves rows instantly under prefers-reduced-motion', async () => {
      await withReducedMotion(async () => {
        const el = await matrix(900);
        el.order = 'name';
        await el.updateComplete;
        expect(rowIds(el)).to.deep.equal(
          orderRows(supportMatrix(defaultDataset).rows, supportMatrix(defaultDataset).cells, 'name', 'en'),
        );
        expect(root(el).getAnimations()).to.have.length(0);
      });
    });
  });

  describe('selection', () => {
    it('selects a country with a click on a cell, and again clears it', async () => {
      const el = await matrix(900);
      setTimeout(() => cell(el, 'IRN', 'economic').click());
      const event = await oneEvent<CustomEvent<CountrySelectDetail>>(el, 'country-select');
      expect(event.detail.id).to.equal('IRN');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('IRN');
      expect(cell(el, 'IRN', 'military').getAttribute('aria-selected')).to.equal('true');
      expect(cell(el, 'CHN', 'military').hasAttribute('aria-selected')).to.be.false;
      cell(el, 'IRN', 'military').click();
      await el.updateComplete;
      expect(el.selected).to.equal(null);
    });

    it('selects a country with a click on its row header', async () => {
      const el = await matrix(900);
      root(el).querySelector<HTMLElement>("tbody th[data-country='BLR']")!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('BLR');
    });

    it('follows a selection made elsewhere in its group', async () => {
      const el = await matrix(900);
      el.selected = 'ZAF';
      await el.updateComplete;
      expect(root(el).querySelector("tbody th[data-country='ZAF']")!.classList.contains('sel')).to.be.true;
    });

    it('has one tab stop and moves cell by cell with the arrow keys, Home and End', async () => {
      const el = await matrix(900, 'order="name"');
      const stops = cells(el).filter((c) => c.tabIndex === 0);
      expect(stops).to.have.length(1);
      const first = stops[0];
      const [row0, row1] = rowIds(el);
      expect(first.dataset['row']).to.equal(row0);
      expect(first.dataset['col']).to.equal('diplomatic');
      first.focus();
      key(first, 'ArrowRight');
      await el.updateComplete;
      expect(focused(el)?.dataset['col']).to.equal('economic');
      key(focused(el)!, 'ArrowDown');
      await el.updateComplete;
      expect(focused(el)?.dataset['row']).to.equal(row1);
      key(focused(el)!, 'End');
      await el.updateComplete;
      expect(focused(el)?.dataset['col']).to.equal('military');
      key(focused(el)!, 'Home');
      await el.updateComplete;
      expect(focused(el)?.dataset['col']).to.equal('diplomatic');
      expect(cells(el).filter((c) => c.tabIndex === 0)).to.deep.equal([focused(el)]);
    });

    it('keeps focus on the same cell when the rows reorder', async () => {
      const el = await matrix(900);
      cell(el, 'IRN', 'economic').focus();
      await el.updateComplete;
      el.order = 'name';
      await el.updateComplete;
      expect(focused(el)?.dataset['row']).to.equal('IRN');
      expect(focused(el)?.dataset['col']).to.equal('economic');
    });

    it('selects with Enter and Space, and clears with Escape', async () => {
      const el = await matrix(900);
      const target = cell(el, 'PRK', 'military');
      target.focus();
      setTimeout(() => key(target, 'Enter'));
      const event = await oneEvent<CustomEvent<CountrySelectDetail>>(el, 'country-select');
      expect(event.detail.id).to.equal('PRK');
      el.selected = null;
      await el.updateComplete;
      key(target, ' ');
      await el.updateComplete;
      expect(el.selected).to.equal('PRK');
      key(target, 'Escape'); // first Escape closes the tooltip
      key(target, 'Escape');
      await el.updateComplete;
      expect(el.selected).to.equal(null);
    });
  });

  describe('tooltip', () => {
    it('lists the claims of the cell under the pointer, with evidence and sources, and highlights its headers', async () => {
      const el = await matrix(900);
      const target = cell(el, 'IRN', 'military');
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      const text = tip(el).textContent;
      expect(text).to.contain('Iran').and.to.contain('Military');
      const drones = defaultDataset.claims.find((c) => c.id === 'IRN-drones-2022')!;
      expect(text).to.contain(drones.text);
      expect(text).to.contain('Sources:');
      expect(root(el).querySelector("tbody th[data-country='IRN']")!.classList.contains('hl')).to.be.true;
      expect([...root(el).querySelectorAll('thead th.hl')].map(label)).to.deep.equal(['Military']);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await el.updateComplete;
      expect(tipOpen(el)).to.be.false;
    });

    it('takes a tab stop when it is too long for its box, so that keyboard readers can scroll it; Escape returns to the cell', async () => {
      const long = 'A long account of the support, as a wire story would give it, with its dates, its figures and its caveats. '.repeat(4);
      const many = Array.from({ length: 6 }, (_, i) => ({
        id: `long-${i}`,
        parties: ['IND', 'RUS'],
        kind: 'military',
        type: 'arms',
        text: long,
        status: 'reported' as const,
        claimedBy: [],
        deniedBy: [],
        date: '2022',
        sources: [defaultDataset.sources[0].id],
      }));
      const el = await matrix(900, '', { ...defaultDataset, claims: [...defaultDataset.claims, ...many] });
      const target = cell(el, 'IND', 'military');
      target.focus();
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      expect(tip(el).scrollHeight).to.be.greaterThan(tip(el).clientHeight);
      expect(tip(el).tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
      // Tab from the cell to the tooltip: it stays open and scrolls.
      tip(el).focus();
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      tip(el).scrollTop = 50;
      expect(tip(el).scrollTop).to.be.greaterThan(0);
      key(tip(el), 'Escape');
      await el.updateComplete;
      expect(tipOpen(el)).to.be.false;
      expect(focused(el)).to.equal(cell(el, 'IND', 'military'));
      // A short one takes none.
      cell(el, 'PRK', 'diplomatic').focus();
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      expect(tip(el).hasAttribute('tabindex')).to.be.false;
    });

    it('opens for the focused cell and describes it', async () => {
      const el = await matrix(900);
      const target = cell(el, 'CHN', 'economic');
      target.focus();
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      expect(target.getAttribute('aria-describedby')).to.equal('tip');
      expect(tip(el).textContent).to.contain('China');
      const box = tip(el).getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(window.innerWidth);
    });
  });

  describe('fit', () => {
    for (const width of [320, 480, 1600]) {
      for (const columns of ['kinds', 'types']) {
        it(`fits ${width} px with columns="${columns}"`, async () => {
          const el = await matrix(width, `columns="${columns}"`);
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
          const scroller = root(el).querySelector('.scroller')!;
          expect(scroller.scrollWidth, 'no horizontal scrolling').to.be.at.most(scroller.clientWidth + 1);
          for (const c of cells(el)) {
            const box = c.getBoundingClientRect();
            expect(box.width, `${c.dataset['row']} ${c.dataset['col']}`).to.be.at.least(24);
            expect(box.height).to.be.at.least(24);
          }
          await expect(el).to.be.accessible();
        });
      }
    }

    it('abbreviates kind headers at 320 px and keeps the full name for screen readers', async () => {
      const el = await matrix(320);
      const th = root(el).querySelector('thead th[scope=col]')!;
      expect(th.querySelector('.short[aria-hidden]')!.textContent).to.equal('Dipl.');
      expect(th.querySelector('.visually-hidden')!.textContent).to.equal('Diplomatic');
    });

    it('transposes types at 320 px: types become rows, partners columns', async () => {
      const el = await matrix(320, 'columns="types"');
      expect(root(el).querySelectorAll('thead th[scope=col]')).to.have.length(ALLIES.length);
      expect(root(el).querySelectorAll('tbody th[scope=rowgroup]')).to.have.length(3);
      expect(cell(el, 'IRN', 'arms').dataset['status']).to.equal(expectedStatus(defaultDataset, 'IRN', 'arms', 'type'));
    });

    it('never overflows its host even when the table must scroll', async () => {
      const el = await matrix(320, 'mode="adjacency"', syntheticDataset(25, { partnerLinks: 0.5 }));
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(root(el).querySelector('.frame')!.classList.contains('overflow')).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('shows an alert and fires data-error for a bad src', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('aid-matrix');
      el.src = '/does-not-exist.json';
      const failed = oneEvent<CustomEvent<DataErrorDetail>>(el, 'data-error');
      wrapper.append(el);
      const event = await failed;
      expect(event.detail.message).to.be.a('string').and.not.be.empty;
      await el.updateComplete;
      const alert = root(el).querySelector("[role=alert][part~='error']")!;
      expect(alert.textContent).to.contain('could not be shown');
      await expect(el).to.be.accessible();
    });
  });

  describe('scale', function () {
    this.timeout(2 * ROWS_TIMEOUT);
    // How fast is for `npm run bench`; here, that every cell is there.
    it('renders 200 partners × 20 types', async () => {
      const data = syntheticDataset(200, { types: 20, claimsPerPartner: 12 });
      const el = await matrix(1400, 'columns="types"', data);
      expect(cells(el)).to.have.length(200 * 20);
      expect(new Set(cells(el).map((c) => c.dataset['row']))).to.have.property('size', 200);
      // Rows far below the viewport are there for screen readers and the keyboard too.
      const last = cells(el).at(-1)!;
      expect(nameOf(last)).to.match(/^(No claim( of support)?|[A-Z][a-z ·-]+, \d+ claims?)[;.]/);
      last.focus();
      key(last, 'ArrowUp');
      await el.updateComplete;
      expect(focused(el)?.dataset['col']).to.equal(last.dataset['col']);
      expect(focused(el)?.dataset['row']).to.equal(rowIds(el).at(-2));
      expect(cells(el).filter((c) => c.tabIndex === 0)).to.deep.equal([focused(el)]);
    });

    it('paints a long table a screenful first, busy for screen readers, then adds every row', async () => {
      const data = syntheticDataset(200, { types: 20, claimsPerPartner: 12 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1400px"></div>`);
      const el = document.createElement('aid-matrix');
      el.columns = 'types';
      el.data = data;
      wrapper.append(el);
      await el.updateComplete;
      const first = rowIds(el).length;
      expect(first).to.be.within(1, Math.ceil(innerHeight / 32));
      expect(first * 32).to.be.at.least(innerHeight, 'the first rows fill the viewport');
      expect(busy(el)).to.be.true;
      const m = supportMatrix(data, { columns: 'types' });
      expect(rowIds(el)).to.deep.equal(orderRows(m.rows, m.cells, 'support').slice(0, first), 'the first rows in order');
      await waitUntil(() => !busy(el), 'the table still draws rows', { timeout: ROWS_TIMEOUT });
      expect(rowIds(el)).to.have.length(200);
      expect(root(el).querySelector('table')!.getAttribute('aria-busy')).to.equal('false');
      // Rows beyond the first screenful skip rendering while far from the viewport; the first do not.
      const trs = [...root(el).querySelectorAll<HTMLElement>('tbody tr[data-id]')];
      expect(getComputedStyle(trs[0]).contentVisibility ?? 'visible').to.not.equal('auto');
      if ('contentVisibility' in trs[0].style) expect(getComputedStyle(trs.at(-1)!).contentVisibility).to.equal('auto');
    });

    it('draws every row of a long table at once when the page is printed', async () => {
      const data = syntheticDataset(200, { types: 20, claimsPerPartner: 12 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1400px"></div>`);
      const el = document.createElement('aid-matrix');
      el.data = data;
      wrapper.append(el);
      await el.updateComplete;
      expect(rowIds(el).length).to.be.below(200);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(200);
      expect(busy(el)).to.be.false;
    });

    it('draws a large adjacency matrix on a canvas, still keyboard-operable', async () => {
      const data = syntheticDataset(150, { partnerLinks: 0.5 });
      const el = await matrix(800, 'mode="adjacency"', data);
      expect(root(el).querySelector('canvas')).to.exist;
      expect(root(el).querySelector('table')).to.not.exist;
      const [first] = cells(el);
      expect(cells(el)).to.have.length(1);
      const start = { row: first.dataset['row'], col: first.dataset['col'] };
      first.focus();
      key(first, 'ArrowRight');
      await el.updateComplete;
      const moved = focused(el)!;
      expect(moved.getAttribute('part')).to.equal('cell');
      expect(moved).to.not.equal(first, 'a new element, so screen readers announce the move');
      expect(cells(el)).to.have.length(1);
      expect(moved.dataset['row']).to.equal(start.row);
      expect(moved.dataset['col']).to.not.equal(start.col);
      key(moved, 'Enter');
      await el.updateComplete;
      expect(el.selected).to.equal(start.row);
      await waitUntil(() => tipOpen(el));
      await expect(el).to.be.accessible();
    });

    it('on the canvas, draws support only and says joint activity in words, in the cursor and the readout', async () => {
      const base = syntheticDataset(100);
      const joint = { id: 'joint-hub-p1', parties: ['P0000', 'HUB'], relation: 'joint' as const, kind: 'military', type: 'type-3', text: 'A joint exercise.', status: 'reported' as const, claimedBy: [], deniedBy: [], date: '2022', sources: ['src-1'] };
      const el = await matrix(800, 'mode="adjacency" order="name"', { ...base, claims: [...base.claims, joint] });
      expect(root(el).querySelector('canvas')).to.exist;
      const legend = root(el).querySelector("[part~='legend']")!;
      expect(legend.querySelector('.legend-caption')!.textContent).to.contain('The canvas draws support only');
      expect(legend.querySelector('li[data-mark]'), 'no marks apart on the canvas').to.not.exist;
      // From Hubland against itself to Hubland and Partner 1.
      const [first] = cells(el);
      expect([first.dataset['row'], first.dataset['col']]).to.deep.equal(['HUB', 'HUB']);
      first.focus();
      key(first, 'ArrowRight');
      await el.updateComplete;
      const cursor = focused(el)!;
      expect(cursor.dataset['col']).to.equal('P0000');
      expect(cursor.dataset['joint']).to.equal('1');
      expect(cursor.textContent).to.contain('Also 1 joint activity with Partner 1, not counted as support: reported.');
      expect(root(el).querySelector('.readout')!.textContent).to.match(/^Hubland to Partner 1: .*Also 1 joint activity with Partner 1/);
      await expect(el).to.be.accessible();
    });

    it('on the canvas, the pointer opens the tooltip of the pair under it, and a click selects its row', async () => {
      const data = syntheticDataset(150, { partnerLinks: 0.5 });
      const el = await matrix(800, 'mode="adjacency"', data);
      const canvas = root(el).querySelector('canvas')!;
      const box = canvas.getBoundingClientRect();
      const at = { clientX: box.left + box.width * 0.3, clientY: box.top + box.height * 0.6, bubbles: true, composed: true };
      canvas.dispatchEvent(new PointerEvent('pointermove', at));
      await el.updateComplete;
      expect(tipOpen(el)).to.be.true;
      const pointed = tip(el).querySelector('h3')!.textContent;
      expect(pointed).to.match(/^.+ to .+$/);
      canvas.dispatchEvent(new MouseEvent('click', at));
      await el.updateComplete;
      // The click moves the keyboard cursor to the cell under it, and selects its row's country.
      const [cursor] = cells(el);
      const { row, col } = cursor.dataset;
      expect(el.selected).to.equal(row);
      const name = (id: string | undefined) => data.countries.find((c) => c.id === id)!.name;
      expect(pointed).to.equal(`${name(row)} to ${name(col)}`);
      const spot = cursor.getBoundingClientRect();
      expect(at.clientX).to.be.within(spot.left, spot.right);
      expect(at.clientY).to.be.within(spot.top, spot.bottom);
      // The tooltip sits by the cell, inside the viewport.
      const tipBox = tip(el).getBoundingClientRect();
      expect(tipBox.left).to.be.at.least(0);
      expect(tipBox.right).to.be.at.most(window.innerWidth);
      expect(Math.min(Math.abs(tipBox.top - spot.bottom), Math.abs(tipBox.bottom - spot.top))).to.be.below(20);
    });
  });
});
