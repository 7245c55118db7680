import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes a client can act on (docs/architecture.md §5 plus Apollo's request errors): their message and extensions
 * (e.g. `fields` of BAD_USER_INPUT) reach the client. Anything else is internal.
 */
export const publicErrorCodes: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'COST_LIMIT_EXCEEDED',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
]);

// Internals the gateway or Apollo attach: which subgraph failed, its URL and raw answer, stack traces.
const internalExtensions = ['stacktrace', 'exception', 'serviceName', 'response'];

interface ErrorLike {
  extensions?: Record<string, unknown>;
}

/**
 * Apollo refuses some malformed requests (an APQ hash that does not match its query, an unknown APQ
 * version) with HTTP 400 but no code, which would read as an internal error: they are the client's.
 */
function isCodelessClientError(error: unknown): boolean {
  const extensions = (error as ErrorLike | null)?.extensions;
  const code = extensions?.code;
  const status = (extensions?.http as { status?: unknown } | undefined)?.status;
  return (
    (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500
  );
}

/** Whether the client may see this error as it is (also used to decide what to log as internal). */
export function isClientError(error: ErrorLike): boolean {
  const code = error.extensions?.code;
  return (typeof code === 'string' && publicErrorCodes.has(code)) || isCodelessClientError(error);
}

/**
 * Apollo's `formatError`: in production an error without a public code leaves as "Internal server
 * error" (its details are logged with the request id), and no error carries internals.
 */
export function maskErrors(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = isCodelessClientError(error)
      ? { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } }
      : formatted;
    if (!production) return result;
    if (!isClientError(result)) {
      return {
        message: 'Internal server error',
        ...(result.path ? { path: result.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    const extensions = { ...result.extensions };
    for (const key of internalExtensions) delete extensions[key];
    return { ...result, extensions };
  };
}
