import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { graphql, testServiceEnv, testToken, waitFor } from '@crm/testkit';
import { composeSupergraph, findSubgraphs } from '../src/composeSupergraph';
import { SUPERGRAPH_PATH } from '../src/config';
import { startGateway, type RunningGateway } from '../src/gateway';
import { captureLog, type CapturedLog } from './support/captureLog';

// No subgraph is called here: the gateway answers introspection from the supergraph it has loaded.
let dir: string;
let file: string;
let gateway: RunningGateway;
let captured: CapturedLog;
const original = fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
const originalDescription = "A customer of the caller's tenant, or null.";

const queryFields = async (): Promise<{ name: string; description: string | null }[]> => {
  const response = await graphql(
    gateway.url,
    '{ __type(name: "Query") { fields { name description } } }',
    {},
    testToken('hot-reload', ['readonly']), // introspection needs a token outside development
  );
  return (response.data!.__type as { fields: { name: string; description: string | null }[] }).fields;
};
const describeCustomer = async () =>
  (await queryFields()).find((field) => field.name === 'customer')?.description;
const readySha = async () =>
  ((await (await fetch(new URL('/ready', gateway.url))).json()) as { supergraph: { sha256: string } })
    .supergraph.sha256;

/** Replaces the file the way a deploy does: write beside it, then rename over it. */
function replaceFile(content: string): void {
  const next = `${file}.next`;
  fs.writeFileSync(next, content);
  fs.renameSync(next, file);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-supergraph-'));
  file = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(file, original);
  captured = captureLog();
  gateway = await startGateway({ env: testServiceEnv(), port: 0, supergraphPath: file, log: captured.log });
});

afterAll(async () => {
  await gateway?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('a changed description is served without a restart, and /ready names the new supergraph', async () => {
  expect(await describeCustomer()).toBe(originalDescription);
  const shaBefore = await readySha();
  expect(original).toContain(originalDescription);

  replaceFile(original.replace(originalDescription, 'One customer by id (hot-reloaded).'));
  await waitFor(async () => (await describeCustomer()) === 'One customer by id (hot-reloaded).', {
    timeoutMs: 10_000,
    what: 'the new description',
  });
  expect(await readySha()).not.toBe(shaBefore);
});

test('an extra subgraph written in place adds its fields', async () => {
  const extra = {
    name: 'extra',
    url: 'http://127.0.0.1:4099/graphql',
    file: 'in-memory',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { "A field only the extra subgraph has." extraCount: Int! }
    `),
  };
  const outcome = composeSupergraph([...findSubgraphs(), extra]);
  if ('errors' in outcome) throw new Error(outcome.errors.join('\n'));
  fs.writeFileSync(file, outcome.supergraphSdl);

  await waitFor(async () => (await queryFields()).some((field) => field.name === 'extraCount'), {
    timeoutMs: 10_000,
    what: 'the extra field',
  });
  expect((await queryFields()).map((field) => field.name)).toEqual(
    expect.arrayContaining(['customer', 'customers', 'extraCount']),
  );
});

test('a broken file is refused and logged; the previous supergraph stays in service until a good one comes', async () => {
  const served = await readySha();
  const rejectedBefore = captured
    .entries()
    .filter((entry) => entry.msg === 'supergraph rejected; still serving the previous supergraph').length;
  fs.writeFileSync(file, 'this is not a supergraph {');
  await waitFor(
    () =>
      captured
        .entries()
        .filter((entry) => entry.msg === 'supergraph rejected; still serving the previous supergraph')
        .length > rejectedBefore,
    { timeoutMs: 10_000, what: 'the rejection to be logged' },
  );
  expect(await readySha()).toBe(served);
  expect((await queryFields()).some((field) => field.name === 'extraCount')).toBe(true);
  expect((await fetch(new URL('/ready', gateway.url))).status).toBe(200);

  replaceFile(original);
  await waitFor(async () => !(await queryFields()).some((field) => field.name === 'extraCount'), {
    timeoutMs: 10_000,
    what: 'the original supergraph again',
  });
  expect(await describeCustomer()).toBe(originalDescription);
  expect(await readySha()).not.toBe(served);
});
