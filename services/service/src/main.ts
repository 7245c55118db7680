import { startService } from '@crm/events';
import { stopOnSignals } from '@crm/platform';
import { serviceService } from './service';

startService(serviceService).then(
  (service) => stopOnSignals(service.stop, service.log),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
