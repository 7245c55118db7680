import type { z } from 'zod';

/** A value as an event or audit record carries it: dates as ISO 8601 text, copies of arrays and objects. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value ?? null;
}

/**
 * An aggregate's image in the shape of its catalogue schema: every field the schema names, taken from
 * `computed` where given (formatted numbers, parts such as order lines) and from the row otherwise. The
 * schema is the one list of what an event carries, so a new column reaches the events by being named there.
 */
export function imageOf<S extends z.ZodObject>(
  schema: S,
  row: object,
  computed: Partial<z.input<S>> = {},
): z.input<S> {
  const source = row as Record<string, unknown>;
  const given = computed as Record<string, unknown>;
  const image: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    image[key] = plain(key in given ? given[key] : source[key]);
  }
  return image as z.input<S>;
}
