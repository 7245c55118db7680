import { pinoHttp, type HttpLogger, type Options } from 'pino-http';
import { redactRequest } from './redact';

/**
 * The access log of an HTTP server of the platform (the gateway, every subgraph): pino-http with the one
 * redaction rule (`redactRequest`), also on every line a request's `req.log` writes.
 */
export function requestLogger(options: Omit<Options, 'serializers'>): HttpLogger {
  return pinoHttp({ ...options, serializers: { req: redactRequest } });
}
