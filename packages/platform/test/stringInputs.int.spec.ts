// Every subgraph refuses a bad string argument at its edge (startSubgraph's plugin), before any resolver
// runs: BAD_USER_INPUT with the argument's path and HTTP 400, for queries and mutations alike, whether the
// string is a variable or written in. Well-formed text, emoji included, goes through.
import { parse } from 'graphql';
import type { RunningSubgraph } from '../src/server/subgraphServer';
import { startBareSubgraph } from './support/startBareSubgraph';

let subgraph: RunningSubgraph;
const calls: unknown[] = [];

beforeAll(async () => {
  subgraph = await startBareSubgraph({
    name: 'string-inputs-test',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
      input NoteInput { title: String! tags: [String!] }
      type Query { search(text: String): [String!]! }
      type Mutation { addNote(input: NoteInput!): String! }
    `),
    resolvers: {
      Query: { search: (_: unknown, args: unknown) => (calls.push(args), []) },
      Mutation: {
        addNote: (_: unknown, args: { input: { title: string } }) => (calls.push(args), args.input.title),
      },
    },
    permissions: { 'Query.search': 'public', 'Mutation.addNote': 'public' },
  });
});

afterAll(() => subgraph?.stop());

beforeEach(() => {
  calls.length = 0;
});

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const refusal = (fields: Record<string, string>) => ({
  status: 400,
  body: { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] },
});

it('refuses NUL in a mutation variable with the field path, before the resolver runs', async () => {
  const answer = await post('mutation ($input: NoteInput!) { addNote(input: $input) }', {
    input: { title: 'Hello\u0000', tags: ['fine', 'fine too'] },
  });
  expect(answer).toEqual(refusal({ 'input.title': 'Must not contain the NUL character (U+0000)' }));
  expect(calls).toEqual([]);
});

it('refuses NUL written into a query, a lone surrogate in a query variable, an over-long list item', async () => {
  // GraphQL's own escape; a lone surrogate cannot be written into an operation (graphql-js refuses to parse it).
  expect(await post('query { search(text: "a\\u0000") }')).toEqual(
    refusal({ text: 'Must not contain the NUL character (U+0000)' }),
  );
  expect(await post('query ($text: String) { search(text: $text) }', { text: '\udc00' })).toEqual(
    refusal({ text: 'Must be valid Unicode text (no unpaired surrogate)' }),
  );
  const long = await post('mutation ($input: NoteInput!) { addNote(input: $input) }', {
    input: { title: 'ok', tags: ['ok', 'x'.repeat(500_001)] },
  });
  expect(long).toEqual(refusal({ 'input.tags.1': 'At most 500000 characters' }));
  expect(calls).toEqual([]);
});

it('lets well-formed text through, emoji and all', async () => {
  const answer = await post('mutation ($input: NoteInput!) { addNote(input: $input) }', {
    input: { title: 'Grüße 😀 漢字\ttab' },
  });
  expect(answer).toEqual({ status: 200, body: { data: { addNote: 'Grüße 😀 漢字\ttab' } } });
  expect(calls).toHaveLength(1);
});
