import fs from 'node:fs';
import path from 'node:path';
import { testServiceEnv } from '@crm/testkit';
import { startGateway, type RunningGateway } from '../src/gateway';
import { GRAPHIQL_DIST } from '../src/graphiql';

let gateway: RunningGateway;
const at = (route: string) => new URL(route, gateway.url).toString();

beforeAll(async () => {
  gateway = await startGateway({ env: testServiceEnv(), port: 0 });
});

afterAll(async () => {
  await gateway?.stop();
});

test('/health answers while the process runs; /ready once the supergraph is loaded, naming it', async () => {
  const health = await fetch(at('/health'));
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', service: 'gateway' });

  const ready = await fetch(at('/ready'));
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({
    status: 'ready',
    service: 'gateway',
    supergraph: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), loadedAt: expect.any(String) },
  });
});

test('the GraphQL IDE is served at /graphiql, and a browser opening /graphql is sent there', async () => {
  const ide = await fetch(at('/graphiql'));
  if (fs.existsSync(path.join(GRAPHIQL_DIST, 'index.html'))) {
    expect(ide.status).toBe(200);
    expect(ide.headers.get('content-type')).toMatch(/text\/html/);
  } else {
    expect(ide.status).toBe(503); // the router is there; the bundle is built by `graphiql:build`
  }
  const browser = await fetch(gateway.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
  expect(browser.status).toBe(302);
  expect(browser.headers.get('location')).toBe('/graphiql');
});

test('after stop the gateway accepts no more connections', async () => {
  const other = await startGateway({ env: testServiceEnv(), port: 0 });
  await other.stop();
  await expect(fetch(new URL('/ready', other.url))).rejects.toThrow();
});
