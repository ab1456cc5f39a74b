/** Small lookups shared by the derivations. */

const byIdCache = new WeakMap<readonly object[], { length: number; map: Map<string, unknown> }>();

/**
 * Map from id to item; the first item wins when ids repeat. Kept per list (datasets are not
 * edited in place once shown; a list that grew is mapped again), since describing every claim of
 * a large dataset asks for the same lists thousands of times.
 */
export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  if (!items) return new Map();
  const cached = byIdCache.get(items);
  if (cached?.length === items.length) return cached.map as Map<string, T>;
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  byIdCache.set(items, { length: items.length, map });
  return map;
}

/** Map from id to position in the list. */
export function orderOf(items: readonly { id: string }[] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, i);
  });
  return map;
}

/** Position of `id` in `order`, unknown ids last. */
export function rank(order: Map<string, number>, id: string): number {
  return order.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** The distinct values of a list, in first-seen order. */
export function distinct<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
