// Marketing's configuration, read as startService reads it: defaults, refusals, and what it derives
// (the public URL from PORT, the link key from JWT_SECRET). No I/O.
import { loadConfig } from '@crm/platform';
import { marketingConfig } from '../src/config';
import { LinkSigner } from '../src/email/signedLinks';

const jwtSecret = 'a-jwt-secret-long-enough-for-production';
const messageId = '6f9619ff-8b86-4d01-b42d-00c04fc964ff';

describe('marketingConfig', () => {
  test('has defaults; links point at this service on its port and are signed with a key from JWT_SECRET', () => {
    const config = loadConfig(marketingConfig, { JWT_SECRET: jwtSecret, PORT: '4321' });
    expect(config).toMatchObject({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'CRM Marketing <marketing@crm.localhost>',
      MARKETING_PUBLIC_URL: 'http://127.0.0.1:4321',
      EMAIL_RATE_PER_SECOND: 10,
      EMAIL_SEND_CONCURRENCY: 4,
      EMAIL_SEND_INTERVAL_MS: 1_000,
      SOCIAL_PUBLISH_INTERVAL_MS: 30_000,
      SOCIAL_MAX_ATTEMPTS: 5,
      SOCIAL_RETRY_BASE_MS: 60_000,
      EMAIL_LINK_RATE_WINDOW_MS: 3_600_000,
      EMAIL_LINK_HITS_PER_LINK: 20,
      EMAIL_LINK_HITS_PER_ADDRESS: 1_000,
      EMAIL_LINK_PROXY_HOPS: 0,
    });
    const unsubscribe = config.links.unsubscribe(messageId);
    expect(unsubscribe.startsWith('http://127.0.0.1:4321/email/u/')).toBe(true);
    const token = unsubscribe.split('/').pop()!;
    expect(new LinkSigner(jwtSecret).verify(token, 'unsubscribe')).toEqual({
      purpose: 'unsubscribe',
      messageId,
    });
    expect(config.linkSigner.verify(token, 'unsubscribe')?.messageId).toBe(messageId);
    // PORT 0 (a free port) names no address: the default port.
    expect(loadConfig(marketingConfig, { JWT_SECRET: jwtSecret, PORT: '0' }).MARKETING_PUBLIC_URL).toBe(
      'http://127.0.0.1:4004',
    );
  });

  test('takes the public URL (without a trailing slash) and the link key as given', () => {
    const config = loadConfig(marketingConfig, {
      JWT_SECRET: jwtSecret,
      MARKETING_PUBLIC_URL: 'https://mail.example/',
      MARKETING_LINK_SECRET: 'a-link-secret-of-its-own-32-bytes-long',
    });
    expect(config.MARKETING_PUBLIC_URL).toBe('https://mail.example');
    const token = config.links.openPixel(messageId).split('/').pop()!;
    expect(new LinkSigner('a-link-secret-of-its-own-32-bytes-long').verify(token, 'open')?.messageId).toBe(
      messageId,
    );
    expect(new LinkSigner(jwtSecret).verify(token, 'open')).toBeNull();
  });

  test('refuses bad values, naming the variables', () => {
    expect(() =>
      loadConfig(marketingConfig, {
        JWT_SECRET: jwtSecret,
        MARKETING_LINK_SECRET: 'short',
        SOCIAL_WEBHOOK_SECRET: 'short',
        EMAIL_SEND_CONCURRENCY: '33',
        MARKETING_PUBLIC_URL: 'not a url',
      }),
    ).toThrow(
      /MARKETING_PUBLIC_URL: .*\n {2}MARKETING_LINK_SECRET: at least 16 characters\n {2}EMAIL_SEND_CONCURRENCY: .*\n {2}SOCIAL_WEBHOOK_SECRET: at least 16 characters/,
    );
  });

  test('refuses a development link key outside development, as it does a development JWT_SECRET', () => {
    const weak = { JWT_SECRET: jwtSecret, MARKETING_LINK_SECRET: 'a-24-byte-link-secret!!!' };
    expect(() => loadConfig(marketingConfig, weak)).toThrow(
      'Invalid configuration:\n  MARKETING_LINK_SECRET: a development secret (24 bytes, shorter than the 32 production needs) outside development',
    );
    expect(() => loadConfig(marketingConfig, { ...weak, NODE_ENV: 'test' })).toThrow(/MARKETING_LINK_SECRET/);
    const development = loadConfig(marketingConfig, { ...weak, NODE_ENV: 'development' });
    expect(development.MARKETING_LINK_SECRET).toBe('a-24-byte-link-secret!!!');
  });

  test('needs MARKETING_LINK_SECRET when tokens are RS256 (no JWT_SECRET)', () => {
    expect(() => loadConfig(marketingConfig, { JWT_PUBLIC_KEY: 'a public key' })).toThrow(
      'Invalid configuration:\n  MARKETING_LINK_SECRET: must be set when JWT_SECRET is not',
    );
    expect(
      loadConfig(marketingConfig, {
        JWT_PUBLIC_KEY: 'a public key',
        MARKETING_LINK_SECRET: 'a-link-secret-of-its-own-32-bytes-long',
      }).MARKETING_PUBLIC_URL,
    ).toBe('http://127.0.0.1:4004');
  });
});
