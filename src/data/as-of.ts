import { dateProblem, earliest, formatDate, latest, parseDate } from './dates.js';
import { listNames } from './describe.js';
import { STATUS_LABELS } from './status.js';
import { relationOf } from './relations.js';
import type { Claim, Dataset } from './types.js';

/**
 * A dataset as it stood on a date (the `as-of` attribute), so that every view, the card, the CSV
 * and the picture export show the relationships of that moment without special cases.
 *
 * The rule: a dated item counts **from the first day its date covers**. A claim dated `2022`
 * counts from 1 January 2022, `2022-10/2023-03` from 1 October 2022. An as-of date covers its
 * whole period: `as-of="2022-03"` is the end of 31 March 2022, `as-of="2022"` the end of 2022.
 * So an item is shown when its first day is on or before the as-of date's last day. The same
 * rule applies to claims, to their `notes` (a later development is not shown before its date)
 * and to recorded votes. Countries, kinds and types stay, so views keep every partner in place.
 * A source stays unless everything that cites it was left out.
 *
 * A date on or after the dataset's own `asOf` gives the dataset itself: it says nothing later.
 */

/** Why `text` is not a valid as-of date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when it is. */
export function asOfProblem(text: string): string | null {
  const problem = dateProblem(text, false);
  return problem && `as-of: ${problem}`;
}

/** Last day an as-of date covers, as a sortable number; null when it is not one. */
function lastDay(text: string): number | null {
  if (dateProblem(text, false) !== null) return null;
  return latest(parseDate(text)!.start);
}

/** True when an item dated `date` counts on or before the sortable day `until`. */
const countsBy = (date: string, until: number): boolean => {
  const parsed = parseDate(date);
  return parsed !== null && earliest(parsed.start) <= until;
};

const memo = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * The dataset as of `asOf` (see the rule above); the dataset itself when `asOf` is null, empty,
 * invalid (check it with `asOfProblem`) or not before the dataset's own date. Memoized per
 * dataset and date, so views that share a dataset share the result.
 */
export function datasetAsOf(data: Dataset, asOf: string | null | undefined): Dataset {
  if (!asOf) return data;
  const until = lastDay(asOf);
  const own = parseDate(data.asOf);
  if (until === null || (own && until >= latest(own.start))) return data;
  let byDate = memo.get(data);
  if (!byDate) memo.set(data, (byDate = new Map<string, Dataset>()));
  let result = byDate.get(asOf);
  if (!result) byDate.set(asOf, (result = restrict(data, asOf, until)));
  return result;
}

function restrict(data: Dataset, asOf: string, until: number): Dataset {
  const cited = new Set<string>();
  const everCited = new Set<string>();
  const cite = (ids: readonly string[] | undefined, shown: boolean): void => {
    for (const id of ids ?? []) {
      everCited.add(id);
      if (shown) cited.add(id);
    }
  };
  const claims: Claim[] = [];
  for (const claim of data.claims) {
    const shown = countsBy(claim.date, until);
    cite(claim.sources, shown);
    const notes = claim.notes?.filter((note) => {
      const noted = shown && countsBy(note.date, until);
      cite(note.sources, noted);
      return noted;
    });
    if (!shown) continue;
    if (!notes || notes.length === claim.notes!.length) claims.push(claim);
    else {
      const earlier: Claim = { ...claim, notes };
      if (!notes.length) delete earlier.notes;
      claims.push(earlier);
    }
  }
  const votes = data.votes?.filter((vote) => {
    const shown = countsBy(vote.date, until);
    cite(vote.sources, shown);
    return shown;
  });
  const result: Dataset = {
    ...data,
    asOf,
    claims,
    sources: data.sources.filter((s) => cited.has(s.id) || !everCited.has(s.id)),
  };
  // The as-of date is the reader's choice, not an estimate.
  delete result.asOfApproximate;
  if (votes) result.votes = votes;
  return result;
}

/** What changed between two states of one dataset: the claims added and removed, in dataset order. */
export interface AsOfChange {
  added: Claim[];
  removed: Claim[];
}

/** The claims of `after` that `before` does not have, and the other way round (by claim id). */
export function asOfChange(before: Dataset, after: Dataset): AsOfChange {
  const ids = (d: Dataset): Set<string> => new Set(d.claims.map((c) => c.id));
  const had = ids(before);
  const has = ids(after);
  return {
    added: after.claims.filter((c) => !had.has(c.id)),
    removed: before.claims.filter((c) => !has.has(c.id)),
  };
}

/** A claim in a few words: "Belarus, military support, reported", "China and Russia, joint diplomatic activity, stated". */
export function claimHeadline(data: Dataset, claim: Claim): string {
  const name = (id: string): string => data.countries.find((c) => c.id === id)?.name ?? id;
  const kind = (data.kinds.find((k) => k.id === claim.kind)?.label ?? claim.kind).toLowerCase();
  const [giver, ...others] = claim.parties;
  const relation = relationOf(claim);
  const who =
    relation !== 'support'
      ? listNames(claim.parties.map(name))
      : others.every((id) => id === data.hub)
        ? name(giver)
        : `${name(giver)} to ${listNames(others.map(name))}`;
  const what = relation === 'support' ? `${kind} support` : relation === 'joint' ? `joint ${kind} activity` : `${kind} context`;
  return `${who}, ${what}, ${STATUS_LABELS[claim.status].toLowerCase()}`;
}

/**
 * What a screen reader hears when the date changes, in the live region of the view where it
 * changed: "March 2022: Belarus, military support, reported." Up to `limit` claims by name, then
 * how many more; going back, the claims no longer shown. Empty when nothing changed.
 */
export function describeAsOfChange(after: Dataset, change: AsOfChange, limit = 3): string {
  const { added, removed } = change;
  if (!added.length && !removed.length) return '';
  // Claims that read the same are said once, with their number: "China, economic support, reported (3 claims)".
  const list = (claims: Claim[]): string => {
    const counts = new Map<string, number>();
    for (const c of claims) {
      const headline = claimHeadline(after, c);
      counts.set(headline, (counts.get(headline) ?? 0) + 1);
    }
    const named = [...counts].slice(0, limit).map(([text, n]) => (n > 1 ? `${text} (${n} claims)` : text));
    const more = [...counts.values()].slice(limit).reduce((sum, n) => sum + n, 0);
    return more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ');
  };
  const parts: string[] = [];
  if (added.length) parts.push(list(added));
  if (removed.length) {
    parts.push(`${removed.length} claim${removed.length === 1 ? '' : 's'} not yet shown (${list(removed)})`);
  }
  return `${formatDate(after.asOf)}: ${parts.join('. ')}.`;
}
