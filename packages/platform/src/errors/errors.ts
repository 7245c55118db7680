import type { ZodError } from 'zod';

/** The error codes of docs/architecture.md §5; clients act on `extensions.code`. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

/**
 * A refusal a client can act on, as plain data: rules, commands and consumers throw these and know
 * nothing of GraphQL; the subgraph's edge turns them into GraphQL errors (graphqlErrors.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    /** What the client may read beside the code, e.g. `fields` or `currentVersion`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input; `fields` maps an input path (e.g. `input.email`) to a message a person can read. */
export class InvalidInputError extends DomainError {
  constructor(
    readonly fields: Record<string, string>,
    message = 'Invalid input',
  ) {
    super('BAD_USER_INPUT', message, { fields });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} not found`, { entity, id });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid bearer token is required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

/** A stale version, an illegal state transition or a duplicate. */
export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export function badUserInput(fields: Record<string, string>, message?: string): InvalidInputError {
  return new InvalidInputError(fields, message);
}

export function notFound(entity: string, id: string): NotFoundError {
  return new NotFoundError(entity, id);
}

export function unauthenticated(message?: string): UnauthenticatedError {
  return new UnauthenticatedError(message);
}

export function forbidden(message?: string): ForbiddenError {
  return new ForbiddenError(message);
}

export function conflict(message: string, details: Record<string, unknown> = {}): ConflictError {
  return new ConflictError(message, details);
}

/** Turns zod issues into BAD_USER_INPUT with one message per field path. */
export function fromZodError(error: ZodError, root = 'input'): InvalidInputError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    fields[path] ??= issue.message;
  }
  return badUserInput(fields);
}
