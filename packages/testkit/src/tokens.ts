import { signToken, type Role } from '@crm/platform';

/** The secret every in-process service and gateway of a test run signs and verifies with. */
export const TEST_JWT_SECRET = 'test-secret-for-jest-only-0123456789';

export function testToken(tenantId: string, roles: Role[] = ['admin'], userId = `user-${roles[0]}`): string {
  return signToken(
    { tenantId, roles, userId },
    { JWT_SECRET: TEST_JWT_SECRET, JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' },
  );
}
