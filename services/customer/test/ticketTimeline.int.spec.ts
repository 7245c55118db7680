// Tickets of the service service on Customer.timeline: the timeline consumer reads crm.service.ticket and
// writes a line for each ticket opened, resolved, closed or reopened (not for comments or other moves).
import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, producerDefaults } from '@crm/events';
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import { createCustomer } from './support/customerOperations';
import { dataOf, startCustomerService, tokenFor } from './support/customerTestService';

const app = forThisFile(() => startCustomerService());

const timelineQuery = `query Timeline($id: UUID!) {
  customer(id: $id) { timeline { edges { node { title summary source eventType subjectType subjectId } } } }
}`;

function ticketEvent(
  tenantId: string,
  customerId: string,
  ticketId: string,
  name: string,
  at: string,
  changes: object,
) {
  const ticket = {
    id: ticketId,
    tenantId,
    number: 'CS-000042',
    customerId,
    contactId: null,
    requesterEmail: null,
    type: 'TECHNICAL',
    channel: 'PHONE',
    priority: 'HIGH',
    status: 'OPEN',
    subject: 'Printer offline',
    description: 'It shows error 42.',
    assigneeId: null,
    tags: [],
    severity: null,
    rootCause: null,
    resolution: null,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponseDueAt: null,
    resolutionDueAt: null,
    slaPausedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    slaBreached: false,
    escalationLevel: 0,
    version: 1,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: at,
    ...changes,
  };
  const previousStatus = name === 'opened' || name === 'commented' ? {} : { previousStatus: 'IN_PROGRESS' };
  const comment =
    name === 'commented'
      ? {
          comment: {
            id: randomUUID(),
            ticketId,
            body: 'On it',
            visibility: 'PUBLIC',
            authorId: 'agent',
            authorKind: 'AGENT',
            createdAt: at,
          },
        }
      : {};
  return encodeCloudEvent({
    id: randomUUID(),
    type: `crm.service.ticket.${name}.v1`,
    subject: ticketId,
    tenantId,
    time: at,
    data: { ticket, changedFields: ['status'], ...previousStatus, ...comment },
  });
}

it('writes a line for ticket milestones only', async () => {
  const tenant = testTenant('ticket-timeline');
  const token = tokenFor(tenant);
  const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
  const ticketId = randomUUID();
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({
      topic: 'crm.service.ticket',
      messages: [
        ticketEvent(tenant, acme.id, ticketId, 'opened', '2026-06-01T09:00:00.000Z', {}),
        ticketEvent(tenant, acme.id, ticketId, 'commented', '2026-06-01T09:30:00.000Z', {}),
        ticketEvent(tenant, acme.id, ticketId, 'status_changed', '2026-06-01T10:00:00.000Z', {
          status: 'IN_PROGRESS',
        }),
        ticketEvent(tenant, acme.id, ticketId, 'resolved', '2026-06-01T11:00:00.000Z', {
          status: 'RESOLVED',
          resolution: 'Replaced the cable.',
        }),
        // A ticket of a customer this service does not know (e.g. already deleted) leaves no line.
        ticketEvent(tenant, randomUUID(), randomUUID(), 'opened', '2026-06-01T12:00:00.000Z', {}),
      ],
    });
  } finally {
    await producer.disconnect();
  }

  const entries = await waitFor(
    async () => {
      const { customer } = dataOf(await app.request(timelineQuery, { id: acme.id }, token));
      return customer.timeline.edges.length >= 2
        ? customer.timeline.edges.map((e: { node: unknown }) => e.node)
        : undefined;
    },
    { timeoutMs: 20_000, what: 'the ticket lines on the timeline' },
  );
  expect(entries).toEqual([
    {
      title: 'Ticket CS-000042 resolved: Printer offline',
      summary: 'Replaced the cable.',
      source: 'service',
      eventType: 'crm.service.ticket.resolved.v1',
      subjectType: 'Ticket',
      subjectId: ticketId,
    },
    {
      title: 'Ticket CS-000042 opened: Printer offline',
      summary: 'It shows error 42.',
      source: 'service',
      eventType: 'crm.service.ticket.opened.v1',
      subjectType: 'Ticket',
      subjectId: ticketId,
    },
  ]);
  const rows = await app.sql('SELECT count(*)::int AS n FROM timeline_entry WHERE tenant_id = $1', [tenant]);
  expect(rows[0]!.n).toBe(2);
});
