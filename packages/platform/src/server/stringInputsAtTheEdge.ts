import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badUserInput } from '../errors/errors';
import { toGraphQLError } from '../errors/graphqlErrors';
import { badStringInputs } from '../input/stringInputs';

/**
 * The string rule (input/stringInputs.ts) at the subgraph's edge: an operation with a string argument
 * that breaks it, anywhere (root or nested field, written in or a variable), is refused with
 * BAD_USER_INPUT naming each such argument's path, and HTTP 400, before any resolver runs. So no
 * command, query or filter of any service sees such a string, and nothing is written.
 * After validation (the document is well-formed and its operation known), before execution.
 */
export function stringInputsAtTheEdge<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // Apollo refuses an operation it cannot resolve before this hook
          const fields = badStringInputs(document, operation, request.variables ?? {});
          if (Object.keys(fields).length === 0) return;
          const refusal = toGraphQLError(badUserInput(fields));
          throw new GraphQLError(refusal.message, {
            extensions: { ...refusal.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}
