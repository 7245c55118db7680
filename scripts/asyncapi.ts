// Writes packages/events/asyncapi.json: the event catalogue with its publishers, and who consumes what
// (every service's declared projections). `pnpm run asyncapi`; with --check it writes nothing and exits 1
// when the committed file is stale (the build runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyticsService } from '@crm/analytics/src/service';
import { customerService } from '@crm/customer/src/service';
import { asyncApiDocument } from '@crm/events';
import { marketingService } from '@crm/marketing/src/service';
import { salesService } from '@crm/sales/src/service';
import { serviceService } from '@crm/service/src/service';

const receivers = [customerService, salesService, serviceService, marketingService, analyticsService].map(
  (service) => ({
    service: service.name,
    projections: service.projections ?? [],
    projectionGroup: service.projectionGroup,
  }),
);
const target = resolve(__dirname, '../packages/events/asyncapi.json');
const expected = `${JSON.stringify(asyncApiDocument(receivers), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== expected) {
    console.error(`${target} is stale: run \`pnpm run asyncapi\` and commit the result`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, expected);
  console.log(`wrote ${target}`);
}
