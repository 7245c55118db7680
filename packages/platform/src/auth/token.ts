import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { BaseConfig } from '../config/config';
import { unauthenticated } from '../errors/errors';
import { isValidRoleMix, roles, type Principal, type Role } from './principal';

const claimsSchema = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1),
  roles: z.array(z.enum(roles)).min(1),
});

type JwtConfig = Pick<BaseConfig, 'JWT_SECRET' | 'JWT_PUBLIC_KEY' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>;

/** Verifies signature, `iss`, `aud` and `exp`, then the CRM claims; any failure is UNAUTHENTICATED. */
export function verifyToken(token: string, config: JwtConfig): Principal {
  const key = config.JWT_PUBLIC_KEY ?? config.JWT_SECRET;
  if (!key) throw new Error('No JWT key configured');
  let payload: unknown;
  try {
    payload = jwt.verify(token, key, {
      algorithms: config.JWT_PUBLIC_KEY ? ['RS256'] : ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
    });
  } catch (error) {
    throw unauthenticated(`Invalid token: ${(error as Error).message}`);
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw unauthenticated('Invalid token: claims sub, tid and roles are required');
  if (!isValidRoleMix(claims.data.tid, claims.data.roles)) {
    throw unauthenticated('Invalid token: operator is a role of the operators alone');
  }
  return { userId: claims.data.sub, tenantId: claims.data.tid, roles: claims.data.roles, token };
}

/** Reads `Authorization: Bearer <token>`; no header gives null, a malformed one throws. */
export function principalFromHeader(header: string | undefined, config: JwtConfig): Principal | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  return verifyToken(match[1], config);
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
