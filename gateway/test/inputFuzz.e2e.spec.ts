// Malformed input thrown at every root field of the supergraph through the real gateway, in front of the
// five real subgraphs on PostgreSQL and Kafka. The fields come from the gateway's own schema (introspected),
// so a new mutation or query is covered without touching this file. For each field a seeded generator
// breaks its arguments: NUL and lone surrogates in every string, an over-long string, wrong types and null
// through variables, NUL written into the operation as a literal. Every answer must be an error with a
// documented code (docs/architecture.md §5), a bad string BAD_USER_INPUT naming where it is; and the
// tenant must have nothing written in any service's database: no row, no audit record, no outbox row
// (so no event). A second pass gives each text in turn 3,000 random letters (within the edge's bound):
// the field's own rule refuses it or it is stored, but it never ends as a database error.
import { analyticsService } from '@crm/analytics/src/service';
import { marketingService } from '@crm/marketing/src/service';
import { salesService } from '@crm/sales/src/service';
import { serviceService } from '@crm/service/src/service';
import { MAX_INPUT_STRING_LENGTH } from '@crm/platform';
import { dataOf, graphql, testTenant, testToken, type GraphQLResponse } from '@crm/testkit';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLField,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { longTextCases, malformedCases, type FuzzCase } from './support/malformedInput';
import { startGraph, type TestGraph } from './support/startGraph';

const SEED = 20_240_612;
const MIXED_CASES_PER_FIELD = 2;
/** Letters in a long text: more than most fields take, and more than a btree index row holds (2,704 bytes). */
const LONG_TEXT = 3_000;

/** The codes of docs/architecture.md §5 a refused request may carry; never INTERNAL_SERVER_ERROR. */
const documentedCodes = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'COST_ESTIMATED_TOO_EXPENSIVE',
]);

let graph: TestGraph;
let schema: GraphQLSchema;
const tenant = testTenant('fuzz');
const admin = testToken(tenant, ['admin']);

beforeAll(async () => {
  // Analytics without its read-model runner: it would replay the shared broker's whole history, and this
  // file publishes nothing for it to read.
  graph = await startGraph({}, [
    salesService,
    serviceService,
    marketingService,
    { ...analyticsService, background: undefined },
  ]);
  const introspection = dataOf(await graphql(graph.gateway.url, getIntrospectionQuery(), {}, admin));
  schema = buildClientSchema(introspection as unknown as IntrospectionQuery);
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

/** Rows of the tenant in every table that has a tenant_id, per service database (audit_log and outbox included). */
async function tenantRows(tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, service] of Object.entries(graph.services)) {
    const tables = (await service.dataSource.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name`,
    )) as { table_name: string }[];
    const rows = (await service.dataSource.query(
      tables
        .map(
          ({ table_name }) =>
            `SELECT '${table_name}' AS name, count(*)::int AS n FROM "${table_name}" WHERE tenant_id::text = $1`,
        )
        .join(' UNION ALL '),
      [tenantId],
    )) as { name: string; n: number }[];
    for (const { name: table, n } of rows) counts[`${name}.${table}`] = n;
  }
  return counts;
}

/** The code and start of the message of every error whose code §5 does not document. */
function undocumented(response: GraphQLResponse<unknown>): string | undefined {
  const errors = (response.errors ?? []).filter(
    (error) => !documentedCodes.has(String(error.extensions?.code)),
  );
  if (errors.length === 0) return undefined;
  return errors
    .map((error) => `${String(error.extensions?.code)}: ${error.message.slice(0, 160)}`)
    .join(' | ');
}

/** What is wrong with the answer to a malformed case, or nothing. */
function problemWith(response: GraphQLResponse<unknown>, fuzz: FuzzCase): string | undefined {
  const errors = response.errors ?? [];
  if (errors.length === 0) return `no error: ${JSON.stringify(response.data)}`;
  const undocumentedCodes = undocumented(response);
  if (undocumentedCodes || !fuzz.onlyStrings) return undocumentedCodes;
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.length !== 1 || codes[0] !== 'BAD_USER_INPUT')
    return `${codes.join(', ')} instead of BAD_USER_INPUT`;
  const named = Object.keys((errors[0]!.extensions?.fields as Record<string, string> | undefined) ?? {});
  if (!named.some((path) => fuzz.brokenStrings.includes(path))) {
    return `BAD_USER_INPUT naming ${JSON.stringify(named)}, none of the broken ${JSON.stringify(fuzz.brokenStrings)}`;
  }
  return undefined;
}

type RootKind = 'query' | 'mutation';

/**
 * Sends each root field's cases as `token` (one field's cases at once), and lists what `problem` finds
 * in the answers, one line per case: the field, what was broken, what came back.
 */
async function sendAll(
  casesOf: (kind: RootKind, field: GraphQLField<unknown, unknown>) => FuzzCase[],
  token: string,
  problem: (response: GraphQLResponse<unknown>, fuzz: FuzzCase) => string | undefined,
): Promise<{ sent: number; withoutCases: string[]; failures: string[] }> {
  const roots = [
    ['mutation', schema.getMutationType()!],
    ['query', schema.getQueryType()!],
  ] as const;
  const result = { sent: 0, withoutCases: [] as string[], failures: [] as string[] };
  for (const [kind, root] of roots) {
    for (const field of Object.values(root.getFields())) {
      const cases = casesOf(kind, field);
      if (cases.length === 0) result.withoutCases.push(field.name);
      const answers = await Promise.all(
        cases.map((fuzz) => graphql(graph.gateway.url, fuzz.query, fuzz.variables, token)),
      );
      result.sent += cases.length;
      answers.forEach((response, index) => {
        const found = problem(response, cases[index]!);
        if (found)
          result.failures.push(`${kind} ${field.name} [${cases[index]!.label.slice(0, 200)}]: ${found}`);
      });
    }
  }
  return result;
}

test("the finding's requests: NUL in a customer's name and a lead's last name, a lone surrogate in a template's name", async () => {
  const reported = testTenant('fuzz-reported');
  const token = testToken(reported, ['admin']);
  const refusals = await Promise.all(
    [
      {
        query: 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        variables: { input: { kind: 'PERSON', name: '\u0000' } },
      },
      {
        query: 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        variables: { input: { firstName: 'Ada', lastName: 'Love\u0000lace', source: 'WEB' } },
      },
      {
        query: 'mutation ($input: CreateEmailTemplateInput!) { createEmailTemplate(input: $input) { id } }',
        variables: { input: { name: 'Welcome \ud800', subject: 'Hello', htmlBody: '<p>Hello</p>' } },
      },
      // Written into the operation: GraphQL's own escape gives the same string.
      {
        query: 'mutation { createCustomer(input: { kind: PERSON, name: "\\u0000" }) { id } }',
        variables: {},
      },
    ].map(async ({ query, variables }) => {
      const response = await graphql(graph.gateway.url, query, variables, token);
      return {
        status: response.status,
        data: response.data ?? null,
        errors: response.errors?.map((e) => e.extensions?.code),
        fields: response.errors?.[0]?.extensions?.fields,
      };
    }),
  );
  const refused = (field: string, message: string) => ({
    status: 200,
    data: null,
    errors: ['BAD_USER_INPUT'],
    fields: { [field]: message },
  });
  expect(refusals).toEqual([
    refused('input.name', 'Must not contain the NUL character (U+0000)'),
    refused('input.lastName', 'Must not contain the NUL character (U+0000)'),
    refused('input.name', 'Must be valid Unicode text (no unpaired surrogate)'),
    refused('input.name', 'Must not contain the NUL character (U+0000)'),
  ]);
  expect(Object.values(await tenantRows(reported)).every((n) => n === 0)).toBe(true);
});

test('every mutation and query refuses malformed input with a documented code and writes nothing', async () => {
  const before = await tenantRows(tenant);
  const { sent, withoutCases, failures } = await sendAll(
    (kind, field) =>
      malformedCases(kind, field, {
        seed: SEED,
        mixed: MIXED_CASES_PER_FIELD,
        overLong: MAX_INPUT_STRING_LENGTH + 1,
      }),
    admin,
    problemWith,
  );
  const after = await tenantRows(tenant);
  const written = Object.entries(after)
    .filter(([table, n]) => n !== (before[table] ?? 0))
    .map(([table, n]) => `${table}: ${before[table] ?? 0} → ${n}`);

  // Every root field was tried several ways, but those without arguments (nothing to break).
  expect(sent).toBeGreaterThan(500);
  expect(withoutCases.length).toBeLessThan(15);
  expect({ failures, written }).toEqual({ failures: [], written: [] });
});

test('a text longer than its field takes, but within the edge bound, is refused or stored: never a database error', async () => {
  // Its own tenant: a field without a bound of its own stores the text, which is not what this test is about.
  const longTexts = testTenant('fuzz-long');
  const { sent, failures } = await sendAll(
    (kind, field) => longTextCases(kind, field, { seed: SEED, length: LONG_TEXT }),
    testToken(longTexts, ['admin']),
    undocumented,
  );
  expect(sent).toBeGreaterThan(300);
  expect(failures).toEqual([]);
});
