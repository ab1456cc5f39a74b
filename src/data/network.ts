import { orderOf, rank } from './lookup.js';
import { statusRank } from './status.js';
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
  const { countries } = data;
  const wanted = options.kinds && new Set(options.kinds);
  const countryOrder = orderOf(countries);
  const kindOrder = orderOf(data.kinds);
  const nodes = countries
    .filter((c) => c.role !== 'third-party' || options.includeThirdParties === true)
    .map(
      (c): NetworkNode => ({ id: c.id, name: c.name, role: c.role, order: countryOrder.get(c.id)!, kinds: [], claimCount: 0, breadth: 0 }),
    );
  // The nodes by position in `data.countries`, where a claim's parties are looked up.
  const nodeAt: NetworkNode[] = [];
  for (const node of nodes) nodeAt[node.order] ??= node;

  // Links found by kind and pair of positions, each with its key in the links' order (pair, then kind).
  const keyed: [number, NetworkLink][] = [];
  const linkAt = new Map<string, Map<number, NetworkLink>>();
  const n = countries.length;
  const unknownKind = data.kinds.length;
  const at: number[] = [];
  for (const claim of data.claims) {
    const { kind, parties, status } = claim;
    if (wanted && !wanted.has(kind)) continue;
    at.length = 0;
    for (const id of parties) {
      const p = countryOrder.get(id)!;
      const node = nodeAt[p];
      // A country listed twice counts once.
      if (!node || at.includes(p)) continue;
      at.push(p);
      node.claimCount++;
      if (!node.kinds.includes(kind)) node.kinds.push(kind);
    }
    at.sort((a, b) => a - b);
    let ofKind = linkAt.get(kind);
    if (!ofKind) linkAt.set(kind, (ofKind = new Map<number, NetworkLink>()));
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const pair = at[i] * n + at[j];
        const link = ofKind.get(pair);
        if (link) {
          link.claims.push(claim);
          link.count++;
          if (statusRank(status) < statusRank(link.status)) link.status = status;
        } else {
          const source = countries[at[i]].id;
          const target = countries[at[j]].id;
          const created = { id: `${source}~${target}~${kind}`, source, target, kind, claims: [claim], count: 1, status };
          ofKind.set(pair, created);
          keyed.push([pair * (unknownKind + 1) + (kindOrder.get(kind) ?? unknownKind), created]);
        }
      }
    }
  }

  for (const node of nodes) {
    node.kinds.sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b));
    node.breadth = node.kinds.length;
  }
  return { nodes, links: keyed.sort((a, b) => a[0] - b[0]).map((k) => k[1]) };
}
