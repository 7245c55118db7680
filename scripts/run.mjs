#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run bench`, `npm run build`: needs nothing but Node 20+,
// Java 17+ and Maven; installs the workspace with the pinned pnpm the first time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.21.0';
const [command = 'test', ...args] = process.argv.slice(2);

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs (or refreshes) node_modules when it is missing or older than the lockfile. */
function ensureInstalled() {
  const marker = join(root, 'node_modules/.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (pnpm install --frozen-lockfile)...');
  run('npx', ['--yes', PNPM, 'install', '--frozen-lockfile']);
}

const bin = (name) => join(root, 'node_modules/.bin', name);

/** Everything the build checks before tests: generated files current, types, lint. */
function checks() {
  const steps = [
    ['typed resolvers are current', bin('turbo'), ['run', 'codegen:check', '--output-logs=errors-only']],
    [
      'supergraph composes and is current',
      'npx',
      ['--yes', PNPM, '--filter', '@crm/gateway', 'run', 'compose:check'],
    ],
    [
      'AsyncAPI document is current',
      bin('tsx'),
      ['--tsconfig', 'tsconfig.json', 'scripts/asyncapi.ts', '--check'],
    ],
    ['types check', bin('tsc'), ['-p', 'tsconfig.json']],
    ['lint', bin('eslint'), ['.', '--max-warnings=0']],
    ['formatting', bin('prettier'), ['--check', '--log-level=warn', '.']],
  ];
  for (const [what, cmd, cmdArgs] of steps) {
    console.log(`\n== ${what}`);
    run(cmd, cmdArgs);
  }
}

switch (command) {
  case 'test': {
    ensureInstalled();
    checks();
    // Imported once the workspace is installed; the GraphiQL test drives a real browser.
    const { ensureChromium } = await import('../infra/chromium/chromium.mjs');
    try {
      ensureChromium();
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
    console.log('\n== tests (real PostgreSQL and Kafka)');
    run(bin('jest'), ['--ci', ...args]);
    break;
  }
  case 'build':
    ensureInstalled();
    checks();
    run('npx', ['--yes', PNPM, '--filter', '@crm/gateway', 'run', 'graphiql:build']);
    break;
  case 'start':
  case 'bench': {
    ensureInstalled();
    const script = command === 'start' ? 'scripts/start.ts' : 'bench/bench.ts';
    const child = spawn(bin('tsx'), ['--tsconfig', 'tsconfig.json', script, ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => process.exit(code ?? 1));
    break;
  }
  default:
    console.error(`unknown command ${command}: use start, test, build or bench`);
    process.exit(2);
}
