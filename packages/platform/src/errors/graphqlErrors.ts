import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
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

/**
 * The subgraph's edge as an Apollo plugin: a resolver's domain error gets its code, details and HTTP
 * status (401 for UNAUTHENTICATED) on the GraphQL error graphql-js wrapped it in. It runs before Apollo
 * formats the errors and picks the response status from them, so masking and logging see a client error.
 */
export function domainErrorsAtTheEdge<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const domain = domainErrorOf(error);
            if (domain) Object.assign(error.extensions, toGraphQLError(domain).extensions);
          }
        },
      };
    },
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
