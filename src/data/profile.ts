import { dateSortKey } from './dates.js';
import { evidenceText } from './describe.js';
import { byId, distinct, orderOf, rank } from './lookup.js';
import { statusRank, strongestStatus } from './status.js';
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

export interface CountryProfile {
  country: Country;
  role: Role;
  leader?: Leader;
  isHub: boolean;
  /** Kinds it takes part in, in kind order, with the strongest status and claim count. */
  kinds: { kind: Kind; status: Status; count: number }[];
  /** Its claims by kind (kind order); in a group strongest status first, then earliest date. */
  groups: { kind: Kind; claims: ResolvedClaim[] }[];
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

/** Everything the country card shows about one country; null for an unknown id. */
export function countryProfile(data: Dataset, id: string): CountryProfile | null {
  const country = data.countries.find((c) => c.id === id);
  if (!country) return null;
  const resolve = claimResolver(data);
  const countries = byId(data.countries);
  const countryOrder = orderOf(data.countries);

  const mine = data.claims.filter((c) => c.parties.includes(id));
  const kinds: CountryProfile['kinds'] = [];
  const groups: CountryProfile['groups'] = [];
  for (const kind of data.kinds) {
    const claims = mine.filter((c) => c.kind === kind.id);
    const status = strongestStatus(claims.map((c) => c.status));
    if (status === null) continue;
    kinds.push({ kind, status, count: claims.length });
    const sorted = [...claims].sort(
      (a, b) => statusRank(a.status) - statusRank(b.status) || dateSortKey(a.date) - dateSortKey(b.date),
    );
    groups.push({ kind, claims: sorted.map((c) => resolve(c, id)) });
  }

  const votes = (data.votes ?? []).flatMap((record) => {
    const vote = Object.prototype.hasOwnProperty.call(record.votes, id) ? record.votes[id] : undefined;
    return vote === undefined ? [] : [{ record, vote }];
  });
  const partners = distinct(mine.flatMap((c) => c.parties))
    .filter((p) => p !== id)
    .sort((a, b) => rank(countryOrder, a) - rank(countryOrder, b))
    .flatMap((p) => countries.get(p) ?? []);
  const mentions = data.claims
    .filter((c) => !c.parties.includes(id) && (c.claimedBy.includes(id) || c.deniedBy.includes(id)))
    .map((c) => resolve(c, id));

  const profile: CountryProfile = {
    country,
    role: country.role,
    isHub: country.id === data.hub,
    kinds,
    groups,
    votes,
    partners,
    mentions,
  };
  if (country.leader) profile.leader = country.leader;
  return profile;
}
