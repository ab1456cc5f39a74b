import { evidenceOf, type Evidence } from './evidence.js';
import { orderOf, rank } from './lookup.js';
import { isEvent, supports, tiesOf } from './relations.js';
import type { Claim, Dataset, Role, Status } from './types.js';

export interface NetworkNode {
  id: string;
  name: string;
  role: Role;
  /** Index in `data.countries`. */
  order: number;
  /**
   * Kinds of support it gives the hub (for the hub: the kinds it receives), in `data.kinds`
   * order: the node's size. Joint activity, support it receives and denied claims do not count.
   */
  kinds: string[];
  /** Number of (filtered) claims it is a party to, of any relation. */
  claimCount: number;
  /** Number of kinds of support (`kinds.length`). */
  breadth: number;
}

export interface NetworkLink {
  /** `${source}~${target}~${kind}~${relation}`. */
  id: string;
  /** Support: the country that gives. Joint: the partner, or the pair's first country in dataset order. */
  source: string;
  /** Support: the country that receives. Joint: the hub, or the pair's second country. */
  target: string;
  kind: string;
  /** `support` goes from `source` to `target`; `joint` is activity both take part in. */
  relation: 'support' | 'joint';
  /** Neither end is the hub: a tie between two partners, which the view shows on request. */
  between: boolean;
  /** Claims behind the link, in dataset order. */
  claims: Claim[];
  count: number;
  /** The link's status by the one rule (`evidenceOf`). */
  status: Status;
  /** Some claim behind the link is denied. */
  contested: boolean;
  evidence: Evidence;
}

/** Joint activity of three or more countries without the hub: one event, never pairwise ties. */
export interface NetworkEvent {
  /** The claim's id. */
  id: string;
  claim: Claim;
  kind: string;
  /** Its participants among the graph's nodes, in dataset order. */
  parties: string[];
  status: Status;
  contested: boolean;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  links: NetworkLink[];
  events: NetworkEvent[];
}

export interface NetworkOptions {
  /** Only claims of these kinds (default: all). */
  kinds?: readonly string[];
  /** Show third parties (Ukraine, the United States…) as nodes (default false). */
  includeThirdParties?: boolean;
}

const RELATION_ORDER = { support: 0, joint: 1 } as const;

/**
 * Nodes (hub and allies, third parties on request, in dataset order), links (one per ordered
 * pair, kind and relation, from the ties each claim draws: never a clique) and events (joint
 * activity of three or more countries without the hub). Links come in pair order (the pair's
 * positions in `data.countries`), then kind order, support before joint.
 */
export function networkGraph(data: Dataset, options: NetworkOptions = {}): NetworkGraph {
  const { countries, hub } = data;
  const wanted = options.kinds && new Set(options.kinds);
  const countryOrder = orderOf(countries);
  const kindOrder = orderOf(data.kinds);
  const nodes = countries
    .filter((c) => c.role !== 'third-party' || options.includeThirdParties === true)
    .map(
      (c): NetworkNode => ({ id: c.id, name: c.name, role: c.role, order: countryOrder.get(c.id)!, kinds: [], claimCount: 0, breadth: 0 }),
    );
  const nodeById = new Map<string, NetworkNode>();
  for (const node of nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  const hubNode = nodeById.get(hub);

  const links = new Map<string, { key: number[]; link: Omit<NetworkLink, 'status' | 'contested' | 'evidence'> }>();
  const events: NetworkEvent[] = [];
  for (const claim of data.claims) {
    const { kind, parties } = claim;
    if (wanted && !wanted.has(kind)) continue;
    const counted = new Set<string>();
    for (const id of parties) {
      const node = nodeById.get(id);
      if (node && !counted.has(id)) {
        counted.add(id);
        node.claimCount++;
      }
    }
    // A node's size: kinds of support it gives the hub (the hub: kinds it receives); a denial is no support.
    const giver = nodeById.get(parties[0]);
    if (giver && giver !== hubNode && claim.status !== 'denied' && supports(claim, giver.id, hub)) {
      if (!giver.kinds.includes(kind)) giver.kinds.push(kind);
      if (hubNode && !hubNode.kinds.includes(kind)) hubNode.kinds.push(kind);
    }
    if (isEvent(claim, hub)) {
      const shown = [...counted].sort((a, b) => rank(countryOrder, a) - rank(countryOrder, b));
      if (shown.length >= 2) {
        const { status, contested } = evidenceOf([claim]);
        events.push({ id: claim.id, claim, kind, parties: shown, status: status!, contested });
      }
      continue;
    }
    for (const { source, target, relation } of tiesOf(claim, hub)) {
      if (!nodeById.has(source) || !nodeById.has(target)) continue;
      const id = `${source}~${target}~${kind}~${relation}`;
      const entry = links.get(id);
      if (entry) {
        entry.link.claims.push(claim);
        continue;
      }
      const a = rank(countryOrder, source);
      const b = rank(countryOrder, target);
      links.set(id, {
        key: [Math.min(a, b), Math.max(a, b), rank(kindOrder, kind), RELATION_ORDER[relation], a],
        link: { id, source, target, kind, relation, between: source !== hub && target !== hub, claims: [claim], count: 0 },
      });
    }
  }

  for (const node of nodes) {
    node.kinds.sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b));
    node.breadth = node.kinds.length;
  }
  const sorted = [...links.values()].sort((x, y) => {
    for (let i = 0; i < x.key.length; i++) if (x.key[i] !== y.key[i]) return x.key[i] - y.key[i];
    return 0;
  });
  return {
    nodes,
    links: sorted.map(({ link }) => {
      const evidence = evidenceOf(link.claims);
      return { ...link, count: link.claims.length, status: evidence.status!, contested: evidence.contested, evidence };
    }),
    events,
  };
}
