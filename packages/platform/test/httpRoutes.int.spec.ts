// A subgraph's own HTTP routes (e.g. links opened from an email) are served beside /graphql, need no token,
// and leave /graphql and /health as they were. Outside development the server keeps link tokens out of its
// log, refuses introspection without a token and shows no stack trace.
import { parse } from 'graphql';
import { pino } from 'pino';
import { signToken } from '../src/auth/token';
import type { BaseConfig } from '../src/config/config';
import type { RunningSubgraph } from '../src/server/subgraphServer';
import { bareSubgraphJwt, startBareSubgraph } from './support/startBareSubgraph';

const linkToken = 'eyJwdXJwb3NlIjoidW5zdWJzY3JpYmUifQ.q2Vb3dkEyF0pQ8Kx7nHc1L9sXwR4tYzA';
const logLines: string[] = [];
const subgraphs: RunningSubgraph[] = [];

/** A subgraph with one public field and one link route, logging into `logLines`. */
async function start(nodeEnv: BaseConfig['NODE_ENV']): Promise<string> {
  const subgraph = await startBareSubgraph({
    name: 'routes-test',
    typeDefs: parse(
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"]) type Query { hello: String }',
    ),
    resolvers: { Query: { hello: () => 'world' } },
    permissions: { 'Query.hello': 'public' },
    nodeEnv,
    log: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
    routes: (router) => {
      router.get('/t/:token', (req, res) => {
        res.type('text/plain').send(`token ${req.params.token}`);
      });
      router.get('/email/u/:token', (req, res) => {
        res.type('text/plain').send(req.params.token === linkToken ? 'unsubscribe?' : 'not valid');
      });
    },
  });
  subgraphs.push(subgraph);
  return `http://127.0.0.1:${subgraph.port}`;
}

let origin: string;
beforeAll(async () => {
  origin = await start('test');
});

afterAll(() => Promise.all(subgraphs.map((subgraph) => subgraph.stop())));

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

it('serves the routes a service adds, without a token, beside GraphQL and /health', async () => {
  const route = await fetch(`${origin}/t/abc`);
  expect(route.status).toBe(200);
  expect(await route.text()).toBe('token abc');
  const graphql = await post(`${origin}/graphql`, JSON.stringify({ query: '{ hello }' }));
  expect(await graphql.json()).toEqual({ data: { hello: 'world' } });
  expect((await fetch(`${origin}/health`)).status).toBe(200);
  expect((await fetch(`${origin}/nowhere`)).status).toBe(404);
});

it('logs a mail link’s request without its token', async () => {
  // GET /email/u/<token>?token=<token>: the route works with the token, the access log never sees it.
  const link = await fetch(`${origin}/email/u/${linkToken}?token=${linkToken}`);
  expect(await link.text()).toBe('unsubscribe?');
  const logged = logLines.map((line) => JSON.parse(line) as { req?: { url?: string } });
  expect(logged).toContainEqual(
    expect.objectContaining({
      req: expect.objectContaining({ url: '/email/u/[redacted]?token=[redacted]' }),
      msg: 'request completed',
    }),
  );
  expect(logLines.join('\n')).not.toContain(linkToken);
});

it('outside development, introspection needs a token; development keeps it open', async () => {
  const introspection = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
  const anonymous = await post(`${origin}/graphql`, introspection);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({
    errors: [
      {
        message: 'Introspection needs a valid bearer token',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ],
  });
  const token = signToken({ tenantId: 'acme', roles: ['analyst'] }, bareSubgraphJwt);
  const withToken = await post(`${origin}/graphql`, introspection, { authorization: `Bearer ${token}` });
  expect(await withToken.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  // __typename is not introspection: public fields stay public.
  const typename = await post(`${origin}/graphql`, JSON.stringify({ query: '{ __typename hello }' }));
  expect(await typename.json()).toEqual({ data: { __typename: 'Query', hello: 'world' } });

  const development = await start('development');
  const open = await post(`${development}/graphql`, introspection);
  expect(await open.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
});

it('outside development, a malformed body gets no stack trace, and the log no body', async () => {
  const response = await post(`${origin}/graphql`, `{"query": "{ hello }", "token": "${linkToken}"`);
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    errors: [{ message: 'Bad Request', extensions: { code: 'BAD_REQUEST' } }],
  });
  expect(logLines.join('\n')).not.toContain(linkToken);
  expect(logLines.map((line) => JSON.parse(line) as unknown)).toContainEqual(
    expect.objectContaining({ status: 400, type: 'entity.parse.failed', msg: 'request refused' }),
  );
});
