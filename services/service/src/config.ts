import { serviceConfigSchema } from '@crm/events';
import { z } from 'zod';

/** The service service's settings: the common ones and its own, validated at start. */
export const serviceServiceConfig = serviceConfigSchema.extend({
  /** How often the SLA scheduler looks for breaches. */
  SLA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
});
export type ServiceServiceConfig = z.output<typeof serviceServiceConfig>;
