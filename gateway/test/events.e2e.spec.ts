import { decodeCloudEvent, validateEventData } from '@crm/events';
import { graphql, readTopic, testTenant, testToken, type TopicMessage } from '@crm/testkit';
import { startGraph, type TestGraph } from './support/startGraph';

const TOPIC = 'crm.customer.customer';
let graph: TestGraph;

beforeAll(async () => {
  graph = await startGraph();
});

afterAll(async () => {
  await graph?.stop();
});

test('creating a customer through the gateway emits exactly one CloudEvent on crm.customer.customer', async () => {
  const tenant = testTenant('events');
  const token = testToken(tenant, ['sales_rep'], 'rep-1');
  const before = Date.now();
  const created = await graphql(
    graph.gateway.url,
    `
      mutation ($input: CreateCustomerInput!) {
        createCustomer(input: $input) {
          id
          name
          version
        }
      }
    `,
    {
      input: {
        kind: 'ORGANIZATION',
        name: 'Acme Tools GmbH',
        email: 'info@acme-tools.example',
        address: { city: 'Berlin', country: 'de' },
        tags: ['key-account'],
      },
    },
    token,
  );
  expect(created.errors).toBeUndefined();
  const { id, version } = created.data!.createCustomer as { id: string; version: number };

  // A later change of the same customer has the same key, so it lands after the first event on the
  // same partition: once it is read, a duplicate of "created" would have been read too.
  const updated = await graphql(
    graph.gateway.url,
    `
      mutation ($id: UUID!, $v: Int!) {
        updateCustomer(id: $id, input: { segment: "SMB" }, expectedVersion: $v) {
          version
        }
      }
    `,
    { id, v: version },
    token,
  );
  expect(updated.errors).toBeUndefined();

  const ours = (messages: TopicMessage[]) => messages.filter((m) => m.headers.ce_tenantid === tenant);
  const messages = ours(
    await readTopic(graph.customer.kafka, TOPIC, {
      until: (read) => ours(read).some((m) => m.headers.ce_type === 'crm.customer.customer.updated.v1'),
      timeoutMs: 20_000,
    }),
  );
  expect(messages.map((m) => m.headers.ce_type)).toEqual([
    'crm.customer.customer.created.v1',
    'crm.customer.customer.updated.v1',
  ]);

  const [message] = messages as [TopicMessage, TopicMessage];
  expect(message.key).toBe(id);
  expect(message.headers).toEqual({
    ce_specversion: '1.0',
    ce_id: expect.stringMatching(/\S/),
    ce_source: '/crm/customer',
    ce_type: 'crm.customer.customer.created.v1',
    ce_time: expect.any(String),
    ce_subject: id,
    ce_tenantid: tenant,
    'content-type': 'application/json',
  });
  const time = Date.parse(message.headers.ce_time!);
  expect(time).toBeGreaterThanOrEqual(before - 1_000);
  expect(time).toBeLessThanOrEqual(Date.now());

  const event = decodeCloudEvent({ key: message.key, value: message.text, headers: message.headers });
  const data = validateEventData('crm.customer.customer.created.v1', event.data);
  expect(data.customer).toMatchObject({
    id,
    tenantId: tenant,
    kind: 'ORGANIZATION',
    name: 'Acme Tools GmbH',
    email: 'info@acme-tools.example',
    address: expect.objectContaining({ city: 'Berlin', country: 'DE' }),
    tags: ['key-account'],
    ownerId: 'rep-1',
    version,
  });
});
