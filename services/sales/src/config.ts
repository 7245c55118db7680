import { serviceConfigSchema } from '@crm/events';
import { z } from 'zod';

/** The sales service's settings: the common ones and its own, validated at start. */
export const salesConfig = serviceConfigSchema.extend({
  /** How often sent quotes past their validity are expired. */
  QUOTE_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
});
export type SalesConfig = z.output<typeof salesConfig>;
