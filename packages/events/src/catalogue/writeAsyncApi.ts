// Writes packages/events/asyncapi.json from the catalogue: `tsx src/catalogue/writeAsyncApi.ts`.
// With --check it writes nothing and exits 1 when the committed file is stale (for CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asyncApiDocument } from './asyncApiDocument';

const target = resolve(__dirname, '../../asyncapi.json');
const expected = `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== expected) {
    console.error(`${target} is stale: run \`pnpm --filter @crm/events asyncapi\` and commit the result`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, expected);
  console.log(`wrote ${target}`);
}
