import { tiesOf } from './relations.js';
import type { Claim, Dataset } from './types.js';

// Apart from matrix.ts so that a bundle drawing only partners × kinds leaves it out.

/** The claims of one ordered pair of countries, `a` and `b`. */
export interface PairClaims {
  /** The support `a` gives `b`, in dataset order. */
  given: Claim[];
  /** The joint activity that ties the two (the same in both orders), in dataset order. */
  joint: Claim[];
}

/**
 * The claims of every ordered pair, by the ties of `tiesOf` (a multilateral event ties no pair),
 * in one pass over the claims: a function of the pair (empty lists for a country and itself).
 */
export function claimsByPair(data: Dataset, kinds?: readonly string[]): (a: string, b: string) => PairClaims {
  const wanted = kinds ? new Set(kinds) : null;
  const given = new Map<string, Claim[]>();
  const joint = new Map<string, Claim[]>();
  const push = (map: Map<string, Claim[]>, key: string, claim: Claim): void => {
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const claim of data.claims) {
    if (wanted && !wanted.has(claim.kind)) continue;
    for (const { source, target, relation } of tiesOf(claim, data.hub)) {
      if (relation === 'support') push(given, `${source}\u0000${target}`, claim);
      else {
        push(joint, `${source}\u0000${target}`, claim);
        push(joint, `${target}\u0000${source}`, claim);
      }
    }
  }
  const none: Claim[] = [];
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    return a === b ? { given: none, joint: none } : { given: given.get(key) ?? none, joint: joint.get(key) ?? none };
  };
}
