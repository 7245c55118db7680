const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];

/** pino-http's request serializer: the access log keeps the headers but never a token. */
export function withoutCredentials<R extends { headers?: Record<string, unknown> }>(req: R): R {
  if (!req.headers) return req;
  const headers = { ...req.headers };
  for (const name of credentialHeaders) if (headers[name] !== undefined) headers[name] = '[redacted]';
  return { ...req, headers };
}
