// Routing: new tickets go to the first queue whose rules (type, priority, the customer's segment from
// the customer events) match, and to its agent with the fewest open tickets there; assignTicket still
// assigns by hand. Queues are admin settings with audit records.
import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, producerDefaults, type EventData } from '@crm/events';
import { testTenant, forThisFile } from '@crm/testkit';
import { eventProcessed } from './support/orderEvents';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import { assignTicketMutation, moveTicket, openTicketMutation } from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutTasks: ['sla-scheduler'] }));

type CustomerState = EventData<'crm.customer.customer.created.v1'>['customer'];

/** Publishes a customer's creation as the customer service would, and waits until it is projected. */
async function customerWithSegment(tenantId: string, segment: string | null): Promise<string> {
  const customer: CustomerState = {
    id: randomUUID(),
    tenantId,
    kind: 'ORGANIZATION',
    name: 'Acme',
    email: null,
    phone: null,
    address: null,
    industry: null,
    segment,
    lifecycleStage: 'CUSTOMER',
    tags: [],
    ownerId: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const eventId = randomUUID();
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({
      topic: 'crm.customer.customer',
      messages: [
        encodeCloudEvent({
          id: eventId,
          type: 'crm.customer.customer.created.v1',
          subject: customer.id,
          tenantId,
          time: customer.createdAt,
          source: '/crm/customer',
          data: { customer, changedFields: [] },
        }),
      ],
    });
  } finally {
    await producer.disconnect();
  }
  await eventProcessed(app, eventId);
  return customer.id;
}

const queueFields = 'id name position matchTypes matchPriorities matchSegments agentIds version';
const createQueue = `mutation($input: TicketQueueInput!) { createTicketQueue(input: $input) { ${queueFields} } }`;
const updateQueue = `mutation($id: UUID!, $input: TicketQueueInput!, $v: Int!) {
  updateTicketQueue(id: $id, input: $input, expectedVersion: $v) { ${queueFields} }
}`;
const openRouted = openTicketMutation.replace('customer { id }', 'customer { id } queue { name }');

const tenant = testTenant('routing');
const admin = tokenFor(tenant, 'admin');
const agent = tokenFor(tenant);

async function open(customerId: string, fields: Record<string, unknown> = {}) {
  return dataOf(
    await app.request(
      openRouted,
      { input: { customerId, type: 'INQUIRY', channel: 'EMAIL', subject: 'Help', ...fields } },
      agent,
    ),
  ).openTicket as { id: string; assigneeId: string | null; queue: { name: string } | null };
}

const routed = (ticket: { assigneeId: string | null; queue: { name: string } | null }) => [
  ticket.queue?.name ?? null,
  ticket.assigneeId,
];

it('routes to the first matching queue and its least busy agent', async () => {
  const enterpriseCustomer = await customerWithSegment(tenant, 'Enterprise');
  const smallCustomer = await customerWithSegment(tenant, 'SMB');
  const unknownCustomer = randomUUID(); // never seen in a customer event: no segment

  // Before any queue: nothing is routed.
  expect(routed(await open(smallCustomer))).toEqual([null, null]);

  const queues = [
    { name: 'Key accounts', segments: ['enterprise'], agentIds: ['ent-1', 'ent-2'] },
    { name: 'Escalations', types: ['COMPLAINT'], priorities: ['HIGH', 'URGENT'], agentIds: ['cx-1'] },
    { name: 'Everything else', agentIds: ['gen-1', 'gen-2'] },
  ];
  for (const input of queues) dataOf(await app.request(createQueue, { input }, admin));
  const listed = dataOf(await app.request(`{ ticketQueues { name position } }`, {}, agent)).ticketQueues;
  expect(listed).toEqual([
    { name: 'Key accounts', position: 0 },
    { name: 'Escalations', position: 1 },
    { name: 'Everything else', position: 2 },
  ]);

  // Key accounts match any type of an enterprise customer (segment matched ignoring case).
  const first = await open(enterpriseCustomer);
  const second = await open(enterpriseCustomer, { type: 'COMPLAINT', priority: 'URGENT', severity: 'HIGH' });
  const third = await open(enterpriseCustomer);
  expect([first, second, third].map(routed)).toEqual([
    ['Key accounts', 'ent-1'],
    ['Key accounts', 'ent-2'],
    ['Key accounts', 'ent-1'], // a tie goes to the agent listed first
  ]);
  // ent-1 resolves both of theirs: now the least busy.
  for (const ticket of [first, third]) {
    await moveTicket(app, agent, ticket.id, { status: 'IN_PROGRESS' });
    await moveTicket(app, agent, ticket.id, { status: 'RESOLVED' });
  }
  expect(routed(await open(enterpriseCustomer))).toEqual(['Key accounts', 'ent-1']);

  expect(routed(await open(smallCustomer, { type: 'COMPLAINT', priority: 'HIGH', severity: 'LOW' }))).toEqual(
    ['Escalations', 'cx-1'],
  );
  expect(routed(await open(smallCustomer, { type: 'COMPLAINT', priority: 'LOW', severity: 'LOW' }))).toEqual([
    'Everything else',
    'gen-1',
  ]);
  // An assignee given by hand is kept, and counts nowhere in the queue's picks.
  expect(routed(await open(unknownCustomer, { assigneeId: 'someone' }))).toEqual([
    'Everything else',
    'someone',
  ]);
  const next = await open(unknownCustomer);
  expect(routed(next)).toEqual(['Everything else', 'gen-2']);

  // assignTicket still assigns by hand; the ticket stays in its queue.
  const reassigned = dataOf(
    await app.request(assignTicketMutation, { id: next.id, assigneeId: 'gen-1' }, agent),
  ).assignTicket;
  expect(reassigned.assigneeId).toBe('gen-1');
  const filtered = dataOf(
    await app.request(
      `query($q: UUID!) { tickets(filter: { queueId: { eq: $q } }) { totalCount } }`,
      { q: (await queueId('Everything else'))! },
      agent,
    ),
  ).tickets;
  expect(filtered.totalCount).toBe(3);
});

async function queueId(name: string): Promise<string | undefined> {
  const queues = dataOf(await app.request(`{ ticketQueues { id name } }`, {}, admin)).ticketQueues;
  return queues.find((queue: { name: string }) => queue.name === name)?.id;
}

it('lets only admins manage queues, refusing bad input, duplicates and stale versions', async () => {
  const auditRows = async () =>
    (
      await app.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND entity_type = 'TicketQueue'",
        [tenant],
      )
    )[0]!.n;
  const before = await auditRows();

  expect(errorOf(await app.request(createQueue, { input: { name: 'X', agentIds: [] } }, agent)).code).toBe(
    'FORBIDDEN',
  );
  expect(
    errorOf(await app.request(createQueue, { input: { name: ' ', agentIds: [], position: -1 } }, admin)),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.name': expect.any(String), 'input.position': 'At least 0' },
  });
  expect(
    errorOf(await app.request(createQueue, { input: { name: 'Key accounts', agentIds: [] } }, admin)).code,
  ).toBe('CONFLICT');
  const id = (await queueId('Escalations'))!;
  const input = { name: 'Escalations', types: ['COMPLAINT'], agentIds: ['cx-1', 'cx-2', 'cx-1'] };
  expect(errorOf(await app.request(updateQueue, { id, input, v: 7 }, admin)).code).toBe('CONFLICT');
  expect(await auditRows()).toBe(before);

  const updated = dataOf(await app.request(updateQueue, { id, input, v: 1 }, admin)).updateTicketQueue;
  expect(updated).toMatchObject({ matchPriorities: [], agentIds: ['cx-1', 'cx-2'], position: 1, version: 2 });
  expect(await auditRows()).toBe(before + 1);

  // A deleted queue takes no more tickets; those routed to it show no queue.
  const deleted = dataOf(
    await app.request(`mutation($id: UUID!) { deleteTicketQueue(id: $id) { name } }`, { id }, admin),
  ).deleteTicketQueue;
  expect(deleted.name).toBe('Escalations');
  expect(
    errorOf(await app.request(`mutation($id: UUID!) { deleteTicketQueue(id: $id) { name } }`, { id }, admin))
      .code,
  ).toBe('NOT_FOUND');
  const escalated = dataOf(
    await app.request(
      `query($q: UUID!) { tickets(filter: { queueId: { eq: $q } }) { edges { node { queue { name } } } } }`,
      { q: id },
      agent,
    ),
  ).tickets.edges;
  expect(escalated.map((edge: { node: unknown }) => edge.node)).toEqual([{ queue: null }]);
  expect(await auditRows()).toBe(before + 2);
});
