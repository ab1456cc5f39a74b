/**
 * Plain-English text for readers and screen readers. British-style English (`en-GB`): no serial
 * comma ("diplomatic, economic and military") and day-first dates ("6 September 2022").
 */
import { monthName, parseDate } from './dates.js';
import { markRank, type Evidence } from './evidence.js';
import { byId, distinct } from './lookup.js';
import { jointWith, relationOf, supports } from './relations.js';
import { STATUS_LABELS } from './status.js';
import type { Claim, Country, Dataset, Kind, Source } from './types.js';

// Defined with the other date code: a bundle that needs only dates leaves the rest of this module out.
export { formatDate } from './dates.js';
import { formatDate } from './dates.js';

/**
 * "A", "A and B", "A, B and C" (or "or"). Written out rather than `Intl.ListFormat`, whose first
 * use loads locale data for some 30 ms: the text is English only.
 */
export function listNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const last = names.length - 1;
  return last < 1 ? (names[0] ?? '') : `${names.slice(0, last).join(', ')} ${conjunction} ${names[last]}`;
}

const TAKES_THE =
  /^(?:US|USA|UK|EU|UAE|UN)$|^(?:United|Democratic|Federated|Holy See)\b|\b(?:Republic|Union|Kingdom|Islands|Emirates|States|Nations|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/;

/** A country's name as it reads inside a sentence: "the United States", "Iran". */
export function nameInText(name: string): string {
  if (/^the\s/i.test(name)) return name.replace(/^The\s/, 'the ');
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "Military support" from "military support". */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter unless the word is an acronym ("UN votes" stays). */
function lowerFirst(s: string): string {
  return /^.[A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function namesOf(ids: readonly string[], countries: Map<string, Country>): string {
  return listNames(ids.map((id) => nameInText(countries.get(id)?.name ?? id)));
}

/** Lower-case phrases: ["alleged by the United States and Ukraine", "denied by Iran"]. */
export function evidenceParts(claim: Claim, data: Dataset): string[] {
  const countries = byId(data.countries);
  const by = (ids: readonly string[]): string => (ids.length > 0 ? ` by ${namesOf(ids, countries)}` : '');
  if (claim.status === 'denied') {
    const parts = [`denied${by(claim.deniedBy)}`];
    if (claim.claimedBy.length > 0) parts.push(`claimed${by(claim.claimedBy)}`);
    return parts;
  }
  const parts = [`${lowerFirst(STATUS_LABELS[claim.status])}${by(claim.claimedBy)}`];
  if (claim.deniedBy.length > 0) parts.push(`denied${by(claim.deniedBy)}`);
  return parts;
}

/** "Alleged by the United States and Ukraine · denied by Iran", "Reported", "Stated by China". */
export function evidenceText(claim: Claim, data: Dataset): string {
  return capitalize(evidenceParts(claim, data).join(' · '));
}

/**
 * A mark's status in two words, with its denial: "Alleged · denied", "Characterized · denied",
 * "Reported", "Denied"; "No claim" for an empty mark.
 */
export function evidenceLabel(evidence: Evidence): string {
  const { status } = evidence;
  if (status === null) return 'No claim';
  return evidence.contested && status !== 'denied' ? `${STATUS_LABELS[status]} · denied` : STATUS_LABELS[status];
}

/**
 * What the claims of one mark say, each distinct piece of evidence once, strongest first (a
 * denial last): "acknowledged in part by Iran; alleged by the United States and Ukraine, denied
 * by Iran; alleged by the United States".
 */
export function markEvidenceText(claims: readonly Claim[], data: Dataset): string {
  const sorted = [...claims].sort((a, b) => markRank(a.status) - markRank(b.status));
  return distinct(sorted.map((c) => evidenceParts(c, data).join(', '))).join('; ');
}

/** One kind on one side of a country's relationship, in words. */
export interface SupportLine {
  kind: Kind;
  claims: Claim[];
  /** "military support, alleged by the United States, denied by China". */
  text: string;
}

/** One side of a country's relationship with the hub: what it gives, receives, or does jointly. */
export interface SupportGroup {
  side: 'gives' | 'receives' | 'joint' | 'partners';
  /** "Support to Russia", "Support from Russia", "Joint activity with Russia, not counted as support". */
  heading: string;
  lines: SupportLine[];
}

/**
 * A country's relationship with the hub by the rules of `docs/evidence.md`, for tooltips and
 * accessible names: the support it gives the hub, the support it receives from the hub, the joint
 * activity they share (each kind with the distinct evidence of its claims), and its ties with
 * other countries on the drawing. For the hub: who supports it and whom it supports.
 */
export function countrySupport(data: Dataset, countryId: string): SupportGroup[] {
  const hub = data.hub;
  const countries = byId(data.countries);
  const hubName = nameInText(countries.get(hub)?.name ?? hub);
  const mine = data.claims.filter((c) => c.parties.includes(countryId));
  const lines = (claims: Claim[], label: (kind: Kind) => string): SupportLine[] =>
    data.kinds.flatMap((kind) => {
      const of = claims.filter((c) => c.kind === kind.id);
      return of.length ? [{ kind, claims: of, text: `${label(kind)}, ${markEvidenceText(of, data)}` }] : [];
    });
  const support = (kind: Kind): string => `${lowerFirst(kind.label)} support`;
  const groups: SupportGroup[] = [];
  const add = (side: SupportGroup['side'], heading: string, list: SupportLine[]): void => {
    if (list.length) groups.push({ side, heading, lines: list });
  };
  const names = (ids: readonly string[]): string => listNames(ids.map((id) => nameInText(countries.get(id)?.name ?? id)));
  if (countryId === hub) {
    // The hub: who supports it, and whom it supports, kind by kind.
    const byKind = (claims: Claim[], who: (c: Claim) => string[]): SupportLine[] =>
      data.kinds.flatMap((kind) => {
        const of = claims.filter((c) => c.kind === kind.id);
        return of.length ? [{ kind, claims: of, text: `${support(kind)}, ${names(distinct(of.flatMap(who)))}` }] : [];
      });
    const received = mine.filter((c) => c.parties[0] !== hub && supports(c, c.parties[0], hub));
    const given = mine.filter((c) => c.parties[0] === hub && relationOf(c) === 'support');
    add('gives', 'Support it receives', byKind(received, (c) => [c.parties[0]]));
    add('receives', 'Support it gives', byKind(given, (c) => c.parties.slice(1)));
    return groups;
  }
  add('gives', `Support to ${hubName}`, lines(mine.filter((c) => supports(c, countryId, hub)), support));
  add('receives', `Support from ${hubName}`, lines(mine.filter((c) => supports(c, hub, countryId)), support));
  add('joint', `Joint activity with ${hubName}, not counted as support`, lines(mine.filter((c) => jointWith(c, countryId, hub)), (k) => lowerFirst(k.label)));
  // Ties with other countries: support between partners, joint activity without the hub.
  const ties = new Map<string, SupportLine>();
  for (const kind of data.kinds) {
    for (const claim of mine) {
      if (claim.kind !== kind.id || claim.parties.includes(hub) || relationOf(claim) === 'context') continue;
      const others = claim.parties.filter((id) => id !== countryId);
      const phrase =
        relationOf(claim) === 'joint'
          ? `joint ${lowerFirst(kind.label)} activity with ${names(others)}`
          : claim.parties[0] === countryId
            ? `${support(kind)} to ${names(others)}`
            : `${support(kind)} from ${names([claim.parties[0]])}`;
      const line = ties.get(phrase);
      if (line) line.claims.push(claim);
      else ties.set(phrase, { kind, claims: [claim], text: phrase });
    }
  }
  for (const line of ties.values()) line.text += `, ${markEvidenceText(line.claims, data)}`;
  add('partners', 'Ties with other countries', [...ties.values()]);
  return groups;
}

/**
 * "China. Support to Russia: economic support, reported; alleged by the United States. Military
 * support, alleged by the United States, denied by China. Joint activity with Russia, not counted
 * as support: diplomatic, stated by China and Russia; reported. Military, reported": each side as
 * a sentence, kinds within it as sentences. Empty string for an unknown country.
 */
export function countrySupportText(data: Dataset, countryId: string): string {
  const country = data.countries.find((c) => c.id === countryId);
  if (!country) return '';
  const groups = countrySupport(data, countryId);
  if (groups.length === 0) return `${country.name}: no recorded support`;
  const sentences = groups.map(
    (g) => `${g.heading}: ${g.lines.map((l, i) => (i > 0 ? capitalize(l.text) : l.text)).join('. ')}`,
  );
  return `${country.name}. ${sentences.join('. ')}`;
}

/**
 * A source as the card and the source list show it: "Reuters, “Headline”, 14 September 2020"
 * when its real headline is known (quoted), "Reuters, a description, 14 September 2020" when
 * only a description is (never quoted).
 */
export function sourceText(source: Source): string {
  const what = source.title ? `“${source.title}”` : (source.description ?? '');
  return [source.publisher, what, formatDate(source.date)].filter(Boolean).join(', ');
}

/** "Russia and 7 partners: diplomatic, economic and military support, March 2023". */
export function datasetSummary(data: Dataset): string {
  const hub = data.countries.find((c) => c.id === data.hub);
  const allies = data.countries.filter((c) => c.role === 'ally').length;
  const kinds = listNames(data.kinds.map((k) => lowerFirst(k.label)));
  let text = `${capitalize(nameInText(hub?.name ?? data.hub))} and ${allies} partner${allies === 1 ? '' : 's'}`;
  if (kinds) text += `: ${kinds} support`;
  const asOf = parseDate(data.asOf);
  if (asOf) {
    const { year, month } = asOf.start;
    text += month === undefined ? `, ${year}` : `, ${monthName(month)} ${year}`;
  }
  return text;
}
