import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost } from './queryCost';

/**
 * Refuses an operation whose estimated cost (queryCost.ts) exceeds `maxCost`, before any subgraph
 * is called. A plugin, not a validation rule: the cost depends on the variables (`first: $n`),
 * which validation does not see, and Apollo caches validation per document.
 * The code is the one Apollo Router uses for the same refusal.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // The estimate reads the variables first: a missing or ill-typed one is the client's to fix.
            const message = (error as Error).message;
            if (/maximum allowed number of nodes/.test(message)) throw tooExpensive(message, { maxCost });
            throw new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw tooExpensive(
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first/last) or fewer nested lists`,
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}

function tooExpensive(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', ...details, http: { status: 400 } },
  });
}
