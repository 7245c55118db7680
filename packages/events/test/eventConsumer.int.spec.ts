// EventConsumer against a real broker and database: idempotence, poison messages, retries, DLQ.
import { randomUUID } from 'node:crypto';
import { createLogger } from '@crm/platform';
import { readTopic, waitFor } from '@crm/testkit';
import type { Message } from 'kafkajs';
import {
  deadLetterHeaders,
  encodeCloudEvent,
  ensureTopics,
  EventConsumer,
  producerDefaults,
  type BatchOptions,
  type ConsumedEvent,
  type EventHandler,
} from '../src';
import {
  countMessages,
  openEventKitEnvironment,
  uniqueTopicPrefix,
  type EventKitEnvironment,
} from './support/eventKitEnvironment';
import { customerCreated } from './support/fixtures';

let env: EventKitEnvironment;
const consumers: EventConsumer[] = [];
// The tests fail handlers on purpose; their warnings would only bury real output (LOG_LEVEL shows them).
const log = createLogger('event-consumer-test');
if (!process.env.LOG_LEVEL) log.level = 'fatal';

beforeAll(async () => {
  env = await openEventKitEnvironment('event_consumer');
  await env.dataSource.query('CREATE TABLE applied (event_id text NOT NULL, customer_name text NOT NULL)');
});

afterEach(async () => {
  await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
});

afterAll(async () => {
  await env?.close();
});

/** A topic of one partition, so that the order of a test's messages is the order they are read in. */
async function newTopic(label: string): Promise<string> {
  const topic = `${uniqueTopicPrefix(label)}crm.customer.customer`;
  await ensureTopics(env.kafka, [topic], { partitions: 1 });
  return topic;
}

async function produce(topic: string, messages: Message[]): Promise<void> {
  const producer = env.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

function customerCreatedMessage(id = randomUUID(), name = 'Acme GmbH'): Message {
  const data = customerCreated({ name });
  return encodeCloudEvent({
    id,
    type: 'crm.customer.customer.created.v1',
    subject: data.customer.id,
    tenantId: 'tenant-a',
    time: new Date().toISOString(),
    data,
  });
}

/** Stores its effect in the test's table (in the consumer's transaction) and fails as told. */
function recordingHandler(failuresBeforeSuccess: Record<string, number> = {}) {
  const calls = new Map<string, number>();
  const handle: EventHandler = async (event: ConsumedEvent, manager) => {
    const call = (calls.get(event.id) ?? 0) + 1;
    calls.set(event.id, call);
    const { customer } = event.data as { customer: { name: string } };
    await manager.query('INSERT INTO applied (event_id, customer_name) VALUES ($1, $2)', [
      event.id,
      customer.name,
    ]);
    if (call <= (failuresBeforeSuccess[event.id] ?? 0)) throw new Error(`induced failure ${call}`);
  };
  return { handle, calls };
}

async function startConsumer(
  topic: string,
  handle: EventHandler,
  options: { groupId?: string; maxAttempts?: number; backoffMs?: number; batch?: BatchOptions } = {},
) {
  const consumer = new EventConsumer({
    kafka: env.kafka,
    dataSource: env.dataSource,
    groupId: options.groupId ?? `test-group-${randomUUID()}`,
    topics: [topic],
    handle,
    maxAttempts: options.maxAttempts ?? 5,
    backoffMs: options.backoffMs ?? 20,
    maxWaitTimeMs: 200,
    batch: options.batch,
    log,
  });
  consumers.push(consumer);
  await consumer.start();
  return consumer;
}

const appliedRows = async (eventId: string): Promise<number> =>
  Number(
    (await env.dataSource.query('SELECT count(*)::int AS n FROM applied WHERE event_id = $1', [eventId]))[0]
      .n,
  );

const waitUntilApplied = (eventId: string) =>
  waitFor(() => appliedRows(eventId), { until: (n) => n > 0, what: `event ${eventId} to be applied` });

async function committedOffset(groupId: string, topic: string): Promise<number> {
  const admin = env.kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return Number(offsets?.partitions[0]?.offset ?? -1);
  } finally {
    await admin.disconnect();
  }
}

describe('EventConsumer', () => {
  it('applies an event delivered twice once, and commits the offsets after the effect', async () => {
    const topic = await newTopic('consumer_dup');
    const duplicated = customerCreatedMessage();
    const marker = customerCreatedMessage();
    const eventId = duplicated.headers!.ce_id as string;
    await produce(topic, [duplicated, { ...duplicated }, marker]);

    const groupId = `test-group-${randomUUID()}`;
    const { handle, calls } = recordingHandler();
    await startConsumer(topic, handle, { groupId });
    await waitUntilApplied(marker.headers!.ce_id as string);

    expect(calls.get(eventId)).toBe(1);
    expect(await appliedRows(eventId)).toBe(1);
    expect(
      await env.dataSource.query('SELECT consumer_group, event_type FROM inbox WHERE event_id = $1', [
        eventId,
      ]),
    ).toEqual([{ consumer_group: groupId, event_type: 'crm.customer.customer.created.v1' }]);
    await waitFor(() => committedOffset(groupId, topic), {
      until: (offset) => offset === 3,
      what: 'offsets to be committed',
    });
  });

  it('parks poison messages on <topic>.dlq with the reason and original headers, and goes on', async () => {
    const topic = await newTopic('consumer_poison');
    const badJson = { ...customerCreatedMessage(), value: Buffer.from('{"customer": oops') };
    const unknownType = customerCreatedMessage();
    unknownType.headers = { ...unknownType.headers, ce_type: 'crm.customer.customer.merged.v1' };
    const invalidData = customerCreatedMessage();
    invalidData.value = JSON.stringify({ customer: { name: 'no id, no anything' }, changedFields: [] });
    const noTenant = customerCreatedMessage();
    delete noTenant.headers!.ce_tenantid;
    const marker = customerCreatedMessage();
    await produce(topic, [badJson, unknownType, invalidData, noTenant, marker]);

    const groupId = `test-group-${randomUUID()}`;
    const { handle, calls } = recordingHandler();
    await startConsumer(topic, handle, { groupId });
    await waitUntilApplied(marker.headers!.ce_id as string);
    expect([...calls.keys()]).toEqual([marker.headers!.ce_id]);

    const parked = await readTopic(env.kafka, `${topic}.dlq`, {
      until: (m) => m.length >= 4,
      timeoutMs: 15_000,
    });
    expect(parked.map((m) => [m.headers.ce_id, m.headers[deadLetterHeaders.reason]])).toEqual([
      [badJson.headers!.ce_id, 'INVALID_CLOUDEVENT'],
      [unknownType.headers!.ce_id, 'UNKNOWN_EVENT_TYPE'],
      [invalidData.headers!.ce_id, 'INVALID_EVENT_DATA'],
      [noTenant.headers!.ce_id, 'INVALID_CLOUDEVENT'],
    ]);
    const [first, second, third, fourth] = parked;
    expect(first!.text).toBe('{"customer": oops');
    expect(first!.headers).toMatchObject({
      ce_type: 'crm.customer.customer.created.v1',
      ce_tenantid: 'tenant-a',
      [deadLetterHeaders.consumerGroup]: groupId,
      [deadLetterHeaders.topic]: topic,
      [deadLetterHeaders.partition]: '0',
      [deadLetterHeaders.offset]: '0',
      [deadLetterHeaders.attempts]: '0',
    });
    expect(first!.headers[deadLetterHeaders.error]).toMatch(/value is not JSON/);
    expect(second!.headers[deadLetterHeaders.error]).toMatch(/not in the event catalogue/);
    expect(third!.headers[deadLetterHeaders.error]).toMatch(/customer.id: /);
    expect(fourth!.headers[deadLetterHeaders.error]).toBe('Missing CloudEvents header ce_tenantid');
    expect(fourth!.key).toBe(noTenant.key);
    await waitFor(() => committedOffset(groupId, topic), {
      until: (offset) => offset === 5,
      what: 'offsets to be committed',
    });
  });

  it('retries a failing handler with backoff and applies the event once when it succeeds', async () => {
    const topic = await newTopic('consumer_retry');
    const flaky = customerCreatedMessage();
    const marker = customerCreatedMessage();
    const eventId = flaky.headers!.ce_id as string;
    await produce(topic, [flaky, marker]);

    const { handle, calls } = recordingHandler({ [eventId]: 2 });
    await startConsumer(topic, handle);
    await waitUntilApplied(marker.headers!.ce_id as string);

    expect(calls.get(eventId)).toBe(3);
    expect(await appliedRows(eventId)).toBe(1); // the failed attempts' effects were rolled back
    expect(await countMessages(env.kafka, `${topic}.dlq`)).toBe(0);
  });

  it('parks an event whose handler keeps failing on the DLQ after maxAttempts, and goes on', async () => {
    const topic = await newTopic('consumer_park');
    const doomed = customerCreatedMessage();
    const marker = customerCreatedMessage();
    const eventId = doomed.headers!.ce_id as string;
    await produce(topic, [doomed, marker]);

    const { handle, calls } = recordingHandler({ [eventId]: Number.POSITIVE_INFINITY });
    await startConsumer(topic, handle, { maxAttempts: 3 });
    await waitUntilApplied(marker.headers!.ce_id as string);

    expect(calls.get(eventId)).toBe(3);
    expect(await appliedRows(eventId)).toBe(0);
    expect(await env.dataSource.query('SELECT * FROM inbox WHERE event_id = $1', [eventId])).toEqual([]);
    const [parked] = await readTopic(env.kafka, `${topic}.dlq`, {
      until: (m) => m.length >= 1,
      timeoutMs: 15_000,
    });
    expect(parked!.headers).toMatchObject({
      ce_id: eventId,
      [deadLetterHeaders.reason]: 'HANDLER_FAILED',
      [deadLetterHeaders.attempts]: '3',
      [deadLetterHeaders.error]: 'induced failure 3',
    });
    expect(parked!.value).toEqual(JSON.parse(String(doomed.value)));
  });

  it('does not commit an event it was stopped while retrying: the next consumer of the group applies it', async () => {
    const topic = await newTopic('consumer_restart');
    const pending = customerCreatedMessage();
    const eventId = pending.headers!.ce_id as string;
    await produce(topic, [pending]);
    const groupId = `test-group-${randomUUID()}`;

    const failing = recordingHandler({ [eventId]: Number.POSITIVE_INFINITY });
    const first = await startConsumer(topic, failing.handle, { groupId, backoffMs: 60_000 });
    await waitFor(() => failing.calls.get(eventId) ?? 0, {
      until: (n) => n === 1,
      what: 'the first attempt',
    });
    await first.stop(); // interrupts the minute-long backoff

    expect(await committedOffset(groupId, topic)).toBe(-1);
    const { handle, calls } = recordingHandler();
    await startConsumer(topic, handle, { groupId });
    await waitUntilApplied(eventId);
    expect(calls.get(eventId)).toBe(1);
    await waitFor(() => committedOffset(groupId, topic), {
      until: (offset) => offset === 1,
      what: 'the offset to be committed',
    });
  });
});

describe('EventConsumer in batched mode', () => {
  it('applies a batch once per event, parks poison and a failing event alone, and commits to the end', async () => {
    const topic = await newTopic('consumer_batch');
    const first = customerCreatedMessage();
    const poison = { ...customerCreatedMessage(), value: Buffer.from('not json') };
    const doomed = customerCreatedMessage();
    const rest = Array.from({ length: 7 }, () => customerCreatedMessage());
    const messages = [first, { ...first }, poison, doomed, ...rest];
    await produce(topic, messages);

    const groupId = `test-group-${randomUUID()}`;
    const doomedId = doomed.headers!.ce_id as string;
    const { handle, calls } = recordingHandler({ [doomedId]: Number.POSITIVE_INFINITY });
    await startConsumer(topic, handle, { groupId, maxAttempts: 2, batch: { maxEvents: 4 } });
    await waitFor(() => committedOffset(groupId, topic), {
      until: (offset) => offset === messages.length,
      what: 'offsets committed to the end',
    });

    for (const message of [first, ...rest]) {
      expect(await appliedRows(message.headers!.ce_id as string)).toBe(1);
    }
    expect(await appliedRows(doomedId)).toBe(0);
    // The failing chunk's events were applied again one by one; the doomed one tried maxAttempts times then.
    expect(calls.get(doomedId)).toBe(3);
    const parked = await readTopic(env.kafka, `${topic}.dlq`, {
      until: (m) => m.length >= 2,
      timeoutMs: 15_000,
    });
    expect(parked.map((m) => [m.headers.ce_id, m.headers[deadLetterHeaders.reason]])).toEqual([
      [poison.headers!.ce_id, 'INVALID_CLOUDEVENT'],
      [doomedId, 'HANDLER_FAILED'],
    ]);
  });

  it('hands chunks of at most maxEvents new events, in order, to handleBatch', async () => {
    const topic = await newTopic('consumer_handle_batch');
    const messages = Array.from({ length: 10 }, () => customerCreatedMessage());
    await produce(topic, messages);
    const chunks: string[][] = [];
    const handle: EventHandler = async () => {
      throw new Error('handleBatch is used instead');
    };
    const groupId = `test-group-${randomUUID()}`;
    await startConsumer(topic, handle, {
      groupId,
      batch: {
        maxEvents: 3,
        handleBatch: async (events) => {
          chunks.push(events.map((event) => event.id));
        },
      },
    });
    await waitFor(() => committedOffset(groupId, topic), {
      until: (offset) => offset === messages.length,
      what: 'offsets committed to the end',
    });
    expect(chunks.flat()).toEqual(messages.map((message) => message.headers!.ce_id));
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(3);
  });
});
