import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VizElement } from '../internal/viz-element.js';
// Not styleMap: it writes a style attribute on first render, which a strict CSP blocks.
import { cssProps } from '../internal/css-props.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { STATUS_SYMBOL } from '../styles/encoding.js';
import { kindEncoding } from '../styles/kinds.js';
import { countryProfile, type CountryProfile, type ResolvedClaim } from '../data/profile.js';
import { evidenceLabel, formatDate, listNames, sourceText } from '../data/describe.js';
import { relationOf, type Side } from '../data/relations.js';
import type { Country, Dataset, Kind, Source, Vote } from '../data/types.js';
import { countryName, isEnglish, loadRegionNames, type RegionNames } from './country-names.js';
import { cardStyles } from './country-card.styles.js';

export type CardLayout = 'full' | 'compact';

/** Below this container width (px) the card takes the compact layout, unless `layout` says. */
export const COMPACT_BELOW = 420;

const VOTE_LABELS: Record<Vote, string> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstained',
  absent: 'Did not vote',
};

const SIDE_HEADINGS: Record<Side, (own: string, hub: string) => string> = {
  gives: (own) => `Support ${own} gives`,
  receives: (own) => `Support ${own} receives`,
  joint: () => 'Joint activity',
  context: () => 'Context',
};

const SIDE_NOTES: Record<'joint' | 'context', string> = {
  joint: 'Exercises, visits and statements it takes part in with others: contact and cooperation, not counted as support.',
  context: 'Facts that bear on the relationship but are neither support nor joint activity.',
};

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The URL as a link target, or null unless it is http or https. */
function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * One country's relationship with the hub in plain words: its role, its leader at the time, a
 * summary, the kinds of support, and every claim with its evidence, date and sources.
 *
 * With `country` the card is pinned to one country; without it, it follows the selection of its
 * group, and with nothing selected it shows the hub and offers the partners to pick from.
 *
 * @tag country-card
 * @summary One country's story: every claim, its evidence and its sources.
 *
 * @fires country-select - A reader picked a partner in the card, or went back to all partners; `detail.id`.
 * @fires data-error - The dataset failed to load or validate; `detail.message`.
 *
 * @csspart title - The country's name.
 * @csspart role - The country's role and leader.
 * @csspart summary - The short summary.
 * @csspart badge - A kind of support the country takes part in, with `data-kind` and `data-status` (its strongest evidence).
 * @csspart claim - A claim, with `data-id`, `data-kind` and `data-status`.
 * @csspart evidence - The evidence of a claim, written out.
 * @csspart source - A source of a claim: a link for http and https URLs, plain text otherwise.
 * @csspart line - In the compact layout, the one line for a kind of support.
 * @csspart vote - A recorded vote, with `data-vote`.
 * @csspart partner - A button that picks a partner (with nothing selected).
 * @csspart back - The button that goes back to all partners.
 * @csspart notice - A note that the country asked for is not in the dataset.
 * @csspart error - The message shown when the dataset cannot be shown.
 * @csspart loading - The message shown while the dataset loads.
 *
 * @cssprop --ally-color-diplomatic - Colour of diplomatic support.
 * @cssprop --ally-color-economic - Colour of economic support.
 * @cssprop --ally-color-military - Colour of military support.
 * @cssprop --ally-background - Background colour.
 * @cssprop --ally-foreground - Text colour.
 * @cssprop --ally-muted - Colour of secondary text.
 * @cssprop --ally-border - Colour of rules and borders.
 * @cssprop --ally-accent - Colour of links and buttons.
 * @cssprop --ally-font-family - Font family.
 */
export class CountryCard extends VizElement {
  static override styles = [sharedStyles, cardStyles];

  /** Pins the card to one country id (e.g. `IRN`); absent: the card follows the selection. */
  @property() country: string | null = null;

  /** `full` or `compact` (name, badges, one line per kind); absent: compact below 420 px wide. */
  @property() layout: CardLayout | null = null;

  // The interface language may come from the card's own `lang` attribute.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The layout chosen by width: measured for the first render, then switched a frame late. */
  @state() private autoLayout: CardLayout | null = null;
  private layoutFrame = 0;

  /** The layout in use: the attribute's, else chosen by the container width. */
  get effectiveLayout(): CardLayout {
    if (this.layout === 'full' || this.layout === 'compact') return this.layout;
    return this.autoLayout ?? this.layoutForWidth();
  }

  private layoutForWidth(): CardLayout {
    const width = this.size.measureWidth();
    return width > 0 && width < COMPACT_BELOW ? 'compact' : 'full';
  }

  /** Names of regions in a reader language other than English, once loaded. */
  private regionNames: RegionNames | null = null;
  private regionNamesLoading: Promise<void> | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.autoLayout ??= this.layoutForWidth();
    if (!this.regionNames && !isEnglish(this.interfaceLang)) {
      // Until they arrive the card shows the dataset's names; if they never do, it keeps them.
      this.regionNamesLoading ??= loadRegionNames().then(
        (names) => {
          this.regionNames = names;
          this.requestUpdate();
        },
        () => undefined,
      );
    }
  }

  // `updateComplete` includes the region names, so `await card.updateComplete` sees them drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.regionNamesLoading) return done;
    await this.regionNamesLoading;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.layoutForWidth() === this.autoLayout) return;
    // Switching within the ResizeObserver's delivery would resize the host inside it, and the
    // browser reports a "ResizeObserver loop" error: switch in the next frame instead.
    cancelAnimationFrame(this.layoutFrame);
    this.layoutFrame = requestAnimationFrame(() => (this.autoLayout = this.layoutForWidth()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.layoutFrame);
  }

  protected renderView(data: Dataset): TemplateResult {
    const pinned = this.country || null;
    const wanted = pinned ?? this.selected;
    const profile = countryProfile(data, wanted ?? data.hub) ?? (pinned ? null : countryProfile(data, data.hub));
    const layout = this.effectiveLayout;
    const notice =
      wanted && profile?.country.id !== wanted
        ? html`<p class="notice" part="notice" role="status">This dataset has no country with the id “${wanted}”.</p>`
        : nothing;
    if (!profile) return html`<div class="card">${notice}</div>`;

    const lang = this.interfaceLang;
    const name = (c: Country): string => countryName(c, lang, this.regionNames);
    const picking = !pinned && profile.isHub;
    const hub = data.countries.find((c) => c.id === data.hub);
    const hubName = hub ? name(hub) : data.hub;
    // Kind colours as custom properties set through the CSSOM: a strict CSP refuses style attributes.
    return html`<article class="card ${layout}" data-layout=${layout} aria-labelledby="title" ${cssProps(kindEncoding(data.kinds).properties)}>
      ${notice}
      <header>
        <h2 id="title" part="title" tabindex="-1">${name(profile.country)}</h2>
        ${layout === 'full' ? this.renderRole(data, profile, name) : nothing}
      </header>
      ${this.renderBadges(data, profile, hubName)}
      ${layout === 'compact'
        ? this.renderLines(data, profile, hubName)
        : html`${profile.country.summary
            ? html`<p class="summary" part="summary">${profile.country.summary}</p>`
            : nothing}
          ${profile.isHub ? nothing : this.renderClaims(data, profile, name)} ${this.renderVotes(profile)}`}
      ${picking ? this.renderPicker(data, name) : nothing}
      ${!pinned && this.selected ? html`<p class="nav">
            <button type="button" part="back" @click=${() => this.pick(null)}>All partners</button>
          </p>` : nothing}
    </article>`;
  }

  private renderRole(data: Dataset, profile: CountryProfile, name: (c: Country) => string): TemplateResult {
    const hub = data.countries.find((c) => c.id === data.hub);
    const role =
      profile.role === 'hub'
        ? 'At the centre of this graphic'
        : profile.role === 'ally'
          ? `Partner of ${hub ? name(hub) : data.hub}`
          : 'Third party';
    // Leaders are recorded as of the dataset's own date, whatever date the view shows (`as-of`).
    const own = this.source.data ?? data;
    const asOf = formatDate(own.asOfApproximate ? own.asOf.slice(0, 7) : own.asOf);
    const leader = profile.leader;
    return html`<p class="role" part="role">
      <span>${role}</span>
      ${leader
        ? html`<span>Leader, ${asOf}: <strong>${leader.name}</strong>${leader.title ? `, ${leader.title}` : ''}</span>`
        : nothing}
    </p>`;
  }

  private renderBadges(data: Dataset, profile: CountryProfile, hubName: string): TemplateResult | typeof nothing {
    if (profile.kinds.length === 0) return nothing;
    return html`<ul class="badges" aria-label=${`Support to ${hubName}, by kind`}>
      ${profile.kinds.map(
        ({ kind, status, count, evidence }) => html`<li
          part="badge"
          class=${this.kindClass(data, kind)}
          data-kind=${kind.id}
          data-status=${status}
          data-contested=${evidence.contested}
        >
          <span class="letter" aria-hidden="true">${this.kindLetter(data, kind)}</span>
          <span class="label">${kind.label}</span>
          <span class="status"
            ><span aria-hidden="true">${STATUS_SYMBOL[status]}${evidence.contested && status !== 'denied' ? STATUS_SYMBOL.denied : ''}</span>
            ${evidenceLabel(evidence)}, ${count} claim${count === 1 ? '' : 's'}</span
          >
        </li>`,
      )}
    </ul>`;
  }

  private renderLines(data: Dataset, profile: CountryProfile, hubName: string): TemplateResult | typeof nothing {
    if (profile.isHub) return nothing;
    const gives = profile.sections.find((s) => s.side === 'gives');
    const joint = profile.sections.find((s) => s.side === 'joint');
    const jointCount = joint?.groups.reduce((n, g) => n + g.claims.length, 0) ?? 0;
    if (!gives && !jointCount) return nothing;
    return html`<ul class="lines">
      ${(gives?.groups ?? []).map(({ kind, claims }) => {
        const first = claims[0].claim;
        return html`<li part="line" class=${this.kindClass(data, kind)} data-kind=${kind.id} data-status=${first.status}>
          <strong>${kind.label}:</strong> ${first.text}
        </li>`;
      })}
      ${jointCount
        ? html`<li part="line" data-side="joint" class="joint">
            <strong>Joint activity with ${hubName}:</strong> ${jointCount} claim${jointCount === 1 ? '' : 's'}, not
            counted as support
          </li>`
        : nothing}
    </ul>`;
  }

  /** The claims by side (gives, receives, joint, context), each side by kind, then what it alleges or denies. */
  private renderClaims(data: Dataset, profile: CountryProfile, name: (c: Country) => string): TemplateResult {
    const types = new Map((data.types ?? []).map((t) => [t.id, t.label]));
    const hub = data.countries.find((c) => c.id === data.hub);
    const hubName = hub ? name(hub) : data.hub;
    const own = name(profile.country);
    const claim = (resolved: ResolvedClaim): TemplateResult =>
      this.renderClaim(resolved, profile.country.id, data.hub, types, name);
    return html`${profile.sections.map(
        ({ side, groups }, i) => html`<section class="side" part="section" data-side=${side} aria-labelledby="side-${i}">
          <h3 id="side-${i}">${SIDE_HEADINGS[side](own, hubName)}</h3>
          ${side === 'joint' || side === 'context' ? html`<p class="side-note">${SIDE_NOTES[side]}</p>` : nothing}
          ${groups.map(
            ({ kind, claims }) => html`<div class="kind ${this.kindClass(data, kind)}" data-kind=${kind.id}>
              <h4><span class="letter" aria-hidden="true">${this.kindLetter(data, kind)}</span>${kind.label}</h4>
              <ul class="claims">${claims.map(claim)}</ul>
            </div>`,
          )}
        </section>`,
      )}
      ${profile.mentions.length > 0
        ? html`<section class="side mentions" part="section" data-side="mentions" aria-labelledby="mentions">
            <h3 id="mentions">Claims it makes or denies</h3>
            <ul class="claims">${profile.mentions.map(claim)}</ul>
          </section>`
        : nothing}`;
  }

  private renderClaim(
    resolved: ResolvedClaim,
    seenFrom: string,
    hub: string,
    types: Map<string, string>,
    name: (c: Country) => string,
  ): TemplateResult {
    const { claim, sources, evidence } = resolved;
    const party = claim.parties.includes(seenFrom);
    const parties = party ? resolved.others : [resolved.giver, ...resolved.receivers];
    // Every claim involves the hub: name the parties only when there is more to say than that.
    const showParties = !party || parties.some((c) => c.id !== hub);
    // Support says which way it goes; joint activity and context list who took part.
    const relation = relationOf(claim);
    const partiesText =
      relation !== 'support'
        ? `${party ? 'With' : 'Between'} ${listNames(parties.map(name))}`
        : !party
          ? `From ${name(resolved.giver)} to ${listNames(resolved.receivers.map(name))}`
          : claim.parties[0] === seenFrom
            ? `To ${listNames(resolved.receivers.map(name))}`
            : `From ${name(resolved.giver)}`;
    const type = types.get(claim.type);
    return html`<li part="claim" data-id=${claim.id} data-kind=${claim.kind} data-status=${claim.status}>
      ${type ? html`<p class="type">${type}</p>` : nothing}
      <p class="text">${claim.text}</p>
      ${claim.quote ? html`<p class="quote">Quoted: <q>${claim.quote}</q></p>` : nothing}
      <p class="meta">
        <span class="evidence" part="evidence"
          ><span aria-hidden="true">${STATUS_SYMBOL[claim.status]}</span> ${evidence}</span
        >
        <span class="date">${formatDate(claim.date)}</span>
      </p>
      ${showParties ? html`<p class="parties">${partiesText}</p>` : nothing}
      ${(claim.notes ?? []).map(
        (note) => html`<p class="note">Later, ${formatDate(note.date)}: ${note.text}</p>`,
      )}
      ${sources.length > 0
        ? html`<p class="sources">
            <span class="sources-label">${sources.length === 1 ? 'Source' : 'Sources'}:</span>
            ${sources.map((source, i) => html`${i > 0 ? '; ' : ''}${this.renderSource(source)}`)}
          </p>`
        : nothing}
    </li>`;
  }

  private renderSource(source: Source): TemplateResult {
    const text = sourceText(source);
    const href = safeHref(source.url);
    if (!href) {
      return html`<span part="source">${text}</span>${source.noUrlReason
          ? html` <span class="no-url">(no link: ${lowerFirst(source.noUrlReason.replace(/\.$/, ''))})</span>`
          : nothing}`;
    }
    return html`<a part="source" href=${href} target="_blank" rel="noopener noreferrer"
      >${text}<span class="visually-hidden"> (opens in a new tab)</span></a
    >`;
  }

  private renderVotes(profile: CountryProfile): TemplateResult | typeof nothing {
    if (profile.votes.length === 0) return nothing;
    return html`<section class="votes" aria-labelledby="votes">
      <h3 id="votes">Recorded votes</h3>
      <ul>
        ${profile.votes.map(
          ({ record, vote }) => html`<li part="vote" data-vote=${vote}>
            <strong class="vote">${VOTE_LABELS[vote]}</strong>
            <span>${record.title}, ${formatDate(record.date)}</span>
            ${record.note ? html`<span class="note">${record.note}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPicker(data: Dataset, name: (c: Country) => string): TemplateResult {
    const partners = data.countries.filter((c) => c.role === 'ally');
    return html`<section class="picker" aria-labelledby="picker">
      <h3 id="picker" tabindex="-1">Pick a partner to read how it stands with ${name(
        data.countries.find((c) => c.id === data.hub) ?? { id: data.hub, name: data.hub, role: 'hub' },
      )}</h3>
      <ul>
        ${partners.map(
          (c) => html`<li>
            <button type="button" part="partner" data-id=${c.id} @click=${() => this.pick(c.id)}>
              ${name(c)}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private kindClass(data: Dataset, kind: Kind): string {
    return kindEncoding(data.kinds).of(kind.id)?.className ?? '';
  }

  private kindLetter(data: Dataset, kind: Kind): string {
    return kindEncoding(data.kinds).of(kind.id)?.letter ?? '';
  }

  /** A reader's choice in the card; focus moves to the new title, as the button is gone. */
  private pick(id: string | null): void {
    this.selection.select(id);
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(id === null ? '#picker' : '#title')?.focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'country-card': CountryCard;
  }
}
