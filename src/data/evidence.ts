import { STATUSES } from './status.js';
import type { Claim, Status } from './types.js';

/**
 * What a set of claims behind one mark says, by the one rule of `docs/evidence.md`: the status is
 * the strongest among the claims that are not denied (a denial is a party's answer, not evidence
 * of a different fact), `denied` only when every claim is; a mark with any denial is contested.
 */
export interface Evidence {
  /** The mark's status; null when it has no claims. */
  status: Status | null;
  /** Some claim is denied: its status is `denied` or it names parties in `deniedBy`. */
  contested: boolean;
  /** Number of claims. */
  count: number;
  /** Every party that claims one of them, in first-seen order. */
  claimedBy: string[];
  /** Every party that denies one of them, in first-seen order. */
  deniedBy: string[];
}

/** A mark with no claims. */
export const NO_EVIDENCE: Readonly<Evidence> = Object.freeze({
  status: null,
  contested: false,
  count: 0,
  claimedBy: Object.freeze([]) as unknown as string[],
  deniedBy: Object.freeze([]) as unknown as string[],
});

const add = (list: string[], ids: readonly string[]): void => {
  for (const id of ids) if (!list.includes(id)) list.push(id);
};

/**
 * Statuses in the order marks rank them, strongest first: the claims' order (`STATUSES`) with
 * `denied` last, since a mark is `denied` only when nothing else is claimed.
 */
export const MARK_ORDER: readonly Status[] = Object.freeze([...STATUSES.filter((s) => s !== 'denied'), 'denied']);

/** Rank of a status in `MARK_ORDER`, 0 for the strongest. */
export function markRank(status: Status): number {
  return MARK_ORDER.indexOf(status);
}

/** The evidence of the claims behind one mark. */
export function evidenceOf(claims: readonly Claim[]): Evidence {
  if (claims.length === 0) return NO_EVIDENCE;
  let best: Status | null = null;
  let contested = false;
  const claimedBy: string[] = [];
  const deniedBy: string[] = [];
  for (const claim of claims) {
    const { status } = claim;
    if (status === 'denied' || claim.deniedBy.length > 0) contested = true;
    if (status !== 'denied' && (best === null || markRank(status) < markRank(best))) best = status;
    add(claimedBy, claim.claimedBy);
    add(deniedBy, claim.deniedBy);
  }
  return { status: best ?? 'denied', contested, count: claims.length, claimedBy, deniedBy };
}

