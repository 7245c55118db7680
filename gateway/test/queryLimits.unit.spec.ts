import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule } from '../src/depthLimitRule';
import { DEFAULT_PAGE_SIZE, queryCost } from '../src/queryCost';

const schema = buildSchema(`
  type Query { customers(first: Int, last: Int): CustomerConnection!, customer(id: ID!): Customer }
  type CustomerConnection { edges: [CustomerEdge!]!, totalCount: Int! }
  type CustomerEdge { node: Customer! }
  type Customer { id: ID!, name: String!, tags: [String!]!, owner: User, colleagues: [Customer!]! }
  type User { id: ID!, manager: User }
`);

const depthErrors = (query: string, maxDepth: number) =>
  validate(schema, parse(query), [...specifiedRules, depthLimitRule(maxDepth)]).map((error) => error.message);

describe('depthLimitRule', () => {
  test('counts nested fields, root fields at depth 1', () => {
    const query = '{ customer(id: "1") { owner { manager { id } } } }'; // customer, owner, manager, id
    expect(depthErrors(query, 4)).toEqual([]);
    expect(depthErrors(query, 3)).toEqual(['The operation nests fields 4 levels deep; the limit is 3']);
  });

  test('follows fragments and inline fragments where they are spread', () => {
    const query = `query Deep { customer(id: "1") { ...Owner } }
      fragment Owner on Customer { owner { ... on User { manager { ...Manager } } } }
      fragment Manager on User { manager { id } }`;
    expect(depthErrors(query, 5)).toEqual([]);
    expect(depthErrors(query, 4)).toEqual(['Operation Deep nests fields 5 levels deep; the limit is 4']);
  });

  test('does not count introspection, which nests type references by nature', () => {
    const query = '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }';
    expect(depthErrors(query, 2)).toEqual([]);
  });

  test('survives fragment cycles (graphql reports them itself)', () => {
    const query = `{ customer(id: "1") { ...A } } fragment A on Customer { colleagues { ...A } }`;
    expect(depthErrors(query, 10)).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});

describe('queryCost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    queryCost(schema, parse(query), variables);

  test('objects cost 1, scalars and enums nothing', () => {
    expect(cost('{ customer(id: "1") { id name tags } }')).toBe(1);
    expect(cost('{ customer(id: "1") { owner { manager { id } } } }')).toBe(3);
  });

  test('a paged field multiplies what is under it by first/last, from literals or variables', () => {
    // customers: 1 + n × (edges 1 + node 1)
    expect(cost('{ customers(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(cost('query ($n: Int) { customers(last: $n) { edges { node { id } } } }', { n: 50 })).toBe(
      1 + 50 * 2,
    );
    expect(cost('{ customers { totalCount edges { node { id } } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 2);
  });

  test('nested pages multiply', () => {
    const query = '{ customers(first: 10) { edges { node { colleagues { id } } } } }';
    expect(cost(query)).toBe(1 + 10 * 3);
  });
});
