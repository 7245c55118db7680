import { createLogger, stopOnSignals } from '@crm/platform';
import { startGateway } from './gateway';

const log = createLogger('gateway');

startGateway({ log }).then(
  (gateway) => stopOnSignals(gateway.stop, log),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
