import { byId, distinct, orderOf, rank } from './lookup.js';
import { strongestStatus } from './status.js';
import type { Claim, Dataset, Role, Status } from './types.js';

export interface NetworkNode {
  id: string;
  name: string;
  role: Role;
  /** Index in `data.countries`. */
  order: number;
  /** Kinds of the (filtered) claims it is a party to, in `data.kinds` order. */
  kinds: string[];
  /** Number of (filtered) claims it is a party to. */
  claimCount: number;
  /** Number of distinct kinds (`kinds.length`). */
  breadth: number;
}

export interface NetworkLink {
  /** `${source}~${target}~${kind}`. */
  id: string;
  /** The pair's first country in `data.countries` order. */
  source: string;
  target: string;
  kind: string;
  /** Claims behind the link, in dataset order. */
  claims: Claim[];
  count: number;
  /** Strongest status of its claims. */
  status: Status;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  links: NetworkLink[];
}

export interface NetworkOptions {
  /** Only claims of these kinds (default: all). */
  kinds?: readonly string[];
  /** Show third parties (Ukraine, the United States…) as nodes (default false). */
  includeThirdParties?: boolean;
}

/**
 * Nodes (hub and allies, third parties on request, in dataset order) and links: one per
 * unordered pair of countries and kind, gathering every claim in which both are parties.
 */
export function networkGraph(data: Dataset, options: NetworkOptions = {}): NetworkGraph {
  const wanted = options.kinds ? new Set(options.kinds) : null;
  const claims = data.claims.filter((c) => !wanted || wanted.has(c.kind));
  const countryOrder = orderOf(data.countries);
  const kindOrder = orderOf(data.kinds);
  const shown = data.countries.filter((c) => c.role !== 'third-party' || options.includeThirdParties === true);
  const shownIds = byId(shown);

  const counts = new Map<string, number>();
  const kindsOf = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const id of distinct(claim.parties)) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const set = kindsOf.get(id) ?? new Set<string>();
      set.add(claim.kind);
      kindsOf.set(id, set);
    }
  }
  const nodes = shown.map((country): NetworkNode => {
    const kinds = [...(kindsOf.get(country.id) ?? [])].sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b));
    return {
      id: country.id,
      name: country.name,
      role: country.role,
      order: rank(countryOrder, country.id),
      kinds,
      claimCount: counts.get(country.id) ?? 0,
      breadth: kinds.length,
    };
  });

  const links = new Map<string, { source: string; target: string; kind: string; claims: Claim[] }>();
  for (const claim of claims) {
    const parties = distinct(claim.parties)
      .filter((id) => shownIds.has(id))
      .sort((a, b) => rank(countryOrder, a) - rank(countryOrder, b));
    parties.forEach((source, i) => {
      for (const target of parties.slice(i + 1)) {
        const id = `${source}~${target}~${claim.kind}`;
        const link = links.get(id) ?? { source, target, kind: claim.kind, claims: [] };
        link.claims.push(claim);
        links.set(id, link);
      }
    });
  }

  const sorted = [...links.entries()]
    .map(([id, l]): NetworkLink => ({
      id,
      ...l,
      count: l.claims.length,
      status: strongestStatus(l.claims.map((c) => c.status)) ?? 'characterized',
    }))
    .sort(
      (a, b) =>
        rank(countryOrder, a.source) - rank(countryOrder, b.source) ||
        rank(countryOrder, a.target) - rank(countryOrder, b.target) ||
        rank(kindOrder, a.kind) - rank(kindOrder, b.kind),
    );
  return { nodes, links: sorted };
}
