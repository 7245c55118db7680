// `npm start`: PostgreSQL and Kafka where none is configured, every service, the gateway, a seeded demo
// tenant; prints the URLs and a dev token. Ctrl-C stops everything it started, by pid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, newSecretLinkToken, signToken } from '@crm/platform';
import { startDevMailServer } from '@crm/marketing/src/email/devMailServer';
import { waitFor } from '@crm/testkit';
import { Client } from 'pg';
import { seedDemoTenant } from './seed';

const root = join(__dirname, '..');
const dataDir = join(root, '.data');
const ports: Record<string, number> = {
  gateway: 4000,
  customer: 4001,
  sales: 4002,
  service: 4003,
  marketing: 4004,
  analytics: 4005,
};
const children: ChildProcess[] = [];
const stops: (() => Promise<void>)[] = [];

function jwtSecret(): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    ['--tsconfig', join(root, 'tsconfig.json'), script],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  child.on('exit', (code, signal) => {
    if (!shuttingDown) console.error(`${name} exited (${signal ?? code}); stopping everything`);
    if (!shuttingDown) void shutdown(1);
  });
  children.push(child);
  return child;
}

async function waitReady(name: string, port: number): Promise<void> {
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok, {
    timeoutMs: 120_000,
    intervalMs: 300,
    what: `${name} to be ready on port ${port}`,
  });
}

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping...');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop();
  process.exit(code);
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const log = (message: string) => console.log(message);

  const { ensurePostgres } = await import('@crm/infra/postgres');
  const postgres = await ensurePostgres({ dataDir: join(dataDir, 'postgres'), log });
  stops.push(postgres.stop);

  let brokers = process.env.KAFKA_BROKERS;
  if (!brokers) {
    const { startKafka } = await import('@crm/infra/kafka');
    log('kafka: starting Apache Kafka (KRaft) on 127.0.0.1:9092 ...');
    const kafka = await startKafka({
      dataDir: join(dataDir, 'kafka'),
      port: 9092,
      controllerPort: 9093,
      log,
    });
    stops.push(kafka.stop);
    brokers = kafka.brokers.join(',');
  }

  if (!existsSync(join(root, 'gateway/graphiql/dist/index.html'))) {
    log('Building the GraphiQL IDE ...');
    spawnSync(join(root, 'node_modules/.bin/pnpm'), ['--filter', '@crm/gateway', 'run', 'graphiql:build'], {
      cwd: root,
      stdio: 'inherit',
    });
  }

  // Marketing mail goes to a local SMTP server whose inbox is viewable, unless SMTP_URL names a real one.
  let smtpUrl = process.env.SMTP_URL;
  let inboxUrl: string | null = null;
  if (!smtpUrl) {
    const mail = await startDevMailServer({ httpPort: 8025 });
    stops.push(mail.stop);
    ({ smtpUrl, inboxUrl } = mail);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Services default to production; `npm start` is for development unless NODE_ENV says otherwise.
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    APOLLO_TELEMETRY_DISABLED: '1',
    DATABASE_URL: postgres.url,
    KAFKA_BROKERS: brokers,
    JWT_SECRET: process.env.JWT_SECRET ?? jwtSecret(),
    SMTP_URL: smtpUrl,
  };
  const services = readdirSync(join(root, 'services')).filter((name) =>
    existsSync(join(root, 'services', name, 'src/main.ts')),
  );
  for (const name of services) {
    startProcess(name, join(root, 'services', name, 'src/main.ts'), { ...env, PORT: String(ports[name]) });
  }
  for (const name of services) await waitReady(name, ports[name]!);
  startProcess('gateway', join(root, 'gateway/src/main.ts'), { ...env, PORT: String(ports.gateway) });
  await waitReady('gateway', ports.gateway!);

  const jwtConfig = { JWT_SECRET: env.JWT_SECRET, JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' };
  const token = signToken({ tenantId: 'demo', roles: ['admin'], userId: 'demo-admin' }, jwtConfig);
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  // The demo's customers answer their surveys through links put in place here (a token of our own, by its
  // hash, which is all the service keeps): nothing gives a survey link out until issue 17 mails it.
  const serviceDb = new Client({
    connectionString: databaseUrl(postgres.url, `${process.env.DB_PREFIX ?? 'crm_'}service`),
  });
  await serviceDb.connect();
  const seeded = await seedDemoTenant(gatewayUrl, token, async (ticketId) => {
    const link = newSecretLinkToken();
    await serviceDb.query('UPDATE survey SET token_hash = $2 WHERE ticket_id = $1', [ticketId, link.hash]);
    return link.token;
  }).finally(() => serviceDb.end());
  if (seeded > 0) log(`Seeded the demo tenant with ${seeded} customers.`);

  console.log(`
CRM platform is running (services: ${services.join(', ')}).
  GraphQL gateway : ${gatewayUrl}
  GraphiQL IDE    : http://127.0.0.1:${ports.gateway}/graphiql#token=${token}
  Dev token       : ${token}${inboxUrl ? `\n  Dev mail inbox  : ${inboxUrl}` : ''}
  (tenant demo, role admin; mint others with: pnpm run token --tenant demo --role analyst)
Press Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  void shutdown(1);
});
