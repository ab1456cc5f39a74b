/**
 * Plain-English text for readers and screen readers. British-style English (`en-GB`): no serial
 * comma ("diplomatic, economic and military") and day-first dates ("6 September 2022").
 */
import { monthName, parseDate } from './dates.js';
import { byId } from './lookup.js';
import { STATUS_LABELS, statusRank } from './status.js';
import type { Claim, Country, Dataset, Kind } from './types.js';

// Defined with the other date code: a bundle that needs only dates leaves the rest of this module out.
export { formatDate } from './dates.js';

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
 * What a country gives or receives, one entry per kind (kind order) with a phrase such as
 * "military support, reported; alleged by the United States and Ukraine and denied by Iran":
 * the distinct evidence of its claims of that kind, strongest first (dataset order on a tie).
 */
export function countrySupport(data: Dataset, countryId: string): { kind: Kind; text: string }[] {
  return data.kinds.flatMap((kind) => {
    const claims = data.claims
      .filter((c) => c.kind === kind.id && c.parties.includes(countryId))
      .sort((a, b) => statusRank(a.status) - statusRank(b.status));
    const phrases = [...new Set(claims.map((c) => evidenceParts(c, data).join(' and ')))];
    return phrases.length > 0 ? [{ kind, text: `${lowerFirst(kind.label)} support, ${phrases.join('; ')}` }] : [];
  });
}

/**
 * "Iran: military support, reported; alleged by the United States and Ukraine and denied by
 * Iran; acknowledged in part by Iran. Economic support, stated by Iran": kinds as sentences,
 * the distinct evidence of each kind separated by semicolons, strongest first. Empty string for
 * an unknown country.
 */
export function countrySupportText(data: Dataset, countryId: string): string {
  const country = data.countries.find((c) => c.id === countryId);
  if (!country) return '';
  const kinds = countrySupport(data, countryId).map((k, i) => (i > 0 ? capitalize(k.text) : k.text));
  return `${country.name}: ${kinds.length > 0 ? kinds.join('. ') : 'no recorded support'}`;
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
