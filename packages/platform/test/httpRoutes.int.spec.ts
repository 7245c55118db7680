// A subgraph's own HTTP routes (e.g. links opened from an email) are served beside /graphql, need no token,
// and leave /graphql and /health as they were.
import { parse } from 'graphql';
import type { RunningSubgraph } from '../src/server/subgraphServer';
import { startBareSubgraph } from './support/startBareSubgraph';

let subgraph: RunningSubgraph;
const origin = () => `http://127.0.0.1:${subgraph.port}`;

beforeAll(async () => {
  subgraph = await startBareSubgraph({
    name: 'routes-test',
    typeDefs: parse(
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"]) type Query { hello: String }',
    ),
    resolvers: { Query: { hello: () => 'world' } },
    permissions: { 'Query.hello': 'public' },
    routes: (router) => {
      router.get('/t/:token', (req, res) => {
        res.type('text/plain').send(`token ${req.params.token}`);
      });
    },
  });
});

afterAll(() => subgraph?.stop());

it('serves the routes a service adds, without a token, beside GraphQL and /health', async () => {
  const route = await fetch(`${origin()}/t/abc`);
  expect(route.status).toBe(200);
  expect(await route.text()).toBe('token abc');
  const graphql = await fetch(`${origin()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ hello }' }),
  });
  expect(await graphql.json()).toEqual({ data: { hello: 'world' } });
  expect((await fetch(`${origin()}/health`)).status).toBe(200);
  expect((await fetch(`${origin()}/nowhere`)).status).toBe(404);
});
