/**
 * The event to apply per aggregate of a batch: the highest rank (the aggregate's version), the later
 * one on a tie. Earlier states of the batch would be overwritten anyway; a replayed older event loses.
 */
export function latestPerKey<E>(events: E[], keyOf: (event: E) => string, rankOf: (event: E) => number): E[] {
  const latest = new Map<string, E>();
  for (const event of events) {
    const key = keyOf(event);
    const kept = latest.get(key);
    if (!kept || rankOf(event) >= rankOf(kept)) latest.set(key, event);
  }
  return [...latest.values()];
}
