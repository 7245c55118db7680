import type { z } from 'zod';
import { fromZodError } from '../errors/errors';

/** Parses untrusted input; bad input throws BAD_USER_INPUT before anything is written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, root);
  return result.data;
}
