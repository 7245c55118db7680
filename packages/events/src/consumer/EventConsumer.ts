import type { DataSource, EntityManager } from 'typeorm';
import type { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { createLogger, type Logger } from '@crm/platform';
import { EventValidationError, validateEventData } from '../catalogue/validateEventData';
import { CloudEventDecodeError, decodeCloudEvent } from '../cloudevents';
import { backoffDelay, InterruptibleDelay } from '@crm/platform';
import { ensureTopics, producerDefaults } from '../kafka';
import type { ConsumedEvent } from './consumedEvent';
import { sendToDeadLetterTopic, type DeadLetterReason } from './deadLetter';

export type EventHandler = (event: ConsumedEvent, manager: EntityManager) => Promise<void>;
/** Applies events not seen before by the group, in the order read, in one transaction. */
export type EventBatchHandler = (events: ConsumedEvent[], manager: EntityManager) => Promise<void>;

/** Opt-in batched mode: many events per transaction and per offset commit, for read models that replay a lot. */
export interface BatchOptions {
  /** Most events applied in one transaction (default 500). */
  maxEvents?: number;
  /** Applies a chunk at once (e.g. one extra check per transaction); by default `handle` for each event. */
  handleBatch?: EventBatchHandler;
}

export interface EventConsumerOptions {
  /** For startService's `withoutTasks` (default the consumer group). */
  name?: string;
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  topics: readonly string[];
  /** Applies one event using the given transaction's manager; throwing rolls the effect back and retries. */
  handle: EventHandler;
  /** Handler attempts before the message is parked on `<topic>.dlq` (default 5). */
  maxAttempts?: number;
  /** First retry delay, doubled each attempt (default 200 ms). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Partitions processed in parallel; order holds within a partition (default 1). */
  partitionsConsumedConcurrently?: number;
  /** Longest a fetch waits for new messages; bounds how long stop() takes (default 1 s). */
  maxWaitTimeMs?: number;
  /**
   * Batched mode: a fetched batch of a partition is applied in chunks, each chunk's inbox rows and
   * effects in one transaction, its offset committed after. A chunk that fails is applied again one
   * event at a time (retries, DLQ) so that one bad event is parked alone. Off by default.
   */
  batch?: BatchOptions;
  log?: Logger;
}

type Verdict = { event: ConsumedEvent } | { poison: DeadLetterReason; error: string };

/**
 * Reads CloudEvents from Kafka and applies each once: the inbox row and the handler's effect commit in
 * one transaction, and the offset is committed only after it. Messages that cannot be read (poison) or
 * whose handler keeps failing are parked on `<topic>.dlq` and consumption goes on.
 */
export class EventConsumer {
  readonly name: string;
  private readonly options: Required<Omit<EventConsumerOptions, 'name' | 'log' | 'batch'>>;
  private readonly batch: (Required<Pick<BatchOptions, 'maxEvents'>> & BatchOptions) | undefined;
  private readonly log: Logger;
  private readonly delay = new InterruptibleDelay();
  private readonly inFlight = new Set<Promise<void>>();
  private consumer: Consumer | undefined;
  private deadLetters: Producer | undefined;
  private stopping = false;

  constructor({ name, log, batch, ...options }: EventConsumerOptions) {
    this.name = name ?? options.groupId;
    this.options = {
      maxAttempts: 5,
      backoffMs: 200,
      maxBackoffMs: 10_000,
      partitionsConsumedConcurrently: 1,
      maxWaitTimeMs: 1_000,
      ...options,
    };
    this.log = log ?? createLogger(`consumer:${options.groupId}`);
    this.batch = batch ? { maxEvents: 500, ...batch } : undefined;
  }

  async start(): Promise<void> {
    if (this.consumer) return;
    const { kafka, groupId, topics } = this.options;
    this.stopping = false;
    // Subscribing to a missing topic fails under KRaft; creating it (and its DLQ) here is idempotent.
    await ensureTopics(kafka, topics);
    const deadLetters = kafka.producer({ ...producerDefaults, allowAutoTopicCreation: false });
    await deadLetters.connect();
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: this.options.maxWaitTimeMs,
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.log.error({ err: payload.error, groupId, restart: payload.restart }, 'consumer crashed');
    });
    await consumer.connect();
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      ...(this.batch
        ? {
            // Offsets are resolved as chunks are committed: a batch left half way is fetched again from there.
            eachBatchAutoResolve: false,
            eachBatch: (payload: EachBatchPayload) => this.track(this.processBatch(payload)),
          }
        : { eachMessage: (payload: EachMessagePayload) => this.track(this.process(payload)) }),
    });
  }

  /** Lets the message in flight finish (its offset committed), then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.delay.interrupt();
    await Promise.allSettled([...this.inFlight]);
    await this.consumer?.disconnect();
    await this.deadLetters?.disconnect();
    this.consumer = undefined;
    this.deadLetters = undefined;
  }

  private async track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async process({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    // Not committed: the message is read again after a restart (the consumer is leaving the group).
    if (this.stopping) return;
    const verdict = this.read(topic, partition, message);
    const outcome =
      'poison' in verdict
        ? await this.parkPoison(topic, partition, message, verdict)
        : await this.applyWithRetries(verdict.event, message, heartbeat);
    if (outcome === 'stopped') return;
    await this.commitOrRead(topic, partition, message, 'event' in verdict ? verdict.event : undefined);
  }

  /**
   * Batched mode: valid events go in chunks, each one transaction (inbox rows and effects) and then one
   * offset commit; poison messages are parked on the way (their offset committed with the chunk after them).
   */
  private async processBatch({
    batch,
    heartbeat,
    isRunning,
    isStale,
    resolveOffset,
  }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const maxEvents = this.batch!.maxEvents;
    let chunk: { event: ConsumedEvent; message: KafkaMessage }[] = [];
    let last: KafkaMessage | undefined;
    const flush = async (): Promise<boolean> => {
      if (chunk.length > 0 && !(await this.applyChunk(chunk, heartbeat))) return false;
      chunk = [];
      if (last) {
        await this.commitOrRead(topic, partition, last);
        resolveOffset(last.offset);
      }
      last = undefined;
      await heartbeat();
      return true;
    };
    for (const message of batch.messages) {
      if (this.stopping || !isRunning() || isStale()) return;
      const verdict = this.read(topic, partition, message);
      if ('poison' in verdict) {
        await this.parkPoison(topic, partition, message, verdict);
      } else {
        chunk.push({ event: verdict.event, message });
      }
      last = message;
      if (chunk.length >= maxEvents && !(await flush())) return;
    }
    await flush();
  }

  /** One transaction for the chunk; if it fails, each event on its own (retries, then the DLQ). False when stopped. */
  private async applyChunk(
    chunk: { event: ConsumedEvent; message: KafkaMessage }[],
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    try {
      await this.applyAll(chunk.map(({ event }) => event));
      return true;
    } catch (error) {
      this.log.warn({ err: error, events: chunk.length }, 'batch failed, applying its events one at a time');
    }
    for (const { event, message } of chunk) {
      if ((await this.applyWithRetries(event, message, heartbeat)) === 'stopped') return false;
    }
    return true;
  }

  private async parkPoison(
    topic: string,
    partition: number,
    message: KafkaMessage,
    verdict: { poison: DeadLetterReason; error: string },
  ): Promise<'parked'> {
    this.log.warn(
      { topic, partition, offset: message.offset, reason: verdict.poison, error: verdict.error },
      'poison message parked',
    );
    await this.park(topic, partition, message, verdict.poison, verdict.error, 0);
    return 'parked';
  }

  /** Applies one event, retrying its handler with backoff and parking it after maxAttempts; commits nothing. */
  private async applyWithRetries(
    event: ConsumedEvent,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<'applied' | 'parked' | 'stopped'> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.apply(event);
        return 'applied';
      } catch (error) {
        const reason = (error as Error).message;
        if (attempt >= this.options.maxAttempts) {
          this.log.error(
            { err: error, eventId: event.id, type: event.type, attempt },
            'handler failed, message parked',
          );
          await this.park(event.topic, event.partition, message, 'HANDLER_FAILED', reason, attempt);
          return 'parked';
        }
        this.log.warn(
          { err: error, eventId: event.id, type: event.type, attempt },
          'handler failed, retrying',
        );
        await this.delay.wait(backoffDelay(attempt, this.options.backoffMs, this.options.maxBackoffMs));
        if (this.stopping) return 'stopped';
        await heartbeat();
      }
    }
  }

  /**
   * Only the handler's failures count as attempts. A failed commit (the broker is away) reaches
   * kafkajs, which reads on from the last committed offset; the inbox skips what was applied.
   */
  private async commitOrRead(
    topic: string,
    partition: number,
    message: KafkaMessage,
    event?: ConsumedEvent,
  ): Promise<void> {
    try {
      await this.commit(topic, partition, message);
    } catch (error) {
      this.log.warn(
        { err: error, topic, partition, offset: message.offset, eventId: event?.id, type: event?.type },
        'offset commit failed, event will be read again',
      );
      throw error;
    }
  }

  private read(topic: string, partition: number, message: KafkaMessage): Verdict {
    try {
      const decoded = decodeCloudEvent(message);
      const data = validateEventData(decoded.type, decoded.data);
      return { event: { ...decoded, data, topic, partition, offset: message.offset } };
    } catch (error) {
      if (error instanceof CloudEventDecodeError)
        return { poison: 'INVALID_CLOUDEVENT', error: error.message };
      if (error instanceof EventValidationError) {
        return {
          poison: error.code === 'UNKNOWN_EVENT_TYPE' ? 'UNKNOWN_EVENT_TYPE' : 'INVALID_EVENT_DATA',
          error: error.message,
        };
      }
      throw error;
    }
  }

  /** Batched mode: the chunk's inbox rows and the effects of the events not seen before, in one transaction. */
  private async applyAll(events: ConsumedEvent[]): Promise<void> {
    await this.options.dataSource.transaction(async (manager) => {
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type)
         SELECT $1, event_id, event_type FROM unnest($2::varchar[], $3::varchar[]) AS e(event_id, event_type)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, events.map((e) => e.id), events.map((e) => e.type)],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // A chunk may carry the same event twice (a republished batch): the first copy is applied.
      const unseen = events.filter((event) => fresh.delete(event.id));
      if (unseen.length === 0) return;
      if (this.batch?.handleBatch) await this.batch.handleBatch(unseen, manager);
      else for (const event of unseen) await this.options.handle(event, manager);
    });
  }

  /** The inbox row and the handler's effect commit together; a redelivered event finds its row and is skipped. */
  private async apply(event: ConsumedEvent): Promise<void> {
    await this.options.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id, event.type],
      );
      if (inserted.length === 0) {
        this.log.debug({ eventId: event.id, type: event.type }, 'event already applied, skipped');
        return;
      }
      await this.options.handle(event, manager);
    });
  }

  private async park(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
    attempts: number,
  ): Promise<void> {
    // If this send fails the error reaches kafkajs, which restarts from the last committed offset.
    await sendToDeadLetterTopic(this.deadLetters!, {
      topic,
      partition,
      message,
      groupId: this.options.groupId,
      reason,
      error,
      attempts,
    });
  }

  private async commit(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const next = (BigInt(message.offset) + 1n).toString();
    await this.consumer!.commitOffsets([{ topic, partition, offset: next }]);
  }
}
