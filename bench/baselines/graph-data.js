// What the network baselines draw, derived from a dataset the same way for each library.
export const COLORS = { diplomatic: '#4e79a7', economic: '#f28e2b', military: '#e15759' };

/** Nodes: the hub and the allies; links: one per pair of countries and kind, as a developer would derive them. */
export function graphOf(data) {
  const nodes = data.countries.filter((c) => c.role !== 'third-party').map((c) => ({ id: c.id, name: c.name }));
  const shown = new Set(nodes.map((n) => n.id));
  const links = new Map();
  for (const claim of data.claims) {
    const parties = [...new Set(claim.parties)].filter((id) => shown.has(id));
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i], parties[j]].sort();
        const key = `${a}~${b}~${claim.kind}`;
        if (!links.has(key)) links.set(key, { source: a, target: b, kind: claim.kind });
      }
    }
  }
  return { nodes, links: [...links.values()] };
}

/** Park–Miller LCG, so that "random" start positions are the same in every run. */
export function lcg(seed) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
