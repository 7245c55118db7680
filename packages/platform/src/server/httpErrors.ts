import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../log/logger';

/**
 * The last handler of every HTTP server of the platform, for errors outside GraphQL (a malformed or too large
 * body, a route that throws): a GraphQL-shaped answer with the status's standard text only. Express's own
 * handler would print the error with the request body on stderr, and, unless its env is production, answer
 * with the stack trace. The log gets the error without the body (it may hold tokens or personal data); only
 * development shows the stack to the caller.
 */
export function httpErrorHandler(development: boolean): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error); // Express closes the connection
      return;
    }
    const { status: given, type, stack } = error as { status?: unknown; type?: unknown; stack?: unknown };
    const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
    const log = (req as { log?: Logger }).log;
    // A parse error's message quotes the body: the log keeps its kind (e.g. entity.parse.failed) only.
    if (status >= 500) log?.error({ err: error, status }, 'request failed');
    else log?.info({ status, type: typeof type === 'string' ? type : undefined }, 'request refused');
    res.status(status).json({
      errors: [
        {
          message: STATUS_CODES[status] ?? 'Error',
          extensions: {
            code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
            ...(development && typeof stack === 'string' ? { stacktrace: stack.split('\n') } : {}),
          },
        },
      ],
    });
  };
}
