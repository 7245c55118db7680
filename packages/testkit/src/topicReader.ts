import { randomBytes } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';

/** A message as a test wants to look at it: headers as strings, value parsed as JSON when it is JSON. */
export interface TopicMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  /** The raw value as text (null for a tombstone). */
  text: string | null;
  /** The value parsed as JSON, or undefined when it is not JSON. */
  value: unknown;
}

export interface ReadTopicOptions {
  /** Resolves as soon as this holds for the messages read so far. */
  until: (messages: TopicMessage[]) => boolean;
  timeoutMs: number;
  /**
   * Where to start in each partition instead of the beginning (e.g. where the topic ended when the test
   * started: on a shared broker the history before is other runs' and only grows).
   */
  fromOffsets?: { partition: number; offset: string }[];
}

/**
 * Reads a topic from the beginning (or `fromOffsets`) with a fresh consumer group until `until` holds;
 * rejects on timeout with a summary of what it saw.
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  { until, timeoutMs, fromOffsets }: ReadTopicOptions,
): Promise<TopicMessage[]> {
  const messages: TopicMessage[] = [];
  const groupId = `test-reader-${randomBytes(6).toString('hex')}`;
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 100,
  });
  let settle: (error?: Error) => void = () => undefined;
  const settled = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  settled.catch(() => undefined); // awaited below; a timeout during connect must not be an unhandled rejection
  const check = () => {
    try {
      if (until(messages)) settle();
    } catch (error) {
      settle(error as Error);
    }
  };
  const timer = setTimeout(() => {
    settle(
      new Error(`readTopic(${topic}): condition not met within ${timeoutMs} ms; saw ${describe(messages)}`),
    );
  }, timeoutMs);
  try {
    // The new group's committed offsets are where it starts (fromBeginning applies only without them).
    if (fromOffsets) await setGroupOffsets(kafka, groupId, topic, fromOffsets);
    await consumer.connect();
    await subscribeOnceTopicExists(consumer, topic, Date.now() + timeoutMs);
    await consumer.run({
      eachMessage: async ({ topic: from, partition, message }) => {
        messages.push(toTopicMessage(from, partition, message));
        check();
      },
    });
    check();
    await settled;
    return messages;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

async function setGroupOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
  partitions: { partition: number; offset: string }[],
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.setOffsets({ groupId, topic, partitions });
  } finally {
    await admin.disconnect();
  }
}

/** The producer under test may create the topic after the reader started: wait for it within the deadline. */
async function subscribeOnceTopicExists(consumer: Consumer, topic: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      return;
    } catch (error) {
      const type = (error as { type?: string }).type;
      if ((type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') || Date.now() > deadline)
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function toTopicMessage(topic: string, partition: number, message: KafkaMessage): TopicMessage {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(message.headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) headers[name] = value.toString();
  }
  const text = message.value === null ? null : message.value.toString();
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    headers,
    text,
    value,
  };
}

function describe(messages: TopicMessage[]): string {
  if (messages.length === 0) return 'no messages';
  const shown = messages
    .slice(0, 20)
    .map(
      (m) =>
        `${m.partition}@${m.offset} key=${m.key} type=${m.headers.ce_type ?? '-'} id=${m.headers.ce_id ?? '-'}`,
    );
  return `${messages.length} messages:\n  ${shown.join('\n  ')}${messages.length > 20 ? '\n  ...' : ''}`;
}
