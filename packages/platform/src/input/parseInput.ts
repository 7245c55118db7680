import type { z } from 'zod';
import { fromZodError } from '../errors/errors';

/** Parses untrusted input; bad input throws BAD_USER_INPUT before anything is written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, root);
  return result.data;
}

/** What a partial update sets: the fields the caller gave (an omitted field stays as it is; null clears). */
export function givenFields<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
