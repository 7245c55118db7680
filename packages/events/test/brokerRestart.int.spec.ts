// docs/architecture.md §6 "nothing is lost when Kafka restarts", for the outbox relay and the consumer, against a
// real broker that is stopped and started again on the same data and ports. The broker is this file's
// own (the one of globalSetup serves every other test file in parallel and must stay up): the
// project's runner, infra/kafka/kafka.mjs, in a child process that stops the broker on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@crm/platform';
import { readTopic, waitFor, type TopicMessage } from '@crm/testkit';
import type { Message } from 'kafkajs';
import { pino } from 'pino';
import {
  createKafka,
  encodeCloudEvent,
  ensureTopics,
  EventConsumer,
  OutboxRelay,
  producerDefaults,
  recordEvent,
  type CustomerSnapshot,
  type EventHandler,
  type KafkaClient,
} from '../src';
import {
  countMessages,
  openEventKitEnvironment,
  uniqueTopicPrefix,
  type EventKitEnvironment,
} from './support/eventKitEnvironment';
import { customerSnapshot } from './support/fixtures';

const KAFKA_RUNNER = path.resolve(__dirname, '../../../infra/kafka/kafka.mjs');

/** A broker of this file's own, run by the project's runner; restarts on the same data dir and ports. */
class PrivateBroker {
  /** `host:port`, as the runner prints it in `KAFKA_BROKERS=`. */
  brokers = '';
  port = 0;
  controllerPort = 0;
  private runner: ChildProcess | undefined;
  private runnerExited = false;

  constructor(readonly dataDir: string) {}

  get running(): boolean {
    return this.runner !== undefined;
  }

  /** The first start picks free ports (0); later ones reuse them, so clients find the same broker again. */
  async start(): Promise<void> {
    if (this.runner) throw new Error('the broker is already running');
    const args = ['--data-dir', this.dataDir, '--port', String(this.port)];
    args.push('--controller-port', String(this.controllerPort));
    const runner = spawn(process.execPath, [KAFKA_RUNNER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.runner = runner;
    this.runnerExited = false;
    let stdout = '';
    let stderr = '';
    runner.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    runner.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    runner.once('exit', () => (this.runnerExited = true));
    const brokers = await waitFor(
      () => {
        if (this.runnerExited) throw new Error(`the runner exited early:\n${stderr}`);
        return /^KAFKA_BROKERS=(.+)$/m.exec(stdout)?.[1]?.trim();
      },
      { timeoutMs: 90_000, intervalMs: 50, what: `the broker to start (runner pid ${runner.pid})` },
    );
    if (this.brokers && brokers !== this.brokers) {
      throw new Error(`the broker came back on ${brokers}, not on ${this.brokers}`);
    }
    this.brokers = brokers;
    // The runner prints the client port only; the controller's is in the server.properties it wrote.
    const properties = fs.readFileSync(path.join(this.dataDir, 'server.properties'), 'utf8');
    const [, port, controllerPort] =
      /^listeners=PLAINTEXT:\/\/[^,]+:(\d+),CONTROLLER:\/\/.+:(\d+)$/m.exec(properties) ?? [];
    this.port = Number(port);
    this.controllerPort = Number(controllerPort);
    if (!(this.port > 0 && this.controllerPort > 0)) throw new Error(`no ports in ${properties}`);
  }

  /** SIGTERM to the runner, which stops the broker and exits once it has. */
  async stop(): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    if (!this.runnerExited) {
      runner.kill('SIGTERM');
      try {
        await waitFor(() => this.runnerExited, {
          timeoutMs: 45_000,
          what: `runner pid ${runner.pid} to stop`,
        });
      } catch (error) {
        runner.kill('SIGKILL'); // its watchdog then stops the broker
        throw error;
      }
    }
    this.runner = undefined;
  }
}

const log = createLogger('broker-restart-test');
// The outage makes kafkajs and the relay log errors on purpose (LOG_LEVEL shows them).
if (!process.env.LOG_LEVEL) log.level = 'fatal';

/** The consumer's log, down to debug, kept to see what it did with an event (LOG_LEVEL shows it). */
const consumerLines: { level: number; msg: string; eventId?: string }[] = [];
const consumerLog = pino(
  { name: 'broker-restart-consumer', level: 'debug' },
  {
    write(line: string) {
      const entry = JSON.parse(line) as (typeof consumerLines)[number];
      consumerLines.push(entry);
      const shown = process.env.LOG_LEVEL && pino.levels.values[process.env.LOG_LEVEL];
      if (shown && entry.level >= shown) process.stderr.write(line);
    },
  },
);
const loggedFor = (msg: string, eventId: string) =>
  consumerLines.some((line) => line.msg === msg && line.eventId === eventId);

let env: EventKitEnvironment;
let broker: PrivateBroker;
let kafka: KafkaClient;
const relays: OutboxRelay[] = [];
const consumers: EventConsumer[] = [];

beforeAll(async () => {
  broker = new PrivateBroker(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-kafka-restart-')));
  const [environment] = await Promise.all([openEventKitEnvironment('broker_restart'), broker.start()]);
  env = environment;
  kafka = createKafka({ brokers: broker.brokers, clientId: 'events-test-broker-restart', log });
  await env.dataSource.query(
    `CREATE TABLE applied (seq bigserial PRIMARY KEY, event_id text NOT NULL, customer_id text NOT NULL,
       version int NOT NULL)`,
  );
}, 120_000);

afterEach(async () => {
  // A test that failed during the outage: bring the broker back, so that its clients close cleanly.
  if (broker.brokers && !broker.running) await broker.start();
  await Promise.all([...relays.splice(0), ...consumers.splice(0)].map((client) => client.stop()));
}, 120_000);

afterAll(async () => {
  await broker?.stop();
  if (broker) fs.rmSync(broker.dataDir, { recursive: true, force: true });
  await env?.close();
}, 60_000);

function startRelay(topicPrefix: string): OutboxRelay {
  const relay = new OutboxRelay({
    dataSource: env.dataSource,
    kafka,
    service: 'customer',
    topicPrefix,
    batchSize: 10,
    pollIntervalMs: 20,
    lockRetryMs: 100,
    maxBackoffMs: 1_000,
    log,
  });
  relays.push(relay);
  relay.start();
  return relay;
}

/** One `updated` event per customer and version, each in its own transaction, versions interleaved. */
async function recordVersions(customers: CustomerSnapshot[], from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  for (let version = from; version <= to; version += 1) {
    for (const customer of customers) {
      ids.push(
        await env.dataSource.transaction((manager) =>
          recordEvent(manager, {
            type: 'crm.customer.customer.updated.v1',
            aggregateId: customer.id,
            tenantId: customer.tenantId,
            data: { customer: { ...customer, version }, changedFields: ['version'] },
          }),
        ),
      );
    }
  }
  return ids;
}

interface OutboxCounts {
  published: number;
  unpublished: number;
  /** Rows with failed publishing attempts recorded, the most attempts of one row, the errors recorded. */
  attempted: number;
  maxAttempts: number;
  lastErrors: string[];
}

async function outboxCounts(): Promise<OutboxCounts> {
  const [row] = await env.dataSource.query(
    `SELECT count(*) FILTER (WHERE published_at IS NOT NULL)::int AS published,
            count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
            count(*) FILTER (WHERE attempts > 0)::int AS attempted,
            coalesce(max(attempts), 0)::int AS "maxAttempts",
            coalesce(array_agg(DISTINCT last_error) FILTER (WHERE last_error IS NOT NULL), '{}') AS "lastErrors"
       FROM outbox`,
  );
  return row;
}

const versionOf = (message: TopicMessage) =>
  (message.value as { customer: { version: number } }).customer.version;

/** How often each id occurs. */
function occurrences(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function expectEachOnce(seen: string[], expected: string[]): void {
  const repeated = [...occurrences(seen)].filter(([, n]) => n > 1);
  expect(repeated).toEqual([]);
  const missing = expected.filter((id) => !seen.includes(id));
  expect(missing).toEqual([]);
  expect(seen).toHaveLength(expected.length);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1_000 });
    const done = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

describe('a broker restart', () => {
  it('the relay keeps what it cannot publish and, once the broker is back, publishes every event once, in order', async () => {
    const prefix = uniqueTopicPrefix('restart_relay');
    const topic = `${prefix}crm.customer.customer`;
    const customers = Array.from({ length: 5 }, (_, i) => customerSnapshot({ name: `Customer ${i}` }));
    const relay = startRelay(prefix);

    const before = await recordVersions(customers, 1, 10);
    await waitFor(outboxCounts, {
      until: (c) => c.published === 50,
      timeoutMs: 20_000,
      what: 'the first 50 events to be published',
    });
    expect(await countMessages(kafka, topic)).toBe(50);

    await broker.stop();
    expect(await portAccepts(broker.port)).toBe(false);
    const during = await recordVersions(customers, 11, 20);
    // kafkajs gives up on a dead broker only after its retries (about 20 s for the relay's first
    // round); then the relay records the failure on the batch's rows and keeps them for the next round.
    const down = await waitFor(outboxCounts, {
      until: (c) => c.attempted > 0,
      timeoutMs: 40_000,
      what: 'the relay to record a failed round against the stopped broker',
    });
    expect(down).toMatchObject({ published: 50, unpublished: 50 });
    expect(down.lastErrors.length).toBeGreaterThan(0);
    expect(relay.state).toBe('active');

    await broker.start(); // same data dir, same ports
    await waitFor(outboxCounts, {
      until: (c) => c.unpublished === 0,
      timeoutMs: 30_000,
      what: 'the events recorded during the outage to be published',
    });
    expect(relay.state).toBe('active');
    expect(await outboxCounts()).toMatchObject({ published: 100, unpublished: 0 });

    // The topic, read from the beginning: the events of both sides of the outage, each once.
    expect(await countMessages(kafka, topic)).toBe(100);
    const messages = await readTopic(kafka, topic, { until: (m) => m.length >= 100, timeoutMs: 20_000 });
    expectEachOnce(
      messages.map((m) => m.headers.ce_id!),
      [...before, ...during],
    );
    for (const customer of customers) {
      const own = messages.filter((m) => m.key === customer.id);
      expect(own.map(versionOf)).toEqual(range(1, 20));
      expect(new Set(own.map((m) => m.partition)).size).toBe(1);
    }
  }, 90_000);

  it('the consumer stopped mid-stream by the outage applies every event exactly once after it', async () => {
    const topic = `${uniqueTopicPrefix('restart_consumer')}crm.customer.customer`;
    await ensureTopics(kafka, [topic]); // three partitions, as the services' topics
    const customers = Array.from({ length: 6 }, (_, i) => customerSnapshot({ name: `Customer ${i}` }));
    const groupId = `test-group-restart-${randomUUID()}`;

    const messagesFor = (from: number, to: number): Message[] =>
      range(from, to).flatMap((version) =>
        customers.map((customer) =>
          encodeCloudEvent({
            id: randomUUID(),
            type: 'crm.customer.customer.updated.v1',
            subject: customer.id,
            tenantId: customer.tenantId,
            time: new Date().toISOString(),
            data: { customer: { ...customer, version }, changedFields: ['version'] },
          }),
        ),
      );
    const produce = async (messages: Message[]) => {
      const producer = kafka.producer(producerDefaults);
      await producer.connect();
      try {
        await producer.send({ topic, acks: -1, messages });
      } finally {
        await producer.disconnect();
      }
    };
    const idsOf = (messages: Message[]) => messages.map((m) => m.headers!.ce_id as string);

    // The handler holds its 20th event until the broker is down: that event's effect is stored during
    // the outage, but its offset cannot be committed.
    const calls: string[] = [];
    let gateReached = false;
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const handle: EventHandler = async (event, manager) => {
      calls.push(event.id);
      const { customer } = event.data as { customer: { id: string; version: number } };
      await manager.query('INSERT INTO applied (event_id, customer_id, version) VALUES ($1, $2, $3)', [
        event.id,
        customer.id,
        customer.version,
      ]);
      if (calls.length === 20) {
        gateReached = true;
        await gate;
      }
    };
    const appliedIds = async (): Promise<string[]> =>
      (await env.dataSource.query('SELECT event_id FROM applied ORDER BY seq')).map(
        (row: { event_id: string }) => row.event_id,
      );

    const first = messagesFor(1, 10); // 60 events
    await produce(first);
    const consumer = new EventConsumer({
      kafka,
      dataSource: env.dataSource,
      groupId,
      topics: [topic],
      handle,
      backoffMs: 50,
      maxWaitTimeMs: 200,
      log: consumerLog,
    });
    consumers.push(consumer);
    await consumer.start();
    await waitFor(() => gateReached, { timeoutMs: 20_000, what: 'the consumer to reach its 20th event' });

    await broker.stop();
    expect(await portAccepts(broker.port)).toBe(false);
    openGate();
    const heldEvent = calls[19]!;
    // Its transaction commits (the database is up); its offset commit fails once kafkajs's retries are
    // spent (about 10 s). That is no handler attempt: the event is read again from the committed offset.
    await waitFor(() => loggedFor('offset commit failed, event will be read again', heldEvent), {
      timeoutMs: 30_000,
      what: 'the offset commit of the held event to fail',
    });
    expect(loggedFor('handler failed, retrying', heldEvent)).toBe(false);
    const appliedDuringOutage = await appliedIds();
    expect(appliedDuringOutage).toContain(heldEvent);
    expect(appliedDuringOutage.length).toBeLessThan(first.length); // mid-stream

    await broker.start(); // same data dir, same ports
    const second = messagesFor(11, 20); // 60 more, produced after the restart
    await produce(second);
    const all = [...idsOf(first), ...idsOf(second)];

    await waitFor(appliedIds, {
      until: (ids) => ids.length >= all.length,
      timeoutMs: 40_000,
      what: `all ${all.length} events to be applied`,
    });
    // Caught up: every partition's committed offset is its end, so nothing is redelivered after this.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await waitFor(
        async () => {
          const ends = await admin.fetchTopicOffsets(topic);
          const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
          return ends.map((end) => ({
            partition: end.partition,
            end: end.offset,
            committed: committed?.partitions.find((p) => p.partition === end.partition)?.offset,
          }));
        },
        {
          // A partition no key hashed to has nothing to commit (-1).
          until: (partitions) => partitions.every((p) => Math.max(0, Number(p.committed)) === Number(p.end)),
          timeoutMs: 20_000,
          what: 'the consumer group to commit every partition to its end',
        },
      );
    } finally {
      await admin.disconnect();
    }

    const applied = await appliedIds();
    expectEachOnce(applied, all);
    expectEachOnce(calls, all); // the inbox skipped every redelivery before the handler
    // The held event did come through again (retried, or redelivered from the committed offset).
    expect(loggedFor('event already applied, skipped', heldEvent)).toBe(true);
    const inbox = await env.dataSource.query('SELECT event_id FROM inbox WHERE consumer_group = $1', [
      groupId,
    ]);
    expect(inbox).toHaveLength(all.length);
    const rows: { customer_id: string; version: number }[] = await env.dataSource.query(
      'SELECT customer_id, version FROM applied ORDER BY seq',
    );
    for (const customer of customers) {
      expect(rows.filter((r) => r.customer_id === customer.id).map((r) => r.version)).toEqual(range(1, 20));
    }
  }, 90_000);
});
