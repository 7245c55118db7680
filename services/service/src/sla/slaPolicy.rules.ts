import { ticketPriority } from '@crm/events';
import { z } from 'zod';

const hours = z
  .number()
  .int('Whole hours')
  .min(1, 'At least 1 hour')
  .max(24 * 365, 'At most a year');

export const slaPolicyInput = z
  .object({
    priority: ticketPriority,
    firstResponseHours: hours,
    resolutionHours: hours,
    bumpPriorityOnBreach: z.boolean().nullish(),
  })
  .refine((policy) => policy.resolutionHours >= policy.firstResponseHours, {
    path: ['resolutionHours'],
    message: 'Must not be shorter than the first response time',
  });
