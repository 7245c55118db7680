// Fail-closed defaults: without NODE_ENV a service runs as in production, and production refuses a
// development secret at start.
import { baseConfigSchema, loadConfig } from '../src/config/config';

const strongSecret = 'c8f1d0a94e27b6538f0c1de29a7b4f6e'; // 32 bytes, as from `openssl rand -hex 16`

describe('loadConfig', () => {
  test('NODE_ENV defaults to production', () => {
    expect(loadConfig(baseConfigSchema, { JWT_SECRET: strongSecret }).NODE_ENV).toBe('production');
  });

  test.each([
    [
      'shorter than 32 bytes',
      'only-31-bytes-long-secret-value',
      /31 bytes, shorter than the 32 production needs/,
    ],
    [
      'the test kit’s former fixed secret, published in the repository',
      'test-secret-for-jest-only-0123456789',
      /a secret published in this repository/,
    ],
  ])('refuses to start in production with a development secret: %s', (_, secret, reason) => {
    for (const env of [{ JWT_SECRET: secret }, { JWT_SECRET: secret, NODE_ENV: 'production' }]) {
      expect(() => loadConfig(baseConfigSchema, env)).toThrow(reason);
      expect(() => loadConfig(baseConfigSchema, env)).toThrow(
        /JWT_SECRET: a development secret .* outside development; set a random one \(e\.g\. openssl rand -hex 32\)/,
      );
    }
    // The test mode is production's but for unmasked errors: it refuses the secret too.
    expect(() => loadConfig(baseConfigSchema, { JWT_SECRET: secret, NODE_ENV: 'test' })).toThrow(reason);
  });

  test('development accepts any secret of 16 characters or more, production a strong one', () => {
    const development = { JWT_SECRET: 'dev-secret-16chr', NODE_ENV: 'development' };
    expect(loadConfig(baseConfigSchema, development).JWT_SECRET).toBe('dev-secret-16chr');
    expect(loadConfig(baseConfigSchema, { JWT_SECRET: strongSecret }).JWT_SECRET).toBe(strongSecret);
    // The secret `npm start` generates in .data/jwt-secret (32 random bytes in hex) would do in production too.
    const generated = 'a3'.repeat(32);
    expect(loadConfig(baseConfigSchema, { JWT_SECRET: generated }).JWT_SECRET).toBe(generated);
  });

  test('JWT_MAX_LIFETIME defaults to 24 hours and reads seconds or a unit', () => {
    const read = (value?: string) =>
      loadConfig(baseConfigSchema, { JWT_SECRET: strongSecret, JWT_MAX_LIFETIME: value }).JWT_MAX_LIFETIME;
    expect(read()).toBe(86_400);
    expect(read('3600')).toBe(3_600);
    expect(read('90m')).toBe(5_400);
    expect(read('12h')).toBe(43_200);
    expect(read('7d')).toBe(604_800);
    expect(() => read('forever')).toThrow(/JWT_MAX_LIFETIME: seconds, or a number with s, m, h or d/);
    expect(() => read('0h')).toThrow(/JWT_MAX_LIFETIME: must be longer than 0 seconds/);
  });
});
