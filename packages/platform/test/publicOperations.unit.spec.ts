// Public operations (permission 'public'): no token needed, and a secret link token as their only key.
import type { DataSource } from 'typeorm';
import { guardResolvers } from '../src/auth/permissions';
import { hashSecretLinkToken, newSecretLinkToken } from '../src/auth/secretLink';
import type { BaseConfig } from '../src/config/config';
import { RequestContext } from '../src/server/context';
import type { Logger } from '../src/log/logger';

const log = {} as Logger;
const agent = { userId: 'u1', tenantId: 't1', roles: ['support_agent' as const], token: 'jwt' };

describe('guardResolvers', () => {
  const resolvers = {
    Query: { surveyByToken: () => 'question', ticket: () => 'ticket' },
  };
  const guarded = guardResolvers(resolvers, {
    'Query.surveyByToken': 'public',
    'Query.ticket': ['support_agent'],
  });
  const call = (field: 'surveyByToken' | 'ticket', principal: typeof agent | null) =>
    (guarded.Query[field] as (...args: unknown[]) => unknown)({}, {}, { principal }, {});

  test('lets an anonymous caller use a public field and nothing else', () => {
    expect(call('surveyByToken', null)).toBe('question');
    expect(() => call('ticket', null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  test('lets a signed-in caller use a public field too', () => {
    expect(call('surveyByToken', agent)).toBe('question');
    expect(call('ticket', agent)).toBe('ticket');
  });
});

describe('secret link tokens', () => {
  test('are random, URL-safe, and stored as their SHA-256 hash only', () => {
    const first = newSecretLinkToken();
    const second = newSecretLinkToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).toBe(hashSecretLinkToken(first.token));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).not.toContain(first.token);
    // The well-known SHA-256 of "abc".
    expect(hashSecretLinkToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('RequestContext.bySecretLinkToken', () => {
  const row = { id: 'r1', tenantId: 'tenant-of-row', tokenHash: hashSecretLinkToken('s3cret') };
  const wheres: unknown[] = [];
  const dataSource = {
    manager: {
      findOne: async (_entity: unknown, options: { where: Record<string, string> }) => {
        wheres.push(options.where);
        return options.where.tokenHash === row.tokenHash ? row : null;
      },
    },
  } as unknown as DataSource;

  test('finds the row by the hash of the token and scopes data access to its tenant, without a token', async () => {
    const context = new RequestContext('req-1', null, log, dataSource, {} as BaseConfig);
    const found = await context.bySecretLinkToken(class Row {}, 'tokenHash', 's3cret');
    expect(found?.row).toBe(row);
    expect(found?.db.tenantId).toBe('tenant-of-row');
    expect(wheres).toEqual([{ tokenHash: row.tokenHash }]);
    expect(await context.bySecretLinkToken(class Row {}, 'tokenHash', 'guess')).toBeNull();
    // Still no tenant-wide access for the anonymous caller.
    expect(() => context.db).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
