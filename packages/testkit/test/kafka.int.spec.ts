// Proves the project's Kafka runner: the broker of the jest global setup works, and a broker
// stopped and restarted on the same data dir and ports still has its topics and messages.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

// Tests cannot import the ESM runner under jest: they drive its CLI, which stops the broker on SIGTERM.
const KAFKA_CLI = require.resolve('@crm/infra/kafka');

jest.setTimeout(180_000);

const kafkaClient = (brokers: string[]) =>
  new Kafka({ clientId: 'testkit-kafka-spec', brokers, logLevel: logLevel.NOTHING });

const uniqueName = (prefix: string) => `${prefix}.${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function createTopic(brokers: string[], topic: string): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

async function produce(brokers: string[], topic: string, key: string, value: string): Promise<void> {
  const producer = kafkaClient(brokers).producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key, value, headers: { ce_type: 'crm.test.ping.v1' } }],
    });
  } finally {
    await producer.disconnect();
  }
}

/** Reads the topic from the beginning with a fresh consumer group until `key` shows up, or fails at the deadline. */
async function consumeUntil(brokers: string[], topic: string, key: string, timeoutMs = 60_000) {
  const consumer = kafkaClient(brokers).consumer({ groupId: uniqueName('testkit-kafka-spec') });
  let timer: NodeJS.Timeout | undefined;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<{ value: string; ceType: string }>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no message with key ${key} on ${topic} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (message.key?.toString() === key) {
              resolve({ value: String(message.value), ceType: String(message.headers?.ce_type) });
            }
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer().listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A broker run by the runner's CLI in a child process: ready when it prints KAFKA_BROKERS=. */
async function runBroker(dataDir: string, port: number, controllerPort: number) {
  const child = spawn(
    process.execPath,
    [KAFKA_CLI, '--data-dir', dataDir, '--port', String(port), '--controller-port', String(controllerPort)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const brokers = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker not ready within 120 s:\n${stderr}`)), 120_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^KAFKA_BROKERS=(.+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].split(','));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the kafka CLI exited (code ${code}) before the broker was ready:\n${stderr}`));
    });
  });
  /** SIGTERM: the CLI stops the broker and exits 0; resolves to the exit code. */
  const stop = async (timeoutMs = 60_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL'); // the broker's watchdog then stops it
        reject(new Error(`the kafka CLI did not stop within ${timeoutMs} ms:\n${stderr}`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([exited, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { brokers, stop };
}

describe('the Kafka runner (infra/kafka)', () => {
  it('gives the test run a working broker in KAFKA_BROKERS', async () => {
    const brokers = process.env.KAFKA_BROKERS?.split(',') ?? [];
    expect(brokers.length).toBeGreaterThan(0);
    const topic = uniqueName('crm.testkit.kafka-spec');
    await createTopic(brokers, topic);
    await produce(brokers, topic, 'k1', 'hello');

    await expect(consumeUntil(brokers, topic, 'k1')).resolves.toEqual({
      value: 'hello',
      ceType: 'crm.test.ping.v1',
    });
  });

  it('keeps topics and messages when a broker is stopped and restarted on the same data dir', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-kafka-restart-'));
    const [port, controllerPort] = (await freePorts(2)) as [number, number];
    const topic = uniqueName('crm.testkit.restart');
    let broker = await runBroker(dataDir, port, controllerPort);
    try {
      await createTopic(broker.brokers, topic);
      await produce(broker.brokers, topic, 'before-restart', 'kept');
      await expect(broker.stop()).resolves.toBe(0);

      broker = await runBroker(dataDir, port, controllerPort);
      const admin = kafkaClient(broker.brokers).admin();
      await admin.connect();
      await expect(admin.listTopics()).resolves.toContain(topic);
      await admin.disconnect();
      await expect(consumeUntil(broker.brokers, topic, 'before-restart')).resolves.toMatchObject({
        value: 'kept',
      });
    } finally {
      await broker.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
