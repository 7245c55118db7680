// Tokens: `exp` is required and bounded, a refused token says only "Invalid token", and the operators' role is
// theirs alone.
import jwt from 'jsonwebtoken';
import { operatorTenantId } from '../src/auth/principal';
import {
  InvalidTokenError,
  principalFromHeader,
  signToken,
  tokenLifetimeProblem,
  verifyToken,
} from '../src/auth/token';

const config = {
  JWT_SECRET: 'a-test-secret-of-some-length',
  JWT_ISSUER: 'crm-platform',
  JWT_AUDIENCE: 'crm-api',
};
const verified = (tenantId: string, roles: Parameters<typeof signToken>[0]['roles']) =>
  verifyToken(signToken({ tenantId, roles }, config), config);
const claims = { sub: 'user-1', tid: 'acme', roles: ['admin'], iss: 'crm-platform', aud: 'crm-api' };
const sign = (payload: object, options: jwt.SignOptions = {}) =>
  jwt.sign(payload, config.JWT_SECRET, { algorithm: 'HS256', ...options });
/** What verifying `token` throws: the message the caller reads and the reason the log keeps. */
const refusal = (token: string, settings: Parameters<typeof verifyToken>[1] = config) => {
  try {
    verifyToken(token, settings);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return { code: error.code, message: error.message, details: error.details, reason: error.reason };
    }
    throw error;
  }
  throw new Error('the token was accepted');
};

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
    expect(refusal(signToken({ tenantId, roles: [...roles] }, config))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Invalid token',
      details: {},
      reason: 'operator is a role of the operators alone',
    });
  });

  test('refuses a token without exp, which would be valid for ever', () => {
    const forever = sign(claims); // {"sub":"user-1","tid":"acme","roles":["admin"],...,"iat":…} and no exp
    expect(jwt.decode(forever)).not.toHaveProperty('exp');
    expect(refusal(forever)).toMatchObject({ message: 'Invalid token', reason: 'no exp claim' });
  });

  test('refuses a token that lives longer than JWT_MAX_LIFETIME (24 hours unless configured)', () => {
    const day = sign(claims, { expiresIn: '24h' });
    const longer = sign(claims, { expiresIn: 24 * 3_600 + 1 });
    expect(verifyToken(day, config).userId).toBe('user-1');
    expect(refusal(longer)).toMatchObject({
      message: 'Invalid token',
      reason: 'lives 86401 s, longer than JWT_MAX_LIFETIME (86400 s)',
    });
    const hourly = { ...config, JWT_MAX_LIFETIME: 3_600 };
    expect(refusal(day, hourly).reason).toBe('lives 86400 s, longer than JWT_MAX_LIFETIME (3600 s)');
    expect(verifyToken(sign(claims, { expiresIn: '1h' }), hourly).userId).toBe('user-1');
  });

  test('measures the lifetime from iat, from now without one or when iat lies ahead', () => {
    const now = 1_800_000_000;
    expect(tokenLifetimeProblem({ iat: now - 23 * 3_600, exp: now + 3_600 }, 86_400, now)).toBeNull();
    // Issued 30 days ago for 30 days and an hour: an hour is left, but it was made to last too long.
    expect(tokenLifetimeProblem({ iat: now - 30 * 86_400, exp: now + 3_600 }, 86_400, now)).toMatch(/^lives/);
    expect(tokenLifetimeProblem({ exp: now + 86_400 }, 86_400, now)).toBeNull();
    expect(tokenLifetimeProblem({ exp: now + 86_401 }, 86_400, now)).toMatch(/^lives 86401 s/);
    expect(tokenLifetimeProblem({ iat: now + 86_400, exp: now + 86_500 }, 86_400, now)).toMatch(/^lives/);
    expect(tokenLifetimeProblem({ iat: now }, 86_400, now)).toBe('no exp claim');
    expect(tokenLifetimeProblem({ iat: now, exp: `${now + 60}` }, 86_400, now)).toBe('no exp claim');
  });

  test.each([
    ['another issuer', sign(claims, { expiresIn: '1h' }), { ...config, JWT_ISSUER: 'expected-issuer' }],
    ['another audience', sign(claims, { expiresIn: '1h' }), { ...config, JWT_AUDIENCE: 'expected-api' }],
    ['another key', sign(claims, { expiresIn: '1h' }), { ...config, JWT_SECRET: 'the-expected-secret-key' }],
    ['an expired token', sign(claims, { expiresIn: -60 }), config],
    ['junk', 'not.a.token', config],
  ])('says only "Invalid token" for %s; the reason is for the log', (_, token, settings) => {
    const refused = refusal(token, settings);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid token', details: {} });
    expect(refused.reason).toMatch(/^(jwt|invalid|jwt malformed)/);
    const shown = JSON.stringify({ message: refused.message, details: refused.details });
    for (const secret of ['expected-issuer', 'expected-api', 'jwt', 'crm-platform', 'crm-api']) {
      expect(shown).not.toContain(secret);
    }
  });
});

describe('principalFromHeader', () => {
  test('logs why a token was refused; the caller reads "Invalid token"', () => {
    const lines: { reason: string; message: string }[] = [];
    const log = { info: (fields: { reason: string }, message: string) => lines.push({ ...fields, message }) };
    const wrongAudience = sign({ ...claims, aud: 'another-api' }, { expiresIn: '1h' });
    expect(() => principalFromHeader(`Bearer ${wrongAudience}`, config, log as never)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED', message: 'Invalid token' }),
    );
    expect(lines).toEqual([{ reason: 'jwt audience invalid. expected: crm-api', message: 'token refused' }]);
  });
});
