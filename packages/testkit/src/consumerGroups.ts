import { Kafka, logLevel } from 'kafkajs';
import { waitFor } from './waitFor';

/** A consumer group of a service under test and the topics it reads. */
export interface ConsumerGroupTopics {
  groupId: string;
  topics: readonly string[];
}

type PartitionEnds = { partition: number; high: string; low: string }[];

/** Below this many events a new group replays its topics quickly enough (a fresh broker, e.g. CI). */
const backlogWorthSkipping = 2_000;

/**
 * Puts new consumer groups at the current end of their topics. A new group reads from the beginning, which
 * on a shared broker is the history of every earlier test run and bench (tens of thousands of other
 * tenants' events, and growing): replaying it outlasts any test's wait. A test file publishes its own
 * events after its services start, so their fresh groups need none of that history.
 */
export async function startConsumerGroupsAtEnd(
  brokers: string,
  groups: readonly ConsumerGroupTopics[],
): Promise<void> {
  const kafka = new Kafka({
    clientId: 'test-consumer-groups',
    brokers: brokers.split(',').map((broker) => broker.trim()),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, PartitionEnds>();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of new Set(groups.flatMap((group) => group.topics))) {
      // A partition just created may answer "not the leader" for a moment after its leader is known.
      if (existing.has(topic)) {
        ends.set(
          topic,
          await waitFor(() => admin.fetchTopicOffsets(topic), { what: `the offsets of ${topic}` }),
        );
      }
    }
  } finally {
    await admin.disconnect();
  }
  const backlog = (topic: string) =>
    (ends.get(topic) ?? []).reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
  await Promise.all(
    groups.map(({ groupId, topics }) => {
      const present = topics.filter((topic) => ends.has(topic));
      const total = present.reduce((sum, topic) => sum + backlog(topic), 0);
      return total < backlogWorthSkipping ? undefined : seekGroupToEnd(kafka, groupId, present, ends);
    }),
  );
}

/**
 * What kafkajs's admin.setOffsets does for one topic, for all of a group's topics at once (one group join,
 * not one per topic): a paused member seeks every partition to its end, which commits it, and leaves.
 */
async function seekGroupToEnd(
  kafka: Kafka,
  groupId: string,
  topics: string[],
  ends: Map<string, PartitionEnds>,
): Promise<void> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.FETCH, () => resolve());
      consumer.run({ eachBatchAutoResolve: false, eachBatch: async () => undefined }).catch(reject);
      consumer.pause(topics.map((topic) => ({ topic })));
      for (const topic of topics) {
        for (const { partition, high } of ends.get(topic)!) consumer.seek({ topic, partition, offset: high });
      }
    });
    await consumer.stop();
  } finally {
    await consumer.disconnect();
  }
}
