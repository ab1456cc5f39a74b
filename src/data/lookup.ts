/** Small lookups shared by the derivations. */

/** Map from id to item; the first item wins when ids repeat. */
export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
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
