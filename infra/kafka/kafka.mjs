// Runs a real single-node Apache Kafka broker (KRaft, combined broker+controller) on loopback.
// The jars come from Maven Central via ./pom.xml; the resolved classpath is cached in ./.classpath.
// CLI: node infra/kafka/kafka.mjs [--data-dir DIR] [--port 9092] [--controller-port 9093]
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setInterval } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

const here = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(here, 'pom.xml');
const CLASSPATH_FILE = path.join(here, '.classpath');
const JAVA = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/**
 * Starts (or restarts, on the same dataDir and ports) a Kafka broker.
 * A dataDir that is not given is a new temp dir; it is kept after stop() so the broker can be restarted on it.
 * @returns {Promise<{ brokers: string[], port: number, controllerPort: number, pid: number, dataDir: string, logFile: string,
 *   stop: () => Promise<void> }>}
 */
export async function startKafka({ dataDir, port, controllerPort, log = () => {}, timeoutMs = 90_000 } = {}) {
  const started = Date.now();
  dataDir = path.resolve(dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crm-kafka-')));
  fs.mkdirSync(dataDir, { recursive: true });
  [port, controllerPort] = await pickPorts(port, controllerPort);
  const files = {
    props: path.join(dataDir, 'server.properties'),
    log4j: path.join(dataDir, 'log4j.properties'),
    logs: path.join(dataDir, 'logs'), // the topics' data (log.dirs)
    out: path.join(dataDir, 'broker.log'), // the broker's own stdout/stderr
    pid: path.join(dataDir, 'kafka.pid'),
  };
  await stopBrokerIn(dataDir, log);

  const classpath = await resolveClasspath(log);
  fs.writeFileSync(files.props, serverProperties({ port, controllerPort, logDirs: files.logs }));
  fs.writeFileSync(files.log4j, LOG4J);
  const jvm = ['-Xmx512m', `-Dlog4j.configuration=file:${files.log4j}`, '-cp', classpath];
  // Format once: a restart on the same dataDir must keep its topics and data.
  if (!fs.existsSync(path.join(files.logs, 'meta.properties'))) {
    log(`kafka: formatting ${files.logs}`);
    await run(JAVA, [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', files.props]);
  }

  const out = fs.openSync(files.out, 'a');
  const logStart = fs.fstatSync(out).size; // the log is appended to across restarts
  const child = spawn(JAVA, [...jvm, 'kafka.Kafka', files.props], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref(); // the broker must not keep the parent's event loop alive (jest, scripts)
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject)).catch((err) => {
    throw new Error(`kafka: cannot run ${JAVA} (is Java 17+ installed?): ${err.message}`, { cause: err });
  });
  fs.writeFileSync(files.pid, String(child.pid));
  killWithParent(child.pid);

  const brokers = [`127.0.0.1:${port}`];
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exited()) {
        child.kill('SIGTERM');
        if (!(await until(exited, 30_000))) child.kill('SIGKILL');
        await until(exited, 10_000);
      }
      fs.rmSync(files.pid, { force: true });
      log(`kafka: stopped pid ${child.pid}`);
    })());

  try {
    await waitUntilReady(brokers, port, exited, timeoutMs);
  } catch (err) {
    await stop();
    throw new Error(
      `kafka: broker on ${brokers[0]} not ready: ${err.message}\n${excerpt(files.out, logStart)}`,
      { cause: err },
    );
  }
  log(
    `kafka: ready on ${brokers[0]} (pid ${child.pid}, data ${dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { brokers, port, controllerPort, pid: child.pid, dataDir, logFile: files.out, stop };
}

/** Picks the given ports, or free ones (bound to port 0 together so the two differ). */
export async function pickPorts(...wanted) {
  const servers = await Promise.all(
    wanted.map((p) =>
      p
        ? null
        : new Promise((resolve, reject) => {
            const srv = net.createServer().once('error', reject);
            srv.listen(0, '127.0.0.1', () => resolve(srv));
          }),
    ),
  );
  const ports = wanted.map((p, i) => p || servers[i].address().port);
  await Promise.all(servers.filter(Boolean).map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * Stops `pid` (signal, then SIGKILL) if this process dies first, e.g. a killed jest or start script:
 * a tiny detached node process polls both pids, and exits as soon as `pid` is gone.
 */
export function killWithParent(pid, signal = 'SIGTERM') {
  const watchdog = `
    const [parent, pid, signal] = process.argv.slice(1);
    const alive = (p) => { try { process.kill(Number(p), 0); return true; } catch { return false; } };
    let orphanedAt;
    setInterval(() => {
      if (!alive(pid)) process.exit(0);
      if (orphanedAt === undefined && !alive(parent)) { orphanedAt = Date.now(); process.kill(Number(pid), signal); }
      if (orphanedAt !== undefined && Date.now() - orphanedAt > 30000) process.kill(Number(pid), 'SIGKILL');
    }, 1000);`;
  spawn(process.execPath, ['-e', watchdog, String(process.pid), String(pid), signal], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/** Polls `condition` until it holds or the deadline passes; resolves to whether it held. */
async function until(condition, timeoutMs, intervalMs = 100) {
  for (const deadline = Date.now() + timeoutMs; ;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await delay(intervalMs);
  }
}

/** Ready = the port accepts connections and the broker answers a kafkajs admin call listing itself. */
async function waitUntilReady(brokers, port, exited, timeoutMs) {
  const kafka = new Kafka({
    clientId: 'crm-infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 5000,
    retry: { retries: 0 },
  });
  let lastError = 'no answer yet';
  const ready = await until(
    async () => {
      if (exited()) throw new Error('the broker process exited');
      if (!(await portAnswers(port))) return false;
      const admin = kafka.admin();
      try {
        await admin.connect();
        const { brokers: live } = await admin.describeCluster();
        return live.length > 0;
      } catch (err) {
        lastError = err.message;
        return false;
      } finally {
        await admin.disconnect().catch(() => {});
      }
    },
    timeoutMs,
    250,
  );
  if (!ready) throw new Error(`no answer within ${timeoutMs} ms (last error: ${lastError})`);
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
  });
}

/**
 * Stops the broker recorded in dataDir's pid file, if it still runs: one left by a run that died,
 * or one restarted on that dataDir by someone else (e.g. a test, through the CLI).
 */
export async function stopBrokerIn(dataDir, log = () => {}) {
  const pidFile = path.join(path.resolve(dataDir), 'kafka.pid');
  const pid = Number(fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8'));
  // Only if that pid still is a broker of this dataDir: pids get reused.
  const isBroker = () => {
    const cmdline = pid > 0 ? readCmdline(pid) : '';
    return (
      cmdline.includes('kafka.Kafka') &&
      cmdline.includes(path.join(path.dirname(pidFile), 'server.properties'))
    );
  };
  if (isBroker()) {
    log(`kafka: stopping broker pid ${pid} left running on ${dataDir}`);
    const signal = (name) => isBroker() && process.kill(pid, name); // it may exit in between
    signal('SIGTERM');
    if (!(await until(() => !isBroker(), 30_000))) signal('SIGKILL');
    await until(() => !isBroker(), 10_000);
  }
  fs.rmSync(pidFile, { force: true });
}

function readCmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The jars' classpath, from the cache unless pom.xml changed or a jar has gone from ~/.m2. */
async function resolveClasspath(log) {
  const fresh =
    fs.existsSync(CLASSPATH_FILE) &&
    fs.statSync(CLASSPATH_FILE).mtimeMs >= fs.statSync(POM).mtimeMs &&
    fs
      .readFileSync(CLASSPATH_FILE, 'utf8')
      .trim()
      .split(path.delimiter)
      .every((jar) => jar && fs.existsSync(jar));
  if (!fresh) {
    log('kafka: resolving the broker jars with Maven (the first time downloads them from Maven Central)');
    const tmp = `${CLASSPATH_FILE}.${process.pid}.tmp`; // rename: parallel first runs must not read a half-written file
    await run('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`]);
    fs.renameSync(tmp, CLASSPATH_FILE);
  }
  return fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

async function run(cmd, args) {
  try {
    await promisify(execFile)(cmd, args, { maxBuffer: 16 << 20 });
  } catch (err) {
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    const shown = args.filter((a) => !a.includes(path.delimiter)).join(' '); // without the long classpath
    throw new Error(
      `kafka: \`${path.basename(cmd)} ${shown}\` failed: ${err.message.split('\n')[0]}\n${output}`,
      { cause: err },
    );
  }
}

/** A KRaft cluster id: 16 random bytes, base64url (like `kafka-storage random-uuid`, which avoids a leading '-'). */
function clusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** This run's ERROR/FATAL lines (each with the next line, usually the exception) and its last lines. */
function excerpt(file, from) {
  const lines = fs.readFileSync(file, 'utf8').slice(from).trimEnd().split('\n');
  const errors = lines.flatMap((line, i) =>
    /\] (ERROR|FATAL) /.test(line) ? [line, lines[i + 1] ?? ''] : [],
  );
  return [
    `--- errors in ${file} ---`,
    ...(errors.length ? errors.slice(0, 20) : ['(none)']),
    `--- last lines of ${file} ---`,
    ...lines.slice(-10),
  ].join('\n');
}

function serverProperties({ port, controllerPort, logDirs }) {
  return `# Written by infra/kafka/kafka.mjs on each start
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=${logDirs}
num.partitions=1
default.replication.factor=1
auto.create.topics.enable=false
offsets.topic.num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
# Keep every event forever so consumers can replay from the start.
log.retention.ms=-1
`;
}

const LOG4J = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
`;

// CLI: a broker for local development, stopped by Ctrl-C / SIGTERM.
if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'controller-port': { type: 'string' },
    },
  });
  const kafka = await startKafka({
    dataDir: values['data-dir'] ?? path.join(here, '..', '..', '.data', 'kafka'),
    port: Number(values.port ?? 9092), // 0 picks a free port
    controllerPort: Number(values['controller-port'] ?? 9093),
    log: (msg) => console.error(msg),
  }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
  console.log(`KAFKA_BROKERS=${kafka.brokers.join(',')}`);
  console.error(`kafka: broker log ${kafka.logFile}; Ctrl-C stops it`);
  let stopping = false;
  const shutdown = async () => {
    stopping = true;
    await kafka.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown).once('SIGTERM', shutdown).once('SIGHUP', shutdown);
  const parent = process.ppid;
  // Keeps this process alive while the broker runs; stops with its parent (e.g. a test that spawned it).
  setInterval(() => {
    if (stopping) return;
    if (process.ppid !== parent) shutdown();
    else if (readCmdline(kafka.pid) === '') {
      console.error(`kafka: the broker exited; see ${kafka.logFile}`);
      process.exit(1);
    }
  }, 1000);
}
