import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { DEFAULT_MAX_TOKEN_LIFETIME_S, type BaseConfig } from '../config/config';
import { UnauthenticatedError, unauthenticated } from '../errors/errors';
import type { Logger } from '../log/logger';
import { isValidRoleMix, roles, type Principal, type Role } from './principal';

const claimsSchema = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1),
  roles: z.array(z.enum(roles)).min(1),
});

type JwtConfig = Pick<BaseConfig, 'JWT_SECRET' | 'JWT_PUBLIC_KEY' | 'JWT_ISSUER' | 'JWT_AUDIENCE'> &
  Partial<Pick<BaseConfig, 'JWT_MAX_LIFETIME'>>;

/**
 * A refused token. The caller reads only "Invalid token" (nothing about the expected issuer, audience or
 * key); `reason` is for the server's log.
 */
export class InvalidTokenError extends UnauthenticatedError {
  constructor(readonly reason: string) {
    super('Invalid token');
  }
}

/**
 * Why a token's lifetime is refused, or null: it must have `exp`, and live at most `maxLifetimeS` from
 * `iat` (from now when it has none or names a time to come), so that a stolen token does not work for ever.
 */
export function tokenLifetimeProblem(
  claims: { exp?: unknown; iat?: unknown },
  maxLifetimeS: number,
  nowS = Math.floor(Date.now() / 1000),
): string | null {
  if (typeof claims.exp !== 'number') return 'no exp claim';
  const issuedAt = typeof claims.iat === 'number' ? Math.min(claims.iat, nowS) : nowS;
  const lifetime = claims.exp - issuedAt;
  return lifetime > maxLifetimeS
    ? `lives ${lifetime} s, longer than JWT_MAX_LIFETIME (${maxLifetimeS} s)`
    : null;
}

/**
 * Verifies signature, `iss`, `aud`, `exp` (required) and the lifetime, then the CRM claims; any failure
 * is an InvalidTokenError (UNAUTHENTICATED).
 */
export function verifyToken(token: string, config: JwtConfig): Principal {
  const key = config.JWT_PUBLIC_KEY ?? config.JWT_SECRET;
  if (!key) throw new Error('No JWT key configured');
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: config.JWT_PUBLIC_KEY ? ['RS256'] : ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
    });
  } catch (error) {
    throw new InvalidTokenError((error as Error).message);
  }
  if (typeof payload === 'string') throw new InvalidTokenError('the payload is not a JSON object');
  const lifetime = tokenLifetimeProblem(payload, config.JWT_MAX_LIFETIME ?? DEFAULT_MAX_TOKEN_LIFETIME_S);
  if (lifetime) throw new InvalidTokenError(lifetime);
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError('claims sub, tid and roles are required');
  if (!isValidRoleMix(claims.data.tid, claims.data.roles)) {
    throw new InvalidTokenError('operator is a role of the operators alone');
  }
  return { userId: claims.data.sub, tenantId: claims.data.tid, roles: claims.data.roles, token };
}

/**
 * Reads `Authorization: Bearer <token>`; no header gives null, a malformed one or a refused token throws
 * UNAUTHENTICATED. `log` gets why a token was refused (the caller is not told).
 */
export function principalFromHeader(
  header: string | undefined,
  config: JwtConfig,
  log?: Pick<Logger, 'info'>,
): Principal | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  try {
    return verifyToken(match[1], config);
  } catch (error) {
    if (error instanceof InvalidTokenError) log?.info({ reason: error.reason }, 'token refused');
    throw error;
  }
}

export interface TokenRequest {
  tenantId: string;
  roles: Role[];
  userId?: string;
  expiresIn?: jwt.SignOptions['expiresIn'];
}

/** Mints an HS256 token (dev CLI and tests); production tokens come from the identity provider. */
export function signToken(request: TokenRequest, config: JwtConfig & { JWT_SECRET?: string }): string {
  if (!config.JWT_SECRET) throw new Error('JWT_SECRET is needed to sign tokens');
  return jwt.sign({ tid: request.tenantId, roles: request.roles }, config.JWT_SECRET, {
    algorithm: 'HS256',
    subject: request.userId ?? `user-${request.roles[0]}`,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    expiresIn: request.expiresIn ?? '12h',
  });
}
