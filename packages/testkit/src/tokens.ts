import { randomBytes } from 'node:crypto';
import { signToken, type Role } from '@crm/platform';

/**
 * The secret every in-process service and gateway of a test file signs and verifies with: random, so that
 * no secret written in this repository can sign a token anywhere, and long enough for production mode.
 */
export const TEST_JWT_SECRET = randomBytes(32).toString('base64url');

export function testToken(tenantId: string, roles: Role[] = ['admin'], userId = `user-${roles[0]}`): string {
  return signToken(
    { tenantId, roles, userId },
    { JWT_SECRET: TEST_JWT_SECRET, JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' },
  );
}
