import { ensureTopics } from '@crm/events';
import { readTopic, waitFor, type TopicMessage } from '@crm/testkit';
import type { CustomerTestService } from './customerTestService';

/** What a tenant has in the service's database and on its topics: to prove what a request wrote, or did not. */

export const customerTopics = ['crm.customer.customer', 'crm.customer.contact', 'crm.customer.interaction'];

export interface OutboxRow {
  id: string;
  type: string;
  aggregateid: string;
  payload: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface AuditRow {
  actor_id: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface TenantRows {
  customers: number;
  contacts: number;
  roles: number;
  interactions: number;
  outbox: number;
  audit: number;
}

/** Row counts of every table a mutation writes, for one tenant. */
export async function tenantRows(app: CustomerTestService, tenantId: string): Promise<TenantRows> {
  const [row] = await app.sql<TenantRows>(
    `SELECT (SELECT count(*) FROM customer WHERE tenant_id = $1)::int AS customers,
            (SELECT count(*) FROM contact WHERE tenant_id = $1)::int AS contacts,
            (SELECT count(*) FROM contact_role WHERE tenant_id = $1)::int AS roles,
            (SELECT count(*) FROM interaction WHERE tenant_id = $1)::int AS interactions,
            (SELECT count(*) FROM outbox WHERE tenant_id = $1)::int AS outbox,
            (SELECT count(*) FROM audit_log WHERE tenant_id = $1)::int AS audit`,
    [tenantId],
  );
  return row!;
}

export function outboxOf(app: CustomerTestService, tenantId: string): Promise<OutboxRow[]> {
  return app.sql<OutboxRow>(
    'SELECT id, type, aggregateid, payload FROM outbox WHERE tenant_id = $1 ORDER BY sequence',
    [tenantId],
  );
}

export function auditOf(app: CustomerTestService, tenantId: string): Promise<AuditRow[]> {
  return app.sql<AuditRow>(
    `SELECT actor_id, operation, entity_type, entity_id, before, after FROM audit_log
      WHERE tenant_id = $1 ORDER BY at, id`,
    [tenantId],
  );
}

/**
 * Every event of the tenant on the service's topics: waits until the relay has published all the
 * tenant's outbox rows, then reads each topic from the service's start up to its current end, so nothing
 * of the tenant is missed.
 */
export async function publishedEventsOf(app: CustomerTestService, tenantId: string): Promise<TopicMessage[]> {
  await waitFor(
    async () => {
      const [row] = await app.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM outbox WHERE tenant_id = $1 AND published_at IS NULL',
        [tenantId],
      );
      return row!.n === 0;
    },
    { timeoutMs: 15_000, what: `the outbox of ${tenantId} to be published` },
  );
  const perTopic = await Promise.all(customerTopics.map((topic) => readTopicSinceStart(app, topic)));
  return perTopic.flat().filter((message) => message.headers.ce_tenantid === tenantId);
}

/** Where each customer topic ended when a test file's service started: partition → offset. */
const topicEndsAtStart = new WeakMap<CustomerTestService, Map<string, Map<number, number>>>();

/**
 * Notes where the customer topics end now. A test file's tenants publish after its service started; the
 * shared broker's history before is other runs' (tens of thousands of events, and growing).
 */
export async function noteTopicEnds(app: CustomerTestService): Promise<void> {
  // The relay may be creating them right now.
  await ensureTopics(app.service.kafka, customerTopics);
  const admin = app.service.kafka.admin();
  await admin.connect();
  try {
    const ends = new Map<string, Map<number, number>>();
    for (const topic of customerTopics) {
      // A partition just created may answer "not the leader" for a moment after its leader is known.
      const partitions = await waitFor(() => admin.fetchTopicOffsets(topic), {
        what: `the offsets of ${topic}`,
      });
      ends.set(topic, new Map(partitions.map(({ partition, high }) => [partition, Number(high)])));
    }
    topicEndsAtStart.set(app, ends);
  } finally {
    await admin.disconnect();
  }
}

/** Reads a topic from where it ended at the service's start (or its beginning) up to the end it has now. */
async function readTopicSinceStart(app: CustomerTestService, topic: string): Promise<TopicMessage[]> {
  const admin = app.service.kafka.admin();
  await admin.connect();
  let firstOffsets: { partition: number; offset: string }[];
  let lastOffsets: Map<number, number>;
  try {
    const partitions = await admin.fetchTopicOffsets(topic);
    const atStart = topicEndsAtStart.get(app)?.get(topic);
    const first = (partition: number, low: string) => Math.max(Number(low), atStart?.get(partition) ?? 0);
    firstOffsets = partitions.map(({ partition, low }) => ({
      partition,
      offset: String(first(partition, low)),
    }));
    lastOffsets = new Map(
      partitions
        .filter(({ partition, low, high }) => Number(high) > first(partition, low))
        .map(({ partition, high }) => [partition, Number(high) - 1]),
    );
  } finally {
    await admin.disconnect();
  }
  if (lastOffsets.size === 0) return [];
  return readTopic(app.service.kafka, topic, {
    fromOffsets: firstOffsets,
    until: (messages) =>
      [...lastOffsets].every(([partition, last]) =>
        messages.some((message) => message.partition === partition && Number(message.offset) >= last),
      ),
    timeoutMs: 15_000,
  });
}
