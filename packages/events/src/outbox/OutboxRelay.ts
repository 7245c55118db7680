import type { DataSource } from 'typeorm';
import type { Kafka, Message, Producer } from 'kafkajs';
import { createLogger, type Logger } from '@crm/platform';
import { topicsOf } from '../catalogue/eventCatalogue';
import { parseEventType } from '../catalogue/eventType';
import type { ServiceName } from '../catalogue/services';
import { encodeCloudEvent } from '../cloudevents';
import { backoffDelay, InterruptibleDelay } from '@crm/platform';
import { ensureTopics, producerDefaults } from '../kafka';
import { RelayLock } from './relayLock';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  service: ServiceName;
  /** Rows per round (default 100). */
  batchSize?: number;
  /** Wait after a round that was not full (default 100 ms). */
  pollIntervalMs?: number;
  /** How often a standby replica tries to take the lock over (default 1 s). */
  lockRetryMs?: number;
  /** Longest wait between failed rounds (default 10 s). */
  maxBackoffMs?: number;
  /** Prepended to every topic name, so that test runs or deployments can share a cluster (default none). */
  topicPrefix?: string;
  log?: Logger;
}

interface OutboxRow {
  id: string;
  type: string;
  aggregateid: string;
  tenant_id: string;
  occurred_at: Date;
  payload: unknown;
}

class PublishFailed extends Error {}

/** `standby`: another replica holds the lock; this one retries every lockRetryMs. */
export type OutboxRelayState = 'stopped' | 'starting' | 'standby' | 'active';

/**
 * Publishes the outbox to Kafka, in `sequence` order, as CloudEvents. One relay per service database
 * is active (advisory lock); the others wait and take over when it stops or dies.
 *
 * Delivery is at least once: a crash after Kafka acknowledged a batch but before its rows were marked
 * published republishes that batch. Consumers deduplicate by `ce_id` (EventConsumer does).
 */
export class OutboxRelay {
  readonly name = 'outbox-relay';
  private readonly dataSource: DataSource;
  private readonly kafka: Kafka;
  private readonly service: ServiceName;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lockRetryMs: number;
  private readonly maxBackoffMs: number;
  private readonly topicPrefix: string;
  private readonly log: Logger;
  private readonly delay = new InterruptibleDelay();
  private lock: RelayLock | undefined;
  private producer: Producer | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private topicsReady = false;
  private currentState: OutboxRelayState = 'stopped';

  constructor(options: OutboxRelayOptions) {
    this.dataSource = options.dataSource;
    this.kafka = options.kafka;
    this.service = options.service;
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.lockRetryMs = options.lockRetryMs ?? 1_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.topicPrefix = options.topicPrefix ?? '';
    this.log = options.log ?? createLogger('outbox-relay');
  }

  /** True while this relay holds the lock and publishes. */
  get isActive(): boolean {
    return this.currentState === 'active';
  }

  get state(): OutboxRelayState {
    return this.currentState;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.currentState = 'starting';
    this.loop = this.run();
  }

  /** Finishes the batch in flight, gives up the lock and returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.delay.interrupt();
    await this.loop;
    this.loop = undefined;
    this.currentState = 'stopped';
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        if (!this.lock) {
          this.lock = await RelayLock.tryAcquire(this.dataSource, `crm.outbox-relay.${this.service}`);
          if (!this.lock) {
            this.currentState = 'standby';
            await this.delay.wait(this.lockRetryMs);
            continue;
          }
          this.currentState = 'active';
          this.log.info({ service: this.service }, 'outbox relay active');
        }
        if (this.lock.connection.isReleased) {
          this.log.warn(
            { service: this.service },
            'outbox relay lost its database session, and with it the lock',
          );
          await this.standDown();
          continue;
        }
        const published = await this.publishBatch(this.lock);
        failures = 0;
        if (published < this.batchSize) await this.delay.wait(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        this.log.warn({ err: error, service: this.service, failures }, 'outbox relay round failed');
        if (!(error instanceof PublishFailed)) await this.standDown(); // the lock's connection may be gone
        await this.delay.wait(backoffDelay(failures, 200, this.maxBackoffMs));
      }
    }
    await this.standDown();
  }

  /** One round, in one transaction on the lock's connection: losing the connection also ends the lock. */
  private async publishBatch(lock: RelayLock): Promise<number> {
    const db = lock.connection;
    await db.startTransaction();
    try {
      const rows: OutboxRow[] = await db.query(
        `SELECT id, type, aggregateid, tenant_id, occurred_at, payload FROM outbox
          WHERE published_at IS NULL ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) {
        await db.commitTransaction();
        return 0;
      }
      const ids = rows.map((row) => row.id);
      try {
        await this.send(rows);
      } catch (error) {
        // Record the failure and retry the same rows: skipping one would break per-key order.
        await db.query(
          'UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])',
          [ids, String((error as Error).message ?? error).slice(0, 2000)],
        );
        await db.commitTransaction();
        await this.dropProducer();
        throw new PublishFailed(
          `publishing ${rows.length} outbox events failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      // A crash here, after Kafka acknowledged, republishes the batch: at least once, consumers dedupe by ce_id.
      await db.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])', [ids]);
      await db.commitTransaction();
      return rows.length;
    } catch (error) {
      if (db.isTransactionActive && !db.isReleased) await db.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const topic = this.topicPrefix + parseEventType(row.type).topic;
      const message = encodeCloudEvent({
        id: row.id,
        type: row.type,
        subject: row.aggregateid,
        tenantId: row.tenant_id,
        time: row.occurred_at.toISOString(),
        data: row.payload,
      });
      const messages = byTopic.get(topic) ?? [];
      messages.push(message);
      byTopic.set(topic, messages);
    }
    if (!this.topicsReady) {
      await ensureTopics(this.kafka, [
        ...new Set([...topicsOf(this.service).map((t) => this.topicPrefix + t), ...byTopic.keys()]),
      ]);
      this.topicsReady = true;
    }
    const producer = await this.connectedProducer();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        ...producerDefaults,
        idempotent: true,
        maxInFlightRequests: 1,
        retry: { retries: 5 },
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async dropProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async standDown(): Promise<void> {
    await this.dropProducer();
    const lock = this.lock;
    this.lock = undefined;
    if (this.currentState === 'active') this.currentState = 'standby';
    if (lock) {
      await lock.release();
      this.log.info({ service: this.service }, 'outbox relay inactive');
    }
  }
}
