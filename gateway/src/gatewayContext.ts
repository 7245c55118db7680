import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { atTheEdge, principalFromHeader, type BaseConfig, type Logger, type Principal } from '@crm/platform';

/** What the gateway knows of a request: who calls (token verified here) and its id for the logs. */
export interface GatewayContext {
  requestId: string;
  /** Null without a token: public operations still work, and the subgraphs refuse protected fields. */
  principal: Principal | null;
  /** The caller's address: the quota key of a caller without a token. */
  clientAddress: string;
}

type JwtConfig = Pick<
  BaseConfig,
  'JWT_SECRET' | 'JWT_PUBLIC_KEY' | 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'JWT_MAX_LIFETIME'
>;

const acceptableRequestId = /^[\w.:-]{1,128}$/;

/** Keeps a caller's `x-request-id` (so a trace spans client, gateway and subgraphs) or makes one. */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && acceptableRequestId.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Verifies the bearer token once at the edge: a bad or expired one is UNAUTHENTICATED (HTTP 401), and the
 * request's log line says why.
 */
export function gatewayContext(config: JwtConfig) {
  return async ({
    req,
  }: {
    req: IncomingMessage & { id?: unknown; log?: Logger };
  }): Promise<GatewayContext> => ({
    requestId: String(req.id),
    principal: atTheEdge(() => principalFromHeader(req.headers.authorization, config, req.log)),
    clientAddress: req.socket.remoteAddress ?? 'unknown',
  });
}
