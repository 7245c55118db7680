import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { unauthenticated } from '../errors/errors';
import { toGraphQLError } from '../errors/graphqlErrors';

const schemaFields = new Set(['__schema', '__type']);

/** Whether a document asks for the schema (`__schema`, `__type`); `__typename` is not introspection. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!schemaFields.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Outside development the schema is shown only to a caller with a valid token (the GraphiQL IDE sends the
 * one it was given): an anonymous introspection is UNAUTHENTICATED (HTTP 401) before anything runs. Used by
 * the gateway and every subgraph (docs/architecture.md §7).
 */
export function introspectionNeedsToken<C extends { principal: unknown }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.principal === null && asksForSchema(document)) {
            throw toGraphQLError(unauthenticated('Introspection needs a valid bearer token'));
          }
        },
      };
    },
  };
}
