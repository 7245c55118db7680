import type { EventDataInput } from '@crm/events';
import { z } from 'zod';
import type { ConsentEntity } from './consent.entity';

export type ConsentSnapshot = EventDataInput<'crm.marketing.consent.changed.v1'>['consent'];

/** Consent is per address, whatever its case. */
export const emailAddress = z
  .email('Not an email address')
  .max(320, 'At most 320 characters')
  .transform((email) => email.toLowerCase());

export const recordConsentInput = z.object({
  email: emailAddress,
  status: z.enum(['OPTED_IN', 'OPTED_OUT'], 'OPTED_IN or OPTED_OUT'),
  // Double opt-in and unsubscribe come from their links only: nobody records them by hand.
  source: z.enum(['MANUAL', 'WEB_FORM', 'IMPORT'], 'MANUAL, WEB_FORM or IMPORT'),
  proof: z.string().trim().min(1, 'Required: what proves it').max(2000, 'At most 2,000 characters'),
});

/** How long a double opt-in link stays valid. */
export const confirmationValidityMs = 7 * 24 * 3600 * 1000;

export function consentSnapshot(consent: ConsentEntity): ConsentSnapshot {
  return {
    id: consent.id,
    tenantId: consent.tenantId,
    email: consent.email,
    status: consent.status,
    source: consent.source,
    proof: consent.proof,
    changedAt: consent.changedAt ? consent.changedAt.toISOString() : null,
    version: consent.version,
    createdAt: consent.createdAt.toISOString(),
    updatedAt: consent.updatedAt.toISOString(),
  };
}
