import { dateSortKey } from './dates.js';
import { evidenceText } from './describe.js';
import { evidenceOf, markRank, type Evidence } from './evidence.js';
import { byId, distinct, orderOf, rank } from './lookup.js';
import { SIDES, sideOf, supports, type Side } from './relations.js';
import type { Claim, Country, Dataset, Kind, Leader, Role, Source, Status, Vote, VoteRecord } from './types.js';

/** A claim with its ids resolved, seen from one country. */
export interface ResolvedClaim {
  claim: Claim;
  /** The first party. */
  giver: Country;
  /** The other parties. */
  receivers: Country[];
  /** Parties other than the country the claim is seen from. */
  others: Country[];
  sources: Source[];
  claimedBy: Country[];
  deniedBy: Country[];
  /** "Alleged by the United States and Ukraine · denied by Iran". */
  evidence: string;
}

/** A kind of support a partner gives the hub, as its badge says it. */
export interface ProfileKind {
  kind: Kind;
  /** By the one rule (`evidenceOf`). */
  status: Status;
  count: number;
  evidence: Evidence;
}

/** The claims of one side (gives, receives, joint, context), by kind. */
export interface ProfileSection {
  side: Side;
  /** Kinds in kind order; in a group the strongest status first, then the earliest date. */
  groups: { kind: Kind; claims: ResolvedClaim[] }[];
}

export interface CountryProfile {
  country: Country;
  role: Role;
  leader?: Leader;
  isHub: boolean;
  /**
   * The badges: each kind of support the country gives the hub, with its evidence. Nothing for
   * the hub; joint activity and support received never count.
   */
  kinds: ProfileKind[];
  /** Its claims by side, in `SIDES` order (sides without claims left out). */
  sections: ProfileSection[];
  /** Recorded votes of this country, in dataset order. */
  votes: { record: VoteRecord; vote: Vote }[];
  /** Countries it shares claims with, in dataset order. */
  partners: Country[];
  /** Claims it makes or denies without being a party (a third party's allegations), in dataset order. */
  mentions: ResolvedClaim[];
}

/** Returns a function resolving claims of `data`, as seen from country `viewpoint` (if any). */
export function claimResolver(data: Dataset): (claim: Claim, viewpoint?: string) => ResolvedClaim {
  const countries = byId(data.countries);
  const sources = byId(data.sources);
  const country = (id: string): Country => countries.get(id) ?? { id, name: id, role: 'third-party' };
  return (claim, viewpoint) => {
    const [giver = '', ...receivers] = claim.parties;
    return {
      claim,
      giver: country(giver),
      receivers: receivers.map(country),
      others: claim.parties.filter((id) => id !== viewpoint).map(country),
      sources: claim.sources.flatMap((id) => sources.get(id) ?? []),
      claimedBy: claim.claimedBy.map(country),
      deniedBy: claim.deniedBy.map(country),
      evidence: evidenceText(claim, data),
    };
  };
}

/** Strongest evidence first (a denial last), then the earliest date. */
const byEvidence = (a: Claim, b: Claim): number =>
  markRank(a.status) - markRank(b.status) || dateSortKey(a.date) - dateSortKey(b.date);

/** Everything the country card shows about one country; null for an unknown id. */
export function countryProfile(data: Dataset, id: string): CountryProfile | null {
  const country = data.countries.find((c) => c.id === id);
  if (!country) return null;
  const resolve = claimResolver(data);
  const countries = byId(data.countries);
  const countryOrder = orderOf(data.countries);
  const isHub = country.id === data.hub;

  const mine = data.claims.filter((c) => c.parties.includes(id));
  const kinds: ProfileKind[] = [];
  if (!isHub) {
    for (const kind of data.kinds) {
      const given = mine.filter((c) => c.kind === kind.id && supports(c, id, data.hub));
      const evidence = evidenceOf(given);
      if (evidence.status !== null) kinds.push({ kind, status: evidence.status, count: given.length, evidence });
    }
  }
  const sections: ProfileSection[] = [];
  for (const side of SIDES) {
    const claims = mine.filter((c) => sideOf(c, id) === side);
    const groups = data.kinds.flatMap((kind) => {
      const ofKind = claims.filter((c) => c.kind === kind.id).sort(byEvidence);
      return ofKind.length ? [{ kind, claims: ofKind.map((c) => resolve(c, id)) }] : [];
    });
    if (groups.length) sections.push({ side, groups });
  }

  const votes = (data.votes ?? []).flatMap((record) => {
    const vote = Object.hasOwn(record.votes, id) ? record.votes[id] : undefined;
    return vote === undefined ? [] : [{ record, vote }];
  });
  const partners = distinct(mine.flatMap((c) => c.parties))
    .filter((p) => p !== id)
    .sort((a, b) => rank(countryOrder, a) - rank(countryOrder, b))
    .flatMap((p) => countries.get(p) ?? []);
  const mentions = data.claims
    .filter((c) => !c.parties.includes(id) && (c.claimedBy.includes(id) || c.deniedBy.includes(id)))
    .map((c) => resolve(c, id));

  const profile: CountryProfile = { country, role: country.role, isHub, kinds, sections, votes, partners, mentions };
  if (country.leader) profile.leader = country.leader;
  return profile;
}
