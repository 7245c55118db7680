/** The top-level fields whose values differ between two states (for events and audit records). */
export function changedFields(before: object | null, after: object): string[] {
  const old = (before ?? {}) as Record<string, unknown>;
  return Object.entries(after as Record<string, unknown>)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key]))
    .map(([key]) => key)
    .filter((key) => !['version', 'updatedAt', 'createdAt'].includes(key));
}
