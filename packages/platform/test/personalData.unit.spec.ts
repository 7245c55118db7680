import type { DataSource } from 'typeorm';
import type { Role } from '../src/auth/principal';
import type { Logger } from '../src/log/logger';
import type { BaseConfig } from '../src/config/config';
import { RequestContext } from '../src/server/context';

const contextOf = (roles: Role[] | null) =>
  new RequestContext(
    'req-1',
    roles && { userId: 'u1', tenantId: 't1', roles, token: 'jwt' },
    {} as Logger,
    {} as DataSource,
    {} as BaseConfig,
  );

describe('RequestContext.personal', () => {
  test.each<[Role[]]>([[['admin']], [['sales_rep']], [['support_agent']], [['marketer']], [['readonly']]])(
    'shows contact data to %j',
    (roles) => {
      expect(contextOf(roles).personal('ann@example.com')).toBe('ann@example.com');
      expect(contextOf(roles).seesPersonalData).toBe(true);
    },
  );

  test('hides it from analysts', () => {
    expect(contextOf(['analyst']).personal('ann@example.com')).toBeNull();
    expect(contextOf(['analyst']).seesPersonalData).toBe(false);
  });

  test('hides it from anonymous callers (public links)', () => {
    expect(contextOf(null).personal('+49 30 1234')).toBeNull();
  });
});
