// Campaign responses of the marketing service on Customer.timeline: a member's move to RESPONDED or
// CONVERTED writes a line; other moves (sent, opened, clicked) write none.
import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, producerDefaults } from '@crm/events';
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import { createCustomer } from './support/customerOperations';
import { dataOf, startCustomerService, tokenFor } from './support/customerTestService';

const app = forThisFile(() => startCustomerService());

function memberMoved(
  tenantId: string,
  customerId: string,
  campaignId: string,
  status: string,
  previousStatus: string,
  { at, firstRespondedAt }: { at: string; firstRespondedAt: string | null },
) {
  const id = randomUUID();
  return {
    id,
    message: encodeCloudEvent({
      id,
      type: 'crm.marketing.member.status_changed.v1',
      subject: campaignId,
      tenantId,
      time: at,
      data: {
        member: {
          id: randomUUID(),
          tenantId,
          campaignId,
          customerId,
          contactId: null,
          leadId: null,
          segmentId: null,
          status,
          firstRespondedAt,
          version: 2,
          createdAt: at,
          updatedAt: at,
        },
        previousStatus,
        changedFields: ['status'],
      },
    }),
  };
}

it('writes a line for campaign responses and conversions only', async () => {
  const tenant = testTenant('campaign-timeline');
  const token = tokenFor(tenant);
  const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
  const campaignId = randomUUID();
  // Responded on 1 May, converted on 20 May: each line has the date of its own move.
  const respondedAt = '2026-05-01T09:00:00.000Z';
  const convertedAt = '2026-05-20T15:30:00.000Z';
  const events = [
    memberMoved(tenant, acme.id, campaignId, 'OPENED', 'SENT', {
      at: '2026-04-30T08:00:00.000Z',
      firstRespondedAt: null,
    }),
    memberMoved(tenant, acme.id, campaignId, 'RESPONDED', 'OPENED', {
      at: respondedAt,
      firstRespondedAt: respondedAt,
    }),
    memberMoved(tenant, acme.id, campaignId, 'CONVERTED', 'RESPONDED', {
      at: convertedAt,
      firstRespondedAt: respondedAt,
    }),
  ];
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({ topic: 'crm.marketing.member', messages: events.map((event) => event.message) });
  } finally {
    await producer.disconnect();
  }
  await waitFor(
    async () => {
      const [row] = await app.sql('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)', [
        events.map((event) => event.id),
      ]);
      return row!.n === events.length;
    },
    { timeoutMs: 45_000, what: 'every member event to be applied' },
  );
  const { customer } = dataOf(
    await app.request(
      `query($id: UUID!) { customer(id: $id) { timeline { edges { node { title source eventType subjectType subjectId occurredAt } } } } }`,
      { id: acme.id },
      token,
    ),
  );
  const line = (title: string, occurredAt: string) => ({
    title,
    occurredAt,
    source: 'marketing',
    eventType: 'crm.marketing.member.status_changed.v1',
    subjectType: 'Campaign',
    subjectId: campaignId,
  });
  expect(customer.timeline.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
    expect.arrayContaining([
      line('Responded to a campaign', respondedAt),
      line('Converted from a campaign', convertedAt),
    ]),
  );
  expect(
    customer.timeline.edges.filter((edge: { node: { source: string } }) => edge.node.source === 'marketing'),
  ).toHaveLength(2);
});
