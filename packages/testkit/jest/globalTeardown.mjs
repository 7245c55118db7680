// Stops what jest/globalSetup.mjs started (same process) and removes the broker's temp data dir.
import fs from 'node:fs';
import { stopBrokerIn } from '@crm/infra/kafka';

export default async function globalTeardown() {
  const { kafka, postgres } = globalThis.__crmTestServers ?? {};
  delete globalThis.__crmTestServers;
  if (kafka) {
    await kafka.stop();
    await stopBrokerIn(kafka.dataDir); // a broker a test restarted on the same data dir
    fs.rmSync(kafka.dataDir, { recursive: true, force: true });
  }
  await postgres?.stop();
}
