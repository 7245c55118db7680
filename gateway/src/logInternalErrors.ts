import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@crm/platform';
import type { GatewayContext } from './gatewayContext';
import { isClientError } from './maskErrors';

/** Logs, with the request id, every error the client sees only as "Internal server error". */
export function logInternalErrors(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            log.error(
              { err: error.originalError ?? error, requestId: contextValue?.requestId, path: error.path },
              error.message,
            );
          }
        },
      };
    },
  };
}
