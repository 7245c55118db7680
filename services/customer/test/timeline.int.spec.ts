// Customer.timeline, fed through Kafka: interaction events reach the timeline consumer, which keeps
// one entry per interaction and applies a redelivered event once (its inbox).
import { producerDefaults } from '@crm/events';
import { readTopic, testTenant, waitFor, forThisFile } from '@crm/testkit';
import {
  createCustomer,
  deleteCustomerMutation,
  deleteInteractionMutation,
  logInteraction,
  updateInteractionMutation,
} from './support/customerOperations';
import { dataOf, startCustomerService, tokenFor } from './support/customerTestService';

const app = forThisFile(() => startCustomerService());

interface TimelineNode {
  title: string;
  summary: string | null;
  source: string;
  eventType: string;
  subjectType: string;
  subjectId: string;
  occurredAt: string;
}

const timelineQuery = `query Timeline($id: UUID!) {
  customer(id: $id) {
    timeline(first: 20) {
      totalCount
      edges { node { title summary source eventType subjectType subjectId occurredAt } }
    }
  }
}`;

async function timelineOf(token: string, customerId: string): Promise<TimelineNode[]> {
  const response = await app.request(timelineQuery, { id: customerId }, token);
  const { timeline } = dataOf(response).customer;
  expect(timeline.totalCount).toBe(timeline.edges.length);
  return timeline.edges.map((edge: { node: TimelineNode }) => edge.node);
}

/** Waits until the customer's timeline satisfies `check` (the consumer works asynchronously). */
function waitForTimeline(
  token: string,
  customerId: string,
  what: string,
  check: (entries: TimelineNode[]) => boolean,
) {
  return waitFor(
    async () => {
      const entries = await timelineOf(token, customerId);
      return check(entries) ? entries : undefined;
    },
    { timeoutMs: 20_000, what },
  );
}

describe('customer timeline', () => {
  it('shows a logged interaction, follows its update and drops it when deleted', async () => {
    const token = tokenFor(testTenant('timeline'));
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const other = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Other' });
    const call = await logInteraction(app, token, {
      customerId: acme.id,
      kind: 'CALL',
      subject: 'Kick-off',
      body: 'Agreed on the scope.',
      occurredAt: '2026-05-04T10:00:00.000Z',
    });

    const [entry] = await waitForTimeline(
      token,
      acme.id,
      'the call on the timeline',
      (entries) => entries.length === 1,
    );
    expect(entry).toEqual({
      title: 'Call: Kick-off',
      summary: 'Agreed on the scope.',
      source: 'customer',
      eventType: 'crm.customer.interaction.created.v1',
      subjectType: 'Interaction',
      subjectId: call.id,
      occurredAt: '2026-05-04T10:00:00.000Z',
    });

    await app.request(
      updateInteractionMutation,
      { id: call.id, input: { kind: 'MEETING', subject: 'Kick-off workshop' }, expectedVersion: 1 },
      token,
    );
    const updated = await waitForTimeline(token, acme.id, 'the updated title', (entries) =>
      entries.some((e) => e.eventType === 'crm.customer.interaction.updated.v1'),
    );
    expect(updated).toEqual([
      expect.objectContaining({
        title: 'Meeting: Kick-off workshop',
        eventType: 'crm.customer.interaction.updated.v1',
      }),
    ]);

    await app.request(deleteInteractionMutation, { id: call.id }, token);
    await waitForTimeline(token, acme.id, 'the entry to go', (entries) => entries.length === 0);
    expect(await timelineOf(token, other.id)).toEqual([]);
  });

  it("drops a deleted customer's whole timeline", async () => {
    const token = tokenFor(testTenant('timeline-delete'));
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    await logInteraction(app, token, { customerId: acme.id, kind: 'NOTE', subject: 'First' });
    await logInteraction(app, token, { customerId: acme.id, kind: 'CALL', subject: 'Second' });
    await waitForTimeline(token, acme.id, 'both entries', (entries) => entries.length === 2);

    dataOf(await app.request(deleteCustomerMutation, { id: acme.id }, token));

    const entriesOf = async () =>
      (await app.sql('SELECT count(*)::int AS n FROM timeline_entry WHERE customer_id = $1', [acme.id]))[0]!
        .n;
    await waitFor(entriesOf, {
      until: (n: number) => n === 0,
      timeoutMs: 20_000,
      what: 'the timeline to be dropped',
    });
  });

  it('lists entries newest first', async () => {
    const token = tokenFor(testTenant('timeline-order'));
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    for (const [subject, occurredAt] of [
      ['Older', '2026-01-01T09:00:00.000Z'],
      ['Newest', '2026-03-01T09:00:00.000Z'],
      ['Middle', '2026-02-01T09:00:00.000Z'],
    ]) {
      await logInteraction(app, token, { customerId: acme.id, kind: 'NOTE', subject, occurredAt });
    }

    const entries = await waitForTimeline(token, acme.id, 'three entries', (list) => list.length === 3);
    expect(entries.map((entry) => entry.title)).toEqual(['Note: Newest', 'Note: Middle', 'Note: Older']);
  });

  it('applies an event delivered twice only once', async () => {
    const tenant = testTenant('timeline-dedup');
    const token = tokenFor(tenant);
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const call = await logInteraction(app, token, {
      customerId: acme.id,
      kind: 'CALL',
      subject: 'First subject',
    });
    await app.request(
      updateInteractionMutation,
      { id: call.id, input: { subject: 'Second subject' }, expectedVersion: 1 },
      token,
    );
    await waitForTimeline(
      token,
      acme.id,
      'the updated entry',
      (entries) => entries[0]?.title === 'Call: Second subject',
    );

    // The created event, exactly as it is on the topic, delivered again after the update.
    const topic = 'crm.customer.interaction';
    const isCreated = (headers: Record<string, string>) =>
      headers.ce_tenantid === tenant &&
      headers.ce_subject === call.id &&
      headers.ce_type === 'crm.customer.interaction.created.v1';
    const messages = await readTopic(app.service.kafka, topic, {
      until: (read) => read.some((message) => isCreated(message.headers)),
      timeoutMs: 15_000,
    });
    const created = messages.find((message) => isCreated(message.headers))!;
    const producer = app.service.kafka.producer(producerDefaults);
    await producer.connect();
    let redelivered: { partition: number; offset: string };
    try {
      const [sent] = await producer.send({
        topic,
        messages: [{ key: created.key, value: created.text, headers: created.headers }],
      });
      redelivered = { partition: sent!.partition, offset: sent!.baseOffset! };
    } finally {
      await producer.disconnect();
    }
    expect(redelivered.partition).toBe(created.partition); // same key, same partition, after the update

    // The consumer commits an offset only after the message's effect (or its skipping) is stored.
    const groupId = `${app.prefix}customer.timeline`;
    const admin = app.service.kafka.admin();
    await admin.connect();
    try {
      await waitFor(
        async () => {
          const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const committed = offsets?.partitions.find((p) => p.partition === redelivered.partition)?.offset;
          return Number(committed) > Number(redelivered.offset);
        },
        { timeoutMs: 20_000, what: 'the timeline consumer to get past the redelivered event' },
      );
    } finally {
      await admin.disconnect();
    }

    // Applied again, the stale created event would have put the first subject back.
    expect(await timelineOf(token, acme.id)).toEqual([
      expect.objectContaining({ title: 'Call: Second subject', subjectId: call.id }),
    ]);
    const inbox = await app.sql('SELECT event_id FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
      groupId,
      created.headers.ce_id,
    ]);
    expect(inbox).toHaveLength(1);
  });
});
