// Tokens: the operators' role is theirs alone; a tenant's token that claims it is refused.
import { operatorTenantId } from '../src/auth/principal';
import { signToken, verifyToken } from '../src/auth/token';

const config = {
  JWT_SECRET: 'a-test-secret-of-some-length',
  JWT_ISSUER: 'crm-platform',
  JWT_AUDIENCE: 'crm-api',
};
const verified = (tenantId: string, roles: Parameters<typeof signToken>[0]['roles']) =>
  verifyToken(signToken({ tenantId, roles }, config), config);

describe('verifyToken', () => {
  test("accepts a tenant's roles and the operator alone in the operators' tenant", () => {
    expect(verified('acme', ['admin', 'analyst']).roles).toEqual(['admin', 'analyst']);
    expect(verified(operatorTenantId, ['operator'])).toMatchObject({ tenantId: operatorTenantId });
  });

  test.each([
    ['a tenant claiming the operator role', 'acme', ['operator']],
    ['a tenant admin who adds it', 'acme', ['admin', 'operator']],
    ["an operator with a tenant's role", operatorTenantId, ['operator', 'admin']],
    ["the operators' tenant without the operator role", operatorTenantId, ['admin']],
  ] as const)('refuses %s', (_, tenantId, roles) => {
    expect(() => verified(tenantId, [...roles])).toThrow(
      expect.objectContaining({
        code: 'UNAUTHENTICATED',
        message: 'Invalid token: operator is a role of the operators alone',
      }),
    );
  });
});
