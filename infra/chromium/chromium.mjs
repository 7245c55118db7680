// Chromium for the GraphiQL browser test: the Debian package, installed by the test command itself
// when it is missing (as infra/kafka resolves Kafka's jars), so `npm test` needs nothing done by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Installs Debian's chromium when it is missing; without root it says which command to run. */
export function ensureChromium({ log = console.log } = {}) {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} is missing and installing it needs root: sudo apt-get install -y chromium`);
  }
  log('Installing Chromium for the GraphiQL test (apt-get install chromium)...');
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is not there`);
}
