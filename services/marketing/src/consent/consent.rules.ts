import {
  consentSource,
  consentStatus,
  imageOf,
  type EventDataInput,
  consentSnapshot as consentSnapshotSchema,
  type ConsentSource,
  type ConsentStatus,
} from '@crm/events';
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
  status: consentStatus.extract(['OPTED_IN', 'OPTED_OUT'], 'OPTED_IN or OPTED_OUT'),
  // Double opt-in and unsubscribe come from their links only: nobody records them by hand.
  source: consentSource.extract(['MANUAL', 'WEB_FORM', 'IMPORT'], 'MANUAL, WEB_FORM or IMPORT'),
  proof: z.string().trim().min(1, 'Required: what proves it').max(2000, 'At most 2,000 characters'),
});

/** How long a double opt-in link stays valid. */
export const confirmationValidityMs = 7 * 24 * 3600 * 1000;

export function consentSnapshot(consent: ConsentEntity): ConsentSnapshot {
  return imageOf(consentSnapshotSchema, consent);
}

export interface ConsentChange {
  status: ConsentStatus;
  source: ConsentSource;
  proof: string;
}

/**
 * A consent decision; it supersedes a pending opt-in link. None when status, source and proof are as
 * they were.
 */
export function consentChange(consent: ConsentEntity, change: ConsentChange, now: Date) {
  if (
    consent.status === change.status &&
    consent.source === change.source &&
    consent.proof === change.proof
  ) {
    return null;
  }
  return {
    set: { ...change, changedAt: now, confirmationRequestId: null, confirmationRequestedAt: null },
    event: 'crm.marketing.consent.changed.v1' as const,
    data: { previousStatus: consent.status },
  };
}

/**
 * A new double opt-in request (only its link confirms), unless the address opted in already. The image
 * does not show pending requests, so the event names the field itself.
 */
export function confirmationRequest(consent: ConsentEntity, requestId: string, now: Date) {
  if (consent.status === 'OPTED_IN') return null;
  return {
    set: { confirmationRequestId: requestId, confirmationRequestedAt: now },
    event: 'crm.marketing.consent.confirmation_requested.v1' as const,
    data: { changedFields: ['confirmationRequestedAt'] },
    evenIfUnchanged: true,
  };
}
