import { buildSchema, graphqlSync, type GraphQLObjectType } from 'graphql';
import type { DataSource } from 'typeorm';
import { guardPersonalFields } from '../src/auth/personalFields';
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

describe('RequestContext.seesPersonalData', () => {
  test.each<[Role[]]>([[['admin']], [['sales_rep']], [['support_agent']], [['marketer']], [['readonly']]])(
    'shows contact data to %j',
    (roles) => {
      expect(contextOf(roles).seesPersonalData).toBe(true);
    },
  );

  test('hides it from analysts', () => {
    expect(contextOf(['analyst']).seesPersonalData).toBe(false);
  });

  test('hides it from anonymous callers (public links)', () => {
    expect(contextOf(null).seesPersonalData).toBe(false);
  });
});

describe('guardPersonalFields', () => {
  const schema = () =>
    buildSchema(`
      directive @personal on FIELD_DEFINITION
      type Query { person: Person }
      type Person { id: ID!, email: String @personal, initials: String @personal, city: String }
    `);
  const rootValue = { person: { id: 'p1', email: 'ann@example.com', city: 'Berlin' } };
  const resolvers = { Person: { initials: () => 'AE' } };
  const ask = (seesPersonalData: boolean) => {
    const guarded = schema();
    (guarded.getType('Person') as GraphQLObjectType).getFields().initials!.resolve =
      resolvers.Person.initials;
    expect(guardPersonalFields(guarded)).toEqual(['Person.email', 'Person.initials']);
    return graphqlSync({
      schema: guarded,
      source: '{ person { id email initials city } }',
      rootValue,
      contextValue: { seesPersonalData },
    });
  };

  test('answers null for the marked fields, with or without a resolver of their own, to who may not see them', () => {
    expect(ask(false).data).toEqual({ person: { id: 'p1', email: null, initials: null, city: 'Berlin' } });
    expect(ask(true).data).toEqual({
      person: { id: 'p1', email: 'ann@example.com', initials: 'AE', city: 'Berlin' },
    });
  });

  test('refuses to start with a personal field that cannot be null', () => {
    const strict = buildSchema(`
      directive @personal on FIELD_DEFINITION
      type Query { name: String! @personal }
    `);
    expect(() => guardPersonalFields(strict)).toThrow(
      'Query.name is personal data: it must be nullable (null for who may not see it)',
    );
  });
});
