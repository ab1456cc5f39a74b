import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/country-card/register.js';
import type { CountryCard } from '../../src/country-card/country-card.js';
import { countryName } from '../../src/country-card/country-names.js';
import * as regionNames from '../../src/country-card/region-names.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { evidenceText, formatDate, listNames } from '../../src/data/describe.js';
import { STATUSES } from '../../src/data/status.js';
import type { Claim, Dataset } from '../../src/data/types.js';
import type { CountrySelectDetail } from '../../src/events.js';

const data = defaultDataset;
const allies = data.countries.filter((c) => c.role === 'ally');
const sources = new Map(data.sources.map((s) => [s.id, s]));
const names = new Map(data.countries.map((c) => [c.id, c.name]));
const hub = data.countries.find((c) => c.id === data.hub)!;

const STORE_KEY = Symbol.for('ally-viz.selections');
afterEach(() => {
  (document as unknown as Record<symbol, Map<string, string | null> | undefined>)[STORE_KEY]?.clear();
});

function q<T extends Element = HTMLElement>(el: CountryCard, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<T>(selector)];
}

function titleOf(el: CountryCard): string {
  return q(el, '[part~="title"]')?.textContent?.trim() ?? '';
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A mark's status by the one rule (docs/evidence.md): the strongest that is not denied, else denied. */
function markStatus(claims: Claim[]): string {
  return STATUSES.find((s) => s !== 'denied' && claims.some((c) => c.status === s)) ?? 'denied';
}

/** Support `giver` gives `receiver` (a claim without `relation` is support from its first party). */
const gives = (c: Claim, giver: string, receiver: string): boolean =>
  (c.relation ?? 'support') === 'support' && c.parties[0] === giver && c.parties.slice(1).includes(receiver);

function clone(): Dataset {
  return structuredClone(data);
}

describe('country-card: every partner in the default dataset', function () {
  // axe over a card with a dozen claims takes seconds in WebKit on a busy machine.
  this.timeout(30000);
  for (const ally of allies) {
    it(`${ally.name}: title, role, badges, every claim with its evidence and sources, votes`, async () => {
      const el = await fixture<CountryCard>(html`<country-card country=${ally.id} layout="full"></country-card>`);
      expect(titleOf(el)).to.equal(ally.name);
      expect(q(el, 'h2[part~="title"]')).to.exist;
      expect(text(q(el, '[part~="summary"]'))).to.equal(ally.summary);
      expect(text(q(el, '[part~="role"]'))).to.contain(`Partner of ${hub.name}`).and.contain(ally.leader!.name);

      const mine = data.claims.filter((c) => c.parties.includes(ally.id));
      // Badges: only the support the ally gives the hub, by the one rule, the denial said beside it.
      const given = mine.filter((c) => gives(c, ally.id, data.hub));
      const kinds = data.kinds.filter((k) => given.some((c) => c.kind === k.id));
      const badges = all(el, '[part~="badge"]');
      expect(badges.map((b) => b.dataset.kind)).to.deep.equal(kinds.map((k) => k.id));
      expect(badges.map((b) => b.dataset.status)).to.deep.equal(
        kinds.map((k) => markStatus(given.filter((c) => c.kind === k.id))),
      );
      kinds.forEach((k, i) => {
        const contested = given.some((c) => c.kind === k.id && (c.status === 'denied' || c.deniedBy.length > 0));
        expect(badges[i].dataset.contested).to.equal(String(contested));
        if (contested) expect(text(badges[i])).to.match(/denied/i);
      });
      // Every claim is under its side: what it gives, what it receives, joint activity, context.
      for (const claim of mine) {
        const side =
          (claim.relation ?? 'support') !== 'support' ? claim.relation : claim.parties[0] === ally.id ? 'gives' : 'receives';
        expect(q(el, `[part~="section"][data-side="${side}"] [part~="claim"][data-id="${claim.id}"]`), `${claim.id} under ${side}`).to.exist;
      }

      const items = all(el, '[part~="claim"]');
      expect(items.map((li) => li.dataset.id).sort()).to.deep.equal(mine.map((c) => c.id).sort());
      for (const claim of mine) {
        const li = q(el, `[part~="claim"][data-id="${claim.id}"]`)!;
        expect(li.tagName).to.equal('LI');
        expect(li.dataset.status).to.equal(claim.status);
        expect(li.dataset.kind).to.equal(claim.kind);
        expect(text(li.querySelector('.text'))).to.equal(claim.text);
        expect(text(li.querySelector('[part~="evidence"]'))).to.contain(evidenceText(claim, data));
        expect(text(li)).to.contain(formatDate(claim.date));
        if (claim.quote) expect(li.querySelector('q')!.textContent).to.equal(claim.quote);

        const nodes = [...li.querySelectorAll<HTMLElement>('[part~="source"]')];
        expect(nodes.length, `${claim.id} sources`).to.equal(claim.sources.length);
        claim.sources.forEach((id, i) => {
          const source = sources.get(id)!;
          const node = nodes[i];
          expect(text(node)).to.contain(source.publisher).and.contain(formatDate(source.date));
          // A real headline is quoted; a description is not.
          if (source.title) expect(text(node)).to.contain(`“${source.title}”`);
          else expect(text(node)).to.contain(source.description!).and.not.contain(`“${source.description!}”`);
          if (source.url && /^https?:/.test(source.url)) {
            expect(node.tagName).to.equal('A');
            expect(node.getAttribute('href')).to.equal(new URL(source.url).href);
            expect(node.getAttribute('target')).to.equal('_blank');
            expect(node.getAttribute('rel')).to.equal('noopener noreferrer');
          } else {
            expect(node.tagName).to.equal('SPAN');
            expect(node.hasAttribute('href')).to.be.false;
            // The reason there is no link, from the data.
            if (source.noUrlReason) expect(text(node.nextElementSibling)).to.match(/^\(no link: /);
          }
        });

        // Parties: who else took part, or which way support goes; a claim only with the hub does not repeat it.
        const others = claim.parties.filter((p) => p !== ally.id);
        const parties = li.querySelector('.parties');
        const named = (ids: string[]): string => listNames(ids.map((p) => names.get(p)!));
        if (others.some((p) => p !== data.hub)) {
          const expected =
            (claim.relation ?? 'support') !== 'support'
              ? `With ${named(others)}`
              : claim.parties[0] === ally.id
                ? `To ${named(others)}`
                : `From ${named([claim.parties[0]])}`;
          expect(text(parties)).to.equal(expected);
        } else {
          expect(parties).to.equal(null);
        }
      }

      const votes = (data.votes ?? []).filter((v) => v.votes[ally.id] !== undefined);
      const voteItems = all(el, '[part~="vote"]');
      expect(voteItems.map((v) => v.dataset.vote)).to.deep.equal(votes.map((v) => v.votes[ally.id]));
      votes.forEach((record, i) => expect(text(voteItems[i])).to.contain(record.title));

      await expect(el).to.be.accessible();
    });
  }

  it('Russia’s loan to Belarus is under what Belarus receives, not what it gives', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="BLR" layout="full"></country-card>`);
    expect(q(el, '[part~="section"][data-side="receives"] [data-id="BLR-loan-2020"]')).to.exist;
    expect(q(el, '[part~="section"][data-side="gives"] [data-id="BLR-loan-2020"]')).to.equal(null);
    expect(all(el, '[part~="badge"]').map((b) => b.dataset.kind)).to.not.include('economic');
    expect(text(q(el, '[part~="section"][data-side="receives"] h3'))).to.equal('Support Belarus receives');
  });

  it('China’s military badge says alleged and denied', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="CHN" layout="full"></country-card>`);
    const badge = q(el, '[part~="badge"][data-kind="military"]')!;
    expect(badge.dataset.status).to.equal('alleged');
    expect(text(badge)).to.contain('Alleged · denied, 1 claim');
    expect(q(el, '[part~="section"][data-side="joint"] [data-id="RUS-vostok-2022"]')).to.exist;
  });

  it('a three-party exercise shows both other parties', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="ZAF" layout="full"></country-card>`);
    const joint = data.claims.find((c) => c.parties.length === 3 && c.parties.includes('ZAF'))!;
    const li = q(el, `[part~="claim"][data-id="${joint.id}"]`)!;
    expect(text(li.querySelector('.parties'))).to.equal('With Russia and China');
  });

  it('a third party lists the claims it makes or denies', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="USA" layout="full"></country-card>`);
    expect(titleOf(el)).to.equal('United States');
    expect(text(q(el, '[part~="role"]'))).to.contain('Third party');
    const alleged = data.claims.filter((c) => !c.parties.includes('USA') && c.claimedBy.includes('USA'));
    expect(alleged.length).to.be.greaterThan(0);
    for (const claim of alleged) {
      const expected = (claim.relation ?? 'support') === 'support' ? /^From .+ to / : /^Between /;
      expect(text(q(el, `[part~="claim"][data-id="${claim.id}"] .parties`))).to.match(expected);
    }
  });
});

describe('country-card: the hub and picking a partner', () => {
  it('with nothing selected shows the hub and invites the reader to pick a partner', async () => {
    const el = await fixture<CountryCard>(html`<country-card layout="full"></country-card>`);
    expect(titleOf(el)).to.equal(hub.name);
    expect(text(q(el, '[part~="role"]'))).to.contain('At the centre').and.contain(hub.leader!.name);
    expect(text(q(el, '[part~="summary"]'))).to.equal(hub.summary);
    expect(all(el, '[part~="claim"]')).to.have.length(0);
    expect(text(q(el, '#picker'))).to.equal(`Pick a partner to read how it stands with ${hub.name}`);
    const buttons = all<HTMLButtonElement>(el, 'button[part~="partner"]');
    expect(buttons.map((b) => b.dataset.id)).to.deep.equal(allies.map((c) => c.id));
    expect(buttons.map((b) => text(b))).to.deep.equal(allies.map((c) => c.name));
    expect(q(el, '[part~="back"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('picking a partner selects it, shows it and moves focus to its name; back returns to the hub', async () => {
    const el = await fixture<CountryCard>(html`<country-card layout="full"></country-card>`);
    const picked = oneEvent(el, 'country-select');
    q<HTMLButtonElement>(el, 'button[data-id="PRK"]')!.click();
    expect(((await picked) as CustomEvent<CountrySelectDetail>).detail.id).to.equal('PRK');
    await el.updateComplete;
    expect(el.selected).to.equal('PRK');
    expect(titleOf(el)).to.equal('North Korea');
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, '[part~="title"]'), 'focus on the title');
    expect(q(el, '#picker')).to.equal(null);

    const cleared = oneEvent(el, 'country-select');
    q<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    expect(((await cleared) as CustomEvent<CountrySelectDetail>).detail.id).to.equal(null);
    await el.updateComplete;
    expect(titleOf(el)).to.equal(hub.name);
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, '#picker'), 'focus on the picker');
  });

  it('follows the selection; a pinned country wins over it', async () => {
    const el = await fixture<CountryCard>(html`<country-card selected="IND"></country-card>`);
    expect(titleOf(el)).to.equal('India');
    el.selected = 'SYR';
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Syria');
    el.country = 'BLR';
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Belarus');
    expect(q(el, '[part~="back"]')).to.equal(null);
    el.removeAttribute('country');
    el.country = null;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Syria');
  });

  it('says so when the pinned country is not in the dataset', async () => {
    const pinned = await fixture<CountryCard>(html`<country-card country="XYZ"></country-card>`);
    expect(text(q(pinned, '[part~="notice"]'))).to.contain('“XYZ”');
    expect(q(pinned, '[part~="title"]')).to.equal(null);
  });

  it('says so when the selected country is not in the dataset, and shows the hub', async () => {
    const following = await fixture<CountryCard>(html`<country-card selected="XYZ" group="unknown"></country-card>`);
    expect(text(q(following, '[part~="notice"]'))).to.contain('“XYZ”');
    expect(titleOf(following)).to.equal(hub.name);
    await expect(following).to.be.accessible();
  });
});

describe('country-card: compact layout', () => {
  it('layout="compact" shows the name, the badges, one line per kind of support and one for joint activity', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="IRN" layout="compact"></country-card>`);
    expect(el.effectiveLayout).to.equal('compact');
    expect(titleOf(el)).to.equal('Iran');
    const given = data.claims.filter((c) => gives(c, 'IRN', data.hub));
    const kinds = data.kinds.filter((k) => given.some((c) => c.kind === k.id)).map((k) => k.id);
    expect(all(el, '[part~="badge"]').map((b) => b.dataset.kind)).to.deep.equal(kinds);
    const lines = all(el, '[part~="line"]');
    expect(lines.slice(0, kinds.length).map((l) => l.dataset.kind)).to.deep.equal(kinds);
    expect(lines.at(-1)?.dataset.side).to.equal('joint');
    expect(text(lines.at(-1)!)).to.contain('not counted as support');
    expect(all(el, '[part~="claim"]')).to.have.length(0);
    expect(q(el, '[part~="summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is chosen automatically in a narrow container, unless the attribute says otherwise', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 300px">
      <country-card country="CHN"></country-card>
      <country-card country="CHN" layout="full"></country-card>
    </div>`);
    const [auto, full] = all<CountryCard>(box, 'country-card') as [CountryCard, CountryCard];
    await waitUntil(() => q(auto, '[data-layout="compact"]') !== null, 'compact below 420 px');
    expect(all(auto, '[part~="claim"]')).to.have.length(0);
    expect(q(full, '[data-layout="full"]')).to.exist;
    box.style.width = '640px';
    await waitUntil(() => q(auto, '[data-layout="full"]') !== null, 'full when wider');
    expect(all(auto, '[part~="claim"]').length).to.be.greaterThan(0);
  });
});

describe('country-card: data stays data', () => {
  it('a javascript: source URL is plain text, never a link', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="CHN" layout="full"></country-card>`);
    const dataset = clone();
    el.data = dataset;
    await el.updateComplete;
    // The validator refuses such URLs; a publisher who edits the dataset after handing it over
    // gets past it, and the card still makes no link of it.
    const claim = dataset.claims.find((c) => c.parties.includes('CHN'))!;
    const source = dataset.sources.find((s) => s.id === claim.sources[0])!;
    source.url = 'javascript:alert(document.domain)';
    const other = dataset.sources.find((s) => s.url?.startsWith('https:'))!;
    other.url = ' JavaScript:alert(1)';
    el.requestUpdate();
    await el.updateComplete;
    const node = q(el, `[part~="claim"][data-id="${claim.id}"] [part~="source"]`)!;
    expect(node.tagName).to.equal('SPAN');
    expect(text(node)).to.contain(source.title);
    expect(all(el, 'a[href]').filter((a) => !/^https?:/.test(a.getAttribute('href')!))).to.have.length(0);
  });

  it('a dataset handed over with a javascript: URL is refused, naming the field', async () => {
    const dataset = clone();
    dataset.sources[0].url = 'javascript:alert(1)';
    const el = await fixture<CountryCard>(html`<country-card .data=${dataset}></country-card>`);
    expect(text(q(el, '[role="alert"][part~="error"]'))).to.contain('sources[0].url');
    expect(all(el, 'a')).to.have.length(0);
  });

  it('markup in the data stays text', async () => {
    const dataset = clone();
    const country = dataset.countries.find((c) => c.id === 'SYR')!;
    country.name = '<img src=x onerror="window.__pwned=1">Syria';
    country.summary = '<b>bold</b> <script>window.__pwned=1</script>';
    const claim = dataset.claims.find((c) => c.parties.includes('SYR'))!;
    claim.text = '<a href="javascript:alert(1)">click</a>';
    dataset.sources.find((s) => s.id === claim.sources[0])!.title = '<i>title</i>';
    const el = await fixture<CountryCard>(html`<country-card country="SYR" layout="full" .data=${dataset}></country-card>`);
    expect(titleOf(el)).to.equal(country.name);
    expect(text(q(el, '[part~="summary"]'))).to.equal(country.summary);
    expect(text(q(el, `[part~="claim"][data-id="${claim.id}"] .text`))).to.equal(claim.text);
    expect(text(q(el, `[part~="claim"][data-id="${claim.id}"] [part~="source"]`))).to.contain('<i>title</i>');
    expect(all(el, 'img, b, i, script, [onerror]')).to.have.length(0);
    expect(all(el, 'a[href^="javascript"]')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('country-card: country names in the reader language', () => {
  it('uses the dataset names for the language, else Intl.DisplayNames', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="fr">
      <country-card country="CHN" layout="full"></country-card>
      <country-card country="IRN" layout="full" lang="es"></country-card>
    </div>`);
    const [fr, es] = all<CountryCard>(box, 'country-card') as [CountryCard, CountryCard];
    // The platform's names load on demand for readers in a language other than English.
    await Promise.all([fr.updateComplete, es.updateComplete]);
    expect(titleOf(fr)).to.equal('Chine');
    expect(text(q(fr, '[part~="role"]'))).to.contain('Partner of Russie');
    expect(titleOf(es)).to.equal(new Intl.DisplayNames(['es'], { type: 'region' }).of('IR'));
    expect(titleOf(es)).to.equal('Irán');
    es.setAttribute('lang', 'en');
    await es.updateComplete;
    expect(titleOf(es)).to.equal('Iran');
  });

  it('maps alpha-3 ids to region codes', () => {
    expect(regionNames.regionCode('IRN')).to.equal('IR');
    expect(regionNames.regionCode('PRK')).to.equal('KP');
    expect(regionNames.regionCode('AUT')).to.equal('AT');
    expect(regionNames.regionCode('EU')).to.equal('EU');
    expect(regionNames.regionCode('HUB')).to.equal(null);
    const made = { id: 'HUB', name: 'Hubland', role: 'hub' as const };
    expect(countryName(made, 'de', regionNames)).to.equal('Hubland');
    expect(countryName({ id: 'ZAF', name: 'South Africa', role: 'ally' }, 'de', regionNames)).to.equal('Südafrika');
    expect(countryName({ id: 'ZAF', name: 'South Africa', role: 'ally' }, 'en-GB', regionNames)).to.equal('South Africa');
    expect(countryName({ id: 'ZAF', name: 'South Africa', role: 'ally' }, 'not a tag!', regionNames)).to.equal('South Africa');
  });
});

describe('country-card: states', () => {
  it('a dataset that fails to load shows the alert', async () => {
    const el = await fixture<CountryCard>(html`<country-card src="/test/fixtures/missing.json"></country-card>`);
    await waitUntil(() => q(el, '[role="alert"][part~="error"]') !== null, 'the alert shows');
    expect(text(q(el, '[part~="error"]'))).to.contain('missing.json');
  });

  it('dark theme passes axe too', async () => {
    const el = await fixture<CountryCard>(html`<country-card country="BLR" theme="dark"></country-card>`);
    await expect(el).to.be.accessible();
  });
});
