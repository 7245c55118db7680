// Jest global setup for the whole repo: one real Kafka broker and one PostgreSQL per test run.
// Runs in jest's main process; the process.env set here reaches the test workers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startKafka } from '@crm/infra/kafka';
import { ensurePostgres } from '@crm/infra/postgres';

const log = (msg) => process.stderr.write(`${msg}\n`);

export default async function globalSetup() {
  const postgres = await ensurePostgres({ log });
  process.env.DATABASE_URL = postgres.url;
  // The teardown runs in this same process: it stops what was started here.
  globalThis.__crmTestServers = { postgres };

  if (process.env.KAFKA_BROKERS) {
    log(`kafka: using KAFKA_BROKERS=${process.env.KAFKA_BROKERS}`);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-kafka-'));
  try {
    const kafka = await startKafka({ dataDir, log });
    globalThis.__crmTestServers.kafka = kafka;
    // The ports and data dir let a test stop this broker and restart the same one (see infra/kafka/kafka.mjs CLI).
    Object.assign(process.env, {
      KAFKA_BROKERS: kafka.brokers.join(','),
      CRM_TEST_KAFKA_DATA_DIR: dataDir,
      CRM_TEST_KAFKA_PORT: String(kafka.port),
      CRM_TEST_KAFKA_CONTROLLER_PORT: String(kafka.controllerPort),
    });
  } catch (err) {
    // jest runs no teardown when the setup fails
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
