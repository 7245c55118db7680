// The transactional outbox end to end: recordEvent in a service transaction, OutboxRelay to Kafka.
import { readTopic, type TopicMessage, waitFor } from '@crm/testkit';
import { OutboxRelay, recordEvent, type EventDataInput } from '../src';
import {
  countMessages,
  openEventKitEnvironment,
  uniqueTopicPrefix,
  type EventKitEnvironment,
} from './support/eventKitEnvironment';
import { customerCreated, customerSnapshot } from './support/fixtures';

let env: EventKitEnvironment;
const relays: OutboxRelay[] = [];

beforeAll(async () => {
  env = await openEventKitEnvironment('outbox_relay');
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  await env.dataSource.query('TRUNCATE outbox');
});

afterAll(async () => {
  await env?.close();
});

function startRelay(topicPrefix: string, options: { batchSize?: number } = {}): OutboxRelay {
  const relay = new OutboxRelay({
    dataSource: env.dataSource,
    kafka: env.kafka,
    service: 'customer',
    topicPrefix,
    lockRetryMs: 100,
    pollIntervalMs: 20,
    ...options,
  });
  relays.push(relay);
  relay.start();
  return relay;
}

function recordCustomerEvent(
  type: 'crm.customer.customer.created.v1' | 'crm.customer.customer.updated.v1',
  data: EventDataInput<typeof type>,
) {
  return env.dataSource.transaction((manager) =>
    recordEvent(manager, { type, aggregateId: data.customer.id, tenantId: data.customer.tenantId, data }),
  );
}

async function recordMany(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 50) {
    await env.dataSource.transaction(async (manager) => {
      for (let j = i; j < Math.min(count, i + 50); j += 1) {
        const data = customerCreated({ name: `Customer ${j}` });
        ids.push(
          await recordEvent(manager, {
            type: 'crm.customer.customer.created.v1',
            aggregateId: data.customer.id,
            tenantId: 'tenant-a',
            data,
          }),
        );
      }
    });
  }
  return ids;
}

const unpublishedCount = async () =>
  Number(
    (await env.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n,
  );
const publishedCount = async () =>
  Number(
    (await env.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NOT NULL'))[0].n,
  );

function expectEachIdOnce(messages: TopicMessage[], ids: string[]): void {
  const perId = new Map<string, number>();
  for (const m of messages) perId.set(m.headers.ce_id!, (perId.get(m.headers.ce_id!) ?? 0) + 1);
  expect([...perId.values()].filter((n) => n > 1)).toEqual([]);
  expect([...perId.keys()].sort()).toEqual([...ids].sort());
}

describe('recordEvent', () => {
  it('writes nothing for invalid data, and refuses to run outside a transaction', async () => {
    const data = customerCreated({ email: 'not an email' });
    await expect(recordCustomerEvent('crm.customer.customer.created.v1', data)).rejects.toThrow(
      /customer.email: Invalid email/,
    );
    await expect(
      recordEvent(env.dataSource.manager, {
        type: 'crm.customer.customer.created.v1',
        aggregateId: data.customer.id,
        tenantId: 't',
        data: customerCreated(),
      }),
    ).rejects.toThrow(/must run inside the transaction/);
    expect(await env.dataSource.query('SELECT * FROM outbox')).toEqual([]);
  });
});

describe('OutboxRelay', () => {
  it('publishes nothing of a rolled-back transaction and exactly one CloudEvent per committed event', async () => {
    const prefix = uniqueTopicPrefix('relay_once');
    const topic = `${prefix}crm.customer.customer`;
    const rolledBack = customerCreated({ name: 'Never happened' });
    await expect(
      env.dataSource.transaction(async (manager) => {
        await recordEvent(manager, {
          type: 'crm.customer.customer.created.v1',
          aggregateId: rolledBack.customer.id,
          tenantId: 'tenant-a',
          data: rolledBack,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const data = customerCreated();
    const time = new Date('2025-03-04T05:06:07.089Z');
    const id = await env.dataSource.transaction((manager) =>
      recordEvent(manager, {
        type: 'crm.customer.customer.created.v1',
        aggregateId: data.customer.id,
        tenantId: 'tenant-a',
        data,
        time,
      }),
    );

    startRelay(prefix);
    await waitFor(unpublishedCount, { until: (n) => n === 0, what: 'the outbox to be published' });
    // The relay marks rows only after Kafka acknowledged them: the topic is complete now.
    expect(await countMessages(env.kafka, topic)).toBe(1);
    const [message] = await readTopic(env.kafka, topic, { until: (m) => m.length >= 1, timeoutMs: 15_000 });
    expect(message!.key).toBe(data.customer.id);
    expect(message!.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: id,
      ce_source: '/crm/customer',
      ce_type: 'crm.customer.customer.created.v1',
      ce_time: time.toISOString(),
      ce_subject: data.customer.id,
      ce_tenantid: 'tenant-a',
      'content-type': 'application/json',
    });
    expect(message!.value).toEqual(data);
    expect(
      await env.dataSource.query('SELECT type, aggregatetype, aggregateid, attempts, last_error FROM outbox'),
    ).toEqual([
      {
        type: 'crm.customer.customer.created.v1',
        aggregatetype: 'customer',
        aggregateid: data.customer.id,
        attempts: 0,
        last_error: null,
      },
    ]);
  });

  it("keeps one aggregate's events in sequence order on its partition", async () => {
    const prefix = uniqueTopicPrefix('relay_order');
    const customer = customerSnapshot();
    const other = customerSnapshot();
    for (let version = 1; version <= 30; version += 1) {
      // interleave another key so that order is not trivially the topic's order
      await recordCustomerEvent('crm.customer.customer.updated.v1', {
        customer: { ...customer, version },
        changedFields: ['version'],
      });
      await recordCustomerEvent('crm.customer.customer.updated.v1', {
        customer: { ...other, version },
        changedFields: ['version'],
      });
    }
    startRelay(prefix, { batchSize: 7 });
    const messages = await readTopic(env.kafka, `${prefix}crm.customer.customer`, {
      until: (m) => m.length >= 60,
      timeoutMs: 20_000,
    });
    const versionsOf = (id: string) =>
      messages
        .filter((m) => m.key === id)
        .map((m) => (m.value as { customer: { version: number } }).customer.version);
    const oneToThirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(versionsOf(customer.id)).toEqual(oneToThirty);
    expect(versionsOf(other.id)).toEqual(oneToThirty);
    expect(new Set(messages.filter((m) => m.key === customer.id).map((m) => m.partition)).size).toBe(1);
  });

  it('stopped mid-batch finishes that batch; the next relay loses nothing and repeats nothing', async () => {
    const prefix = uniqueTopicPrefix('relay_stop');
    const topic = `${prefix}crm.customer.customer`;
    const ids = await recordMany(500);

    const first = startRelay(prefix, { batchSize: 10 });
    await waitFor(publishedCount, { until: (n) => n > 0, intervalMs: 2, what: 'the first batch' });
    await first.stop();
    expect(first.isActive).toBe(false);
    const publishedByFirst = await publishedCount();
    expect(publishedByFirst).toBeLessThan(500); // it was stopped while publishing
    expect(publishedByFirst % 10).toBe(0); // whole batches
    expect(await countMessages(env.kafka, topic)).toBe(publishedByFirst); // nothing sent and left unmarked

    startRelay(prefix, { batchSize: 10 });
    await waitFor(unpublishedCount, { until: (n) => n === 0, what: 'the rest to be published' });
    expect(await countMessages(env.kafka, topic)).toBe(500);
    const messages = await readTopic(env.kafka, topic, { until: (m) => m.length >= 500, timeoutMs: 20_000 });
    expectEachIdOnce(messages, ids);
  });

  it('is active on one replica at a time; another takes over when it stops', async () => {
    const prefix = uniqueTopicPrefix('relay_failover');
    const topic = `${prefix}crm.customer.customer`;
    const first = startRelay(prefix);
    await waitFor(() => first.state, { until: (s) => s === 'active', what: 'the first relay to be active' });
    const second = startRelay(prefix);
    await waitFor(() => second.state, {
      until: (s) => s === 'standby',
      what: 'the second relay to stand by',
    });

    const before = await recordMany(100);
    await waitFor(unpublishedCount, { until: (n) => n === 0, what: 'the first relay to publish' });
    expect([first.state, second.state]).toEqual(['active', 'standby']);
    const holders = await env.dataSource.query(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    expect(holders[0].n).toBe(1);

    await first.stop();
    await waitFor(() => second.state, {
      until: (s) => s === 'active',
      what: 'the second relay to take over',
    });
    const after = await recordMany(100);
    await waitFor(unpublishedCount, { until: (n) => n === 0, what: 'the second relay to publish' });
    expect(await countMessages(env.kafka, topic)).toBe(200);
    expectEachIdOnce(
      await readTopic(env.kafka, topic, { until: (m) => m.length >= 200, timeoutMs: 20_000 }),
      [...before, ...after],
    );
  });

  it('takes over from a replica whose database session died', async () => {
    const prefix = uniqueTopicPrefix('relay_died');
    const topic = `${prefix}crm.customer.customer`;
    const first = startRelay(prefix);
    await waitFor(() => first.state, { until: (s) => s === 'active', what: 'the first relay to be active' });
    const second = startRelay(prefix);
    await waitFor(() => second.state, {
      until: (s) => s === 'standby',
      what: 'the second relay to stand by',
    });

    // What a crashed replica leaves behind: its session ends, and with it the advisory lock.
    await env.dataSource.query(
      "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    const ids = await recordMany(50);
    await waitFor(unpublishedCount, { until: (n) => n === 0, what: 'a relay to publish after the failure' });
    expect([first.state, second.state].filter((s) => s === 'active')).toHaveLength(1);
    expectEachIdOnce(
      await readTopic(env.kafka, topic, { until: (m) => m.length >= 50, timeoutMs: 20_000 }),
      ids,
    );
  });
});
