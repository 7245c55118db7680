import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildSchema, graphql } from 'graphql';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { GRAPHIQL_DIST, graphiqlRouter } from '../src/graphiql';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'e2e-token-123';
const schema = buildSchema(`
  type Query { customer(id: ID!): Customer, customers(first: Int): [Customer!]! }
  type Customer { id: ID!, name: String!, email: String }
`);
const ada = { id: 'cus-1', name: 'Ada Lovelace', email: 'ada@example.com' };
const rootValue = {
  customers: () => [ada],
  customer: ({ id }: { id: string }) => (id === ada.id ? ada : null),
};

let server: http.Server;
let origin: string;

beforeAll(async () => {
  // The bundle is normally built by CI or `npm start`; build it here only when it is missing.
  if (!fs.existsSync(path.join(GRAPHIQL_DIST, 'index.html'))) {
    const gatewayDir = path.resolve(__dirname, '..');
    await promisify(execFile)(
      path.join(gatewayDir, 'node_modules/.bin/vite'),
      ['build', '--config', 'graphiql/vite.config.mjs'],
      {
        cwd: gatewayDir,
        env: { ...process.env, NODE_ENV: 'production' }, // jest sets NODE_ENV=test, which would bundle React's development build
      },
    );
  }
  const app = express();
  app.use(graphiqlRouter());
  app.use('/unbuilt', graphiqlRouter(path.join(__dirname, 'no-such-dist')));
  app.post('/graphql', express.json(), async (req, res) => {
    if (req.get('authorization') !== `Bearer ${TOKEN}`) {
      res.status(401).json({
        errors: [{ message: 'Missing or invalid bearer token', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const { query, variables, operationName } = req.body as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    res.json(
      await graphql({
        schema,
        rootValue,
        source: query,
        variableValues: variables ?? null,
        operationName: operationName ?? null,
      }),
    );
  });
  server = http.createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('GraphiQL router', () => {
  test('serves the page at /graphiql and /graphiql/, hashed assets with a long cache', async () => {
    for (const url of ['/graphiql', '/graphiql/']) {
      const res = await fetch(origin + url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      const script = /src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(origin + script);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    }
    expect((await fetch(`${origin}/graphiql/assets/missing.js`)).status).toBe(404);
  });

  test('says how to build the bundle when it is missing', async () => {
    const res = await fetch(`${origin}/unbuilt/graphiql`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('run pnpm --filter @crm/gateway graphiql:build');
  });

  test('the endpoint refuses requests without the token', async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
  });
});

describe('GraphiQL in headless Chromium, offline', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: npm test installs it (infra/chromium)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh context that records every request and aborts any that leaves this machine. */
  async function openContext(): Promise<{ context: BrowserContext; page: Page; requests: Request[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request)); // also sees the workers' requests
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      return hostname === '127.0.0.1' || hostname === 'localhost' ? route.continue() : route.abort();
    });
    return { context, page: await context.newPage(), requests };
  }

  const isIntrospection = (request: Request): boolean =>
    request.url() === `${origin}/graphql` && (request.postData() ?? '').includes('__schema');
  const explorerField = (page: Page, name: string) =>
    page.locator(`.graphiql-explorer-root .graphiql-explorer-node.graphiql-explorer-${name}`);

  test('loads the schema with the token from #token=, runs a query, and talks to nobody else', async () => {
    const { context, page, requests } = await openContext();
    try {
      const introspected = page.waitForResponse(
        (res) => isIntrospection(res.request()) && res.status() === 200,
      );
      await page.goto(`${origin}/graphiql#token=${TOKEN}`);
      const introspection = (await introspected).request();
      expect(await introspection.headerValue('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(page.url()).not.toContain(TOKEN); // the fragment is dropped from the address bar

      // Monaco loads lazily: an explorer click before the editor is there is lost.
      await page.locator('.graphiql-query-editor .view-lines').waitFor();
      // Docs are usable: the explorer lists the root fields; picking one writes and runs a query.
      await explorerField(page, 'customers').locator('span').first().click();
      await page.locator('.graphiql-query-editor .view-lines', { hasText: 'customers' }).waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response .view-lines', { hasText: ada.id }).waitFor();
      if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });

      const foreign = requests
        .map((r) => r.url())
        .filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  test('fetches the schema again when a token is typed into the token box', async () => {
    const { context, page } = await openContext();
    try {
      const refused = page.waitForResponse((res) => isIntrospection(res.request()) && res.status() === 401);
      await page.goto(`${origin}/graphiql`);
      await refused;

      const introspected = page.waitForResponse(
        (res) => isIntrospection(res.request()) && res.status() === 200,
      );
      await page.getByLabel('Bearer token').fill(TOKEN);
      await page.getByRole('button', { name: 'Use token' }).click();
      expect(await (await introspected).request().headerValue('authorization')).toBe(`Bearer ${TOKEN}`);
      await explorerField(page, 'customer').waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);
});
