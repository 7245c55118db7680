/**
 * One rule for what the request log must not keep (docs/architecture.md §7): credentials in headers, link
 * tokens in a URL's path, and query parameters that carry a secret or a request's data. A link's token is
 * its holder's only credential, so a log line with it would let any reader of the log act as the recipient.
 */

const REDACTED = '[redacted]';

/** Paths whose next segment is a secret link token: marketing's tracking, unsubscribe and opt-in links. */
export const secretLinkPaths: readonly string[] = [
  '/email/o/',
  '/email/c/',
  '/email/u/',
  '/consent/confirm/',
];

/** Request headers that carry credentials. */
const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * Query parameters whose value is secret (`token`, `linkToken`, `secret`, `password`, …) or holds a GraphQL
 * request's data (`variables`: a survey link's token, personal data).
 */
const secretParameter = /token|secret|password|^variables$/i;

/** A GraphQL document's string literals (a literal `surveyByToken(token: "…")`), block strings included. */
const stringLiteral = /"(?:[^"\\]|\\.)*"/g;

function isSecretLinkPath(path: string): boolean {
  const lower = path.toLowerCase(); // Express routes ignore case
  return secretLinkPaths.some((prefix) => lower.startsWith(prefix));
}

function redactPath(path: string): string {
  const lower = path.toLowerCase();
  const prefix = secretLinkPaths.find((candidate) => lower.startsWith(candidate));
  return prefix ? path.slice(0, prefix.length) + REDACTED : path;
}

/** A query parameter's value as the log may keep it. */
function redactParameter(name: string, value: string): string {
  if (secretParameter.test(name)) return REDACTED;
  if (name === 'query') return value.replace(stringLiteral, `"${REDACTED}"`);
  return value;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A request URL (path and query) as the log may keep it. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return redactPath(url);
  const pairs = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = decoded(pair.slice(0, equals));
      const value = decoded(pair.slice(equals + 1));
      const kept = redactParameter(name, value);
      return kept === value
        ? pair
        : `${pair.slice(0, equals)}=${kept === REDACTED ? kept : encodeURIComponent(kept)}`;
    });
  return `${redactPath(url.slice(0, mark))}?${pairs.join('&')}`;
}

/** Parsed query parameters or route parameters (Express's `req.query`, `req.params`) as the log may keep them. */
function redactParameters(parameters: unknown, everything: boolean): unknown {
  if (!parameters || typeof parameters !== 'object') return parameters;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (everything || secretParameter.test(name)) kept[name] = REDACTED;
    else if (typeof value === 'string') kept[name] = redactParameter(name, value);
    else if (Array.isArray(value))
      kept[name] = value.map((item) => (typeof item === 'string' ? redactParameter(name, item) : REDACTED));
    else kept[name] = value === undefined || value === null ? value : REDACTED;
  }
  return kept;
}

interface LoggedRequest {
  url?: string;
  query?: unknown;
  params?: unknown;
  headers?: Record<string, unknown>;
}

/**
 * pino-http's request serializer: the request as the log keeps it, without credentials, link tokens or
 * GraphQL variables. Every HTTP server of the platform logs through it (`requestLogger`).
 */
export function redactRequest<R extends LoggedRequest>(req: R): R {
  const result: R = { ...req };
  if (typeof req.url === 'string') result.url = redactUrl(req.url);
  if ('query' in req) result.query = redactParameters(req.query, false);
  if ('params' in req) result.params = redactParameters(req.params, isSecretLinkPath(req.url ?? ''));
  if (req.headers) {
    const headers = { ...req.headers };
    for (const name of credentialHeaders) if (headers[name] !== undefined) headers[name] = REDACTED;
    result.headers = headers;
  }
  return result;
}
