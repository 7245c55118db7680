import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type ErrorCode } from './errors';

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/** The edge: a domain error as the GraphQL error a client reads (`extensions.code` plus its details). */
export function toGraphQLError(error: DomainError): GraphQLError {
  const status = httpStatus[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, ...(status ? { http: { status } } : {}) },
  });
}

/** The domain error behind a resolver's GraphQL error, if that is what it is. */
export function domainErrorOf(error: unknown): DomainError | undefined {
  const original = unwrapResolverError(error);
  return original instanceof DomainError ? original : undefined;
}

/** Apollo's formatted error with a domain error's code and details in place of INTERNAL_SERVER_ERROR. */
export function withDomainError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (!domain) return formatted;
  const { stacktrace } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: domain.message,
    extensions: { code: domain.code, ...domain.details, ...(stacktrace ? { stacktrace } : {}) },
  };
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

/** Runs a request's context creation so that a domain error (a bad token) reaches the client as itself. */
export function atTheEdge<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    throw error instanceof DomainError ? toGraphQLError(error) : error;
  }
}
