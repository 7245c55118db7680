import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

/** The error codes of DESIGN §5; clients act on `extensions.code`. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

function crmError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = httpStatus[code];
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) },
  });
}

/** `fields` maps an input path (e.g. `input.email`) to a message a person can read. */
export function badUserInput(fields: Record<string, string>, message = 'Invalid input'): GraphQLError {
  return crmError('BAD_USER_INPUT', message, { fields });
}

export function notFound(entity: string, id: string): GraphQLError {
  return crmError('NOT_FOUND', `${entity} ${id} not found`, { entity, id });
}

export function unauthenticated(message = 'A valid bearer token is required'): GraphQLError {
  return crmError('UNAUTHENTICATED', message);
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return crmError('FORBIDDEN', message);
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return crmError('CONFLICT', message, details);
}

/** Turns zod issues into BAD_USER_INPUT with one message per field path. */
export function fromZodError(error: ZodError, root = 'input'): GraphQLError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    fields[path] ??= issue.message;
  }
  return badUserInput(fields);
}

/**
 * graphql-js rejects a bad variable (e.g. an unknown enum value) as BAD_USER_INPUT but names the field
 * only in its message (`Variable "$input" got invalid value "X" at "input.kind"; ...`): read it from there.
 */
export function fieldsOfVariableError(message: string): Record<string, string> | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = / at "([^"]+)"; (.+)$/s.exec(message);
  return at ? { [at[1]!]: at[2]! } : { [variable]: message };
}

export function errorCode(error: unknown): ErrorCode | undefined {
  return error instanceof GraphQLError ? (error.extensions.code as ErrorCode | undefined) : undefined;
}
