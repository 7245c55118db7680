import { allTopics, EventConsumer, type KafkaClient, type Projection } from '@crm/events';
import { PeriodicTask, type BackgroundTask, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { forgetAnnualChurnRates } from '../customer/annualChurn';
import { applyEvents } from './applyEvents';
import { currentGeneration, readModelGroupId } from './generation';

export interface TopicLag {
  topic: string;
  /** Events on the topic the current generation has not read yet. */
  lag: number;
}

const runners = new WeakMap<DataSource, ReadModelRunner>();

/** The runner feeding a service's database (analyticsStatus asks it for the consumer lag). */
export function readModelRunnerOf(dataSource: DataSource): ReadModelRunner | undefined {
  return runners.get(dataSource);
}

/**
 * Consumes every crm.* topic into the read models, in batches, with the consumer group of the current
 * generation; when a rebuild (this or another replica, or the CLI) starts a new generation, it follows.
 */
export class ReadModelRunner implements BackgroundTask {
  readonly name = 'read-models';
  private consumer: EventConsumer | undefined;
  private generation = 0;
  /** The generation switch in progress: the watch and the rebuild mutation both ask for one. */
  private following: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly watch: PeriodicTask;
  readonly topics = allTopics();

  constructor(
    private readonly options: {
      kafka: KafkaClient;
      dataSource: DataSource;
      groupPrefix: string;
      /** The read models, applied in this order to each batch. */
      readModels: readonly Projection[];
      log: Logger;
      followIntervalMs?: number;
    },
  ) {
    this.watch = new PeriodicTask({
      name: 'read-model-generation',
      intervalMs: options.followIntervalMs ?? 1_000,
      run: () => this.followGeneration(),
      log: options.log,
    });
  }

  get groupPrefix(): string {
    return this.options.groupPrefix;
  }

  get groupId(): string {
    return readModelGroupId(this.options.groupPrefix, this.generation);
  }

  async start(): Promise<void> {
    this.stopped = false;
    runners.set(this.options.dataSource, this);
    await this.followGeneration();
    this.watch.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.watch.stop();
    await this.following;
    await this.consumer?.stop();
    this.consumer = undefined;
    runners.delete(this.options.dataSource);
  }

  /** Starts the consumer of the current generation if it is not the one running; one switch at a time. */
  followGeneration(): Promise<void> {
    const switched = this.following.then(() => this.switchGeneration());
    this.following = switched.catch(() => undefined);
    return switched;
  }

  private async switchGeneration(): Promise<void> {
    if (this.stopped) return; // a rebuild mutation answered while the service stops
    const generation = await currentGeneration(this.options.dataSource.manager);
    if (generation === this.generation && this.consumer) return;
    if (this.consumer) {
      await this.consumer.stop();
      // What the old group read after the rebuild it skipped, but its inbox rows are no use now.
      await this.options.dataSource.query('DELETE FROM inbox WHERE consumer_group = $1', [this.groupId]);
    }
    this.generation = generation;
    const { kafka, dataSource, readModels, log } = this.options;
    forgetAnnualChurnRates(dataSource);
    this.consumer = new EventConsumer({
      kafka,
      dataSource,
      groupId: this.groupId,
      topics: this.topics,
      // One event at a time only when a batch failed and its events are applied alone.
      handle: (event, manager) => applyEvents(manager, [event], generation, readModels),
      batch: {
        maxEvents: 500,
        handleBatch: (events, manager) => applyEvents(manager, events, generation, readModels),
      },
      log,
    });
    await this.consumer.start();
    log.info({ generation, groupId: this.groupId }, 'read models consuming');
  }

  /** Per topic, the events the current generation's group has not committed yet. */
  async lag(): Promise<TopicLag[]> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({ groupId: this.groupId, topics: this.topics });
      return await Promise.all(
        this.topics.map(async (topic) => {
          const ends = await admin.fetchTopicOffsets(topic);
          const read = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
          const lag = ends.reduce((sum, end) => {
            const offset = Number(read.find((p) => p.partition === end.partition)?.offset ?? -1);
            return sum + Number(end.high) - (offset < 0 ? Number(end.low) : offset);
          }, 0);
          return { topic, lag };
        }),
      );
    } finally {
      await admin.disconnect();
    }
  }
}
