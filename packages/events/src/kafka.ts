// The one place that knows kafkajs's configuration: a change of client stays here.
import { Kafka, logLevel, Partitioners, type logCreator, type Admin, type ITopicConfig } from 'kafkajs';
import { createLogger, type Logger } from '@crm/platform';
import { deadLetterTopicOf } from './catalogue/eventType';

export type KafkaClient = Kafka;

export interface KafkaOptions {
  /** Broker addresses: an array or a comma-separated string such as `KAFKA_BROKERS`. */
  brokers: string[] | string;
  clientId: string;
  log?: Logger;
}

export function createKafka({ brokers, clientId, log = createLogger('kafka') }: KafkaOptions): Kafka {
  return new Kafka({
    clientId,
    brokers:
      typeof brokers === 'string'
        ? brokers
            .split(',')
            .map((b) => b.trim())
            .filter(Boolean)
        : brokers,
    logLevel: kafkaLevelFor(log),
    logCreator: pinoLogCreator(log),
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 8 },
  });
}

/** Producer settings every producer of the kit shares (kafkajs's default partitioner, without its warning). */
export const producerDefaults = { createPartitioner: Partitioners.DefaultPartitioner } as const;

// The outbox relay limits the idempotent producer's retries on purpose: it retries the whole batch
// itself (recording the error), and consumers deduplicate by ce_id. kafkajs warns about it on every producer.
const silencedMessages = new Set([
  'Limiting retries for the idempotent producer may invalidate EoS guarantees',
]);

function pinoLogCreator(log: Logger): logCreator {
  return () =>
    ({ namespace, level, log: entry }) => {
      const { message, timestamp: _timestamp, logger: _logger, ...details } = entry;
      if (silencedMessages.has(message)) return;
      const fields = { namespace, ...details };
      // kafkajs logs every error response of the broker, and every retry, as an error; the call that
      // finally fails throws and is logged by its caller, so these are only worth a debug line.
      const retried =
        (namespace === 'Connection' && message.startsWith('Response ')) || 'retryCount' in details;
      if (retried) log.debug(fields, message);
      else if (level === logLevel.ERROR || level === logLevel.NOTHING) log.error(fields, message);
      else if (level === logLevel.WARN) log.warn(fields, message);
      else if (level === logLevel.INFO) log.info(fields, message);
      else log.debug(fields, message);
    };
}

function kafkaLevelFor(log: Logger): logLevel {
  if (log.isLevelEnabled('debug')) return logLevel.DEBUG;
  if (log.isLevelEnabled('info')) return logLevel.INFO;
  if (log.isLevelEnabled('warn')) return logLevel.WARN;
  return logLevel.ERROR;
}

export interface EnsureTopicsOptions {
  partitions?: number;
  replicationFactor?: number;
  timeoutMs?: number;
}

/**
 * Creates each topic and its `<topic>.dlq` when missing (idempotent, safe to race) and waits until
 * the brokers' metadata shows every partition with a leader. Events are kept forever
 * (`retention.ms=-1`) so that a read model can be rebuilt from the beginning.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  { partitions = 3, replicationFactor = 1, timeoutMs = 30_000 }: EnsureTopicsOptions = {},
): Promise<void> {
  const wanted = [
    ...new Set(
      topics.flatMap((topic) => (topic.endsWith('.dlq') ? [topic] : [topic, deadLetterTopicOf(topic)])),
    ),
  ];
  if (wanted.length === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      const configs: ITopicConfig[] = missing.map((topic) => ({
        topic,
        numPartitions: partitions,
        replicationFactor,
        configEntries: [{ name: 'retention.ms', value: '-1' }],
      }));
      // Resolves false instead of throwing when another process created them first. Leaders are awaited
      // below, with retries: kafkajs's own wait gives up (UNKNOWN_TOPIC_OR_PARTITION) when several services
      // create topics at once on a new broker.
      await admin.createTopics({ topics: configs, waitForLeaders: false, timeout: timeoutMs });
    }
    await waitForLeaders(admin, wanted, Date.now() + timeoutMs);
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[], deadline: number): Promise<void> {
  let lastProblem: string;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      const notReady = topics.filter((name) => {
        const topic = metadata.find((t) => t.name === name);
        return !topic || topic.partitions.length === 0 || topic.partitions.some((p) => p.leader < 0);
      });
      if (notReady.length === 0) return;
      lastProblem = `no leader yet for ${notReady.join(', ')}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`Topics not ready in time: ${lastProblem}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
