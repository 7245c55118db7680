import { resolveSubgraphUrl, subgraphUrlsFromEnv } from '../src/subgraphUrls';

describe('subgraph URL overrides', () => {
  test('SUBGRAPH_URL_<NAME> names the subgraph in lower case', () => {
    expect(
      subgraphUrlsFromEnv({
        SUBGRAPH_URL_CUSTOMER: 'http://customer.internal:4001/graphql',
        SUBGRAPH_URL_SALES: '',
        PORT: '4000',
      }),
    ).toEqual({ customer: 'http://customer.internal:4001/graphql' });
  });

  test('a value that is not an http(s) URL fails with the variable named', () => {
    expect(() => subgraphUrlsFromEnv({ SUBGRAPH_URL_CUSTOMER: 'customer:4001' })).toThrow(
      /SUBGRAPH_URL_CUSTOMER: must be an http\(s\) URL/,
    );
    expect(() => subgraphUrlsFromEnv({ SUBGRAPH_URL_CUSTOMER: 'not a url' })).toThrow(
      /SUBGRAPH_URL_CUSTOMER: not a URL/,
    );
  });

  test('an override wins over the routing URL of the supergraph', () => {
    const overrides = { customer: 'http://127.0.0.1:5555/graphql' };
    expect(resolveSubgraphUrl('customer', 'http://127.0.0.1:4001/graphql', overrides)).toBe(
      'http://127.0.0.1:5555/graphql',
    );
    expect(resolveSubgraphUrl('sales', 'http://127.0.0.1:4002/graphql', overrides)).toBe(
      'http://127.0.0.1:4002/graphql',
    );
  });
});
