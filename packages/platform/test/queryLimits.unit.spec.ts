// The request limits the gateway and every subgraph enforce: the shape of an operation and its estimated cost.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { costTableOf, DEFAULT_LIST_SIZE, DEFAULT_PAGE_SIZE, queryEstimate } from '../src/limits/queryCost';
import { operationShape } from '../src/limits/queryLimits';

const typeDefs = `
  type Query {
    customers(first: Int, last: Int): CustomerConnection!
    customer(id: ID!): Customer
    report: Report! @cost(weight: 50)
    _entities(representations: [String!]!): [Customer]!
  }
  type CustomerConnection { edges: [CustomerEdge!]!, totalCount: Int! }
  type CustomerEdge { node: Customer! }
  type Customer {
    id: ID!, name: String!, tags: [String!]!, owner: User
    colleagues: [Customer!]!
    lines: [Line!]! @listSize(assumedSize: 200)
    topContacts(limit: Int): [Customer!]! @listSize(slicingArguments: ["limit"])
  }
  type Line { id: ID! }
  type Report { total: Int! }
  type User { id: ID!, manager: User }
`;
// The directives are declared for graphql-js; in a subgraph, @link imports them.
const schema = buildSchema(`
  directive @cost(weight: Int!) on FIELD_DEFINITION
  directive @listSize(assumedSize: Int, slicingArguments: [String!]) on FIELD_DEFINITION
  ${typeDefs}`);
const table = costTableOf(parse(typeDefs));

const shape = (query: string) => {
  const document = parse(query);
  return operationShape(document, document.definitions[0] as OperationDefinitionNode);
};

describe('operationShape', () => {
  test('counts nested fields, root fields at depth 1, and aliases', () => {
    expect(shape('{ customer(id: "1") { owner { manager { id } } } }')).toEqual({
      depth: 4,
      aliases: 0,
      rootFields: 1,
    });
    expect(shape('{ a: report { total } b: report { total } customer(id: "1") { n: name } }')).toEqual({
      depth: 2,
      aliases: 3,
      rootFields: 3,
    });
  });

  test('follows fragments where they are spread, counting their aliases at each spread', () => {
    const query = `query Deep { customer(id: "1") { ...Owner x: owner { ...Manager } } }
      fragment Owner on Customer { owner { ... on User { manager { ...Manager } } } }
      fragment Manager on User { boss: manager { id } }`;
    expect(shape(query)).toEqual({ depth: 5, aliases: 3, rootFields: 1 });
  });

  test('does not count introspection, which nests type references by nature', () => {
    expect(shape('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual({
      depth: 0,
      aliases: 0,
      rootFields: 0,
    });
  });

  test('stays fast when one fragment is spread many times in many layers (walks each once)', () => {
    const layers = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on User { manager { ...F${i + 1} ...F${i + 1} } }`,
    );
    const query = `{ customer(id: "1") { owner { ...F0 } } } ${layers.join(' ')} fragment F30 on User { id }`;
    expect(shape(query).depth).toBe(33);
  });
});

describe('queryCost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    queryEstimate(schema, table, parse(query), variables).cost;

  test('objects cost 1, scalars and enums nothing', () => {
    expect(cost('{ customer(id: "1") { id name tags } }')).toBe(1);
    expect(cost('{ customer(id: "1") { owner { manager { id } } } }')).toBe(3);
  });

  test('a paged field multiplies what is under it by first/last, from literals or variables', () => {
    // customers: 1 + n × (edges 1 + node 1); the connection's edges are sized by its page.
    expect(cost('{ customers(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 2);
    expect(cost('query ($n: Int) { customers(last: $n) { edges { node { id } } } }', { n: 50 })).toBe(
      1 + 50 * 2,
    );
    expect(cost('{ customers { totalCount edges { node { id } } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 2);
  });

  test('a list without paging counts its declared size, else the default size, and nests', () => {
    expect(cost('{ customer(id: "1") { lines { id } } }')).toBe(1 + 1 + 200 * 0);
    expect(cost('{ customer(id: "1") { colleagues { id } } }')).toBe(1 + 1 + DEFAULT_LIST_SIZE * 0);
    expect(cost('{ customer(id: "1") { colleagues { owner { id } } } }')).toBe(1 + 1 + DEFAULT_LIST_SIZE * 1);
    // The nesting that passed at cost ~11 before: each level multiplies.
    expect(cost('{ customer(id: "1") { colleagues { colleagues { colleagues { owner { id } } } } } }')).toBe(
      1 + 1 + DEFAULT_LIST_SIZE * (1 + DEFAULT_LIST_SIZE * (1 + DEFAULT_LIST_SIZE * 1)),
    );
    expect(cost('{ customer(id: "1") { topContacts(limit: 3) { owner { id } } } }')).toBe(1 + 1 + 3 * 1);
  });

  test('a report costs its declared weight, each time it is asked for', () => {
    expect(cost('{ report { total } }')).toBe(50);
    const aliases = Array.from({ length: 300 }, (_, i) => `r${i}: report { total }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(300 * 50);
  });

  test('an _entities fetch counts its representations', () => {
    expect(
      cost('query ($r: [String!]!) { _entities(representations: $r) { owner { id } } }', {
        r: ['a', 'b', 'c'],
      }),
    ).toBe(1 + 3 * 1);
  });

  test('introspection costs little: its lists count once', () => {
    expect(cost('{ __schema { types { fields { type { name } } } } }')).toBe(0);
  });
});
