import type { ApolloServerPlugin } from '@apollo/server';
import { domainErrorOf } from '../errors/graphqlErrors';
import { isClientError } from '../errors/maskErrors';
import type { Logger } from '../log/logger';

/** Logs, with the request id, every error the client sees only as "Internal server error". */
export function logInternalErrors<C extends { requestId?: string } | undefined>(
  log: Logger,
): ApolloServerPlugin<NonNullable<C>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(error) || domainErrorOf(error)) continue;
            log.error(
              {
                err: error.originalError ?? error,
                requestId: (contextValue as C)?.requestId,
                path: error.path,
              },
              error.message,
            );
          }
        },
      };
    },
  };
}
