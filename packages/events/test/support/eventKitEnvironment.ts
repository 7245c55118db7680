import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '@crm/testkit';
import { createKafka, eventKitEntities, eventKitMigrations, type KafkaClient } from '../../src';

export interface EventKitEnvironment {
  dataSource: DataSource;
  kafka: KafkaClient;
  close(): Promise<void>;
}

/** A fresh database with the kit's tables (through its migrations) and a Kafka client for the test broker. */
export async function openEventKitEnvironment(label: string): Promise<EventKitEnvironment> {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set (jest globalSetup starts a broker)');
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: eventKitEntities,
    migrations: eventKitMigrations,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    kafka: createKafka({ brokers, clientId: `events-test-${label}` }),
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** A topic-name prefix of its own, so that test files and tests share the broker safely. */
export function uniqueTopicPrefix(label: string): string {
  return `test.${label}.${randomBytes(4).toString('hex')}.`;
}

/** Messages on a topic: the sum of its partitions' high watermarks (nothing is ever deleted). */
export async function countMessages(kafka: KafkaClient, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}
