import type { Claim, Relation } from './types.js';

/**
 * Who gives what to whom (`docs/evidence.md`). A claim without `relation` is support from its
 * first party, as every version-1 file reads.
 */

/** Relations in the order the views list them. */
export const RELATIONS: readonly Relation[] = Object.freeze(['support', 'joint', 'context'] as const);

export const isRelation = (x: unknown): x is Relation => typeof x === 'string' && (RELATIONS as readonly string[]).includes(x);

export const relationOf = (claim: Claim): Relation => claim.relation ?? 'support';

/** How a claim stands for one of its parties. */
export type Side = 'gives' | 'receives' | 'joint' | 'context';

/** Sides in the order the card lists them. */
export const SIDES: readonly Side[] = Object.freeze(['gives', 'receives', 'joint', 'context'] as const);

/** What the claim is for `country`: it gives, receives, takes part or is the subject; null when not a party. */
export function sideOf(claim: Claim, country: string): Side | null {
  const at = claim.parties.indexOf(country);
  if (at < 0) return null;
  const relation = relationOf(claim);
  if (relation === 'support') return at === 0 ? 'gives' : 'receives';
  return relation;
}

/** True when `claim` is support from `giver` to `receiver`. */
export function supports(claim: Claim, giver: string, receiver: string): boolean {
  return relationOf(claim) === 'support' && claim.parties[0] === giver && claim.parties.indexOf(receiver) > 0;
}

/** True when `claim` is joint activity in which both `a` and `b` take part. */
export function jointWith(claim: Claim, a: string, b: string): boolean {
  return relationOf(claim) === 'joint' && a !== b && claim.parties.includes(a) && claim.parties.includes(b);
}

/** A tie a claim draws between two countries. Support goes `source` → `target`. */
export interface Tie {
  source: string;
  target: string;
  relation: 'support' | 'joint';
}

/**
 * The ties one claim draws, never a clique: support from its first party to each of the others;
 * joint activity that includes the hub ties each participant to the hub, between two countries
 * without the hub ties those two, and with three or more and no hub draws no tie (it is one event,
 * see `isEvent`). Context draws nothing. A party listed twice counts once.
 */
export function tiesOf(claim: Claim, hub: string): Tie[] {
  const relation = relationOf(claim);
  const parties = claim.parties;
  if (relation === 'support') {
    const [giver] = parties;
    const ties: Tie[] = [];
    for (let i = 1; i < parties.length; i++) {
      const target = parties[i];
      if (target !== giver && parties.indexOf(target) === i) ties.push({ source: giver, target, relation });
    }
    return ties;
  }
  if (relation !== 'joint') return [];
  const distinct = [...new Set(parties)];
  if (distinct.includes(hub)) {
    return distinct.filter((id) => id !== hub).map((id) => ({ source: id, target: hub, relation }));
  }
  return distinct.length === 2 ? [{ source: distinct[0], target: distinct[1], relation }] : [];
}

/** True for joint activity of three or more countries without the hub: drawn as one event mark. */
export function isEvent(claim: Claim, hub: string): boolean {
  return relationOf(claim) === 'joint' && !claim.parties.includes(hub) && new Set(claim.parties).size >= 3;
}
