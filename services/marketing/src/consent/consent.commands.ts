import { randomUUID } from 'node:crypto';
import { recordChange } from '@crm/events';
import { changedFields, parseInput, TenantDb, type Actor, type RequestContext } from '@crm/platform';
import type { DataSource } from 'typeorm';
import type { ConsentSource, ConsentStatus } from '../generated/graphql';
import { sendOnce } from '../email/mailer';
import type { MarketingRuntime } from '../marketingRuntime';
import { ConsentEntity } from './consent.entity';
import { confirmationValidityMs, consentSnapshot, emailAddress, recordConsentInput } from './consent.rules';

/** The address's consent row, created as UNKNOWN when there is none, locked for the transaction. */
export async function consentForUpdate(tx: TenantDb, email: string): Promise<ConsentEntity> {
  await tx.manager
    .createQueryBuilder()
    .insert()
    .into(ConsentEntity)
    .values({ tenantId: tx.tenantId, email, status: 'UNKNOWN' })
    .orIgnore()
    .execute();
  return tx.manager.findOneOrFail(ConsentEntity, {
    where: { tenantId: tx.tenantId, email },
    lock: { mode: 'pessimistic_write' },
  });
}

export interface ConsentChange {
  status: ConsentStatus;
  source: ConsentSource;
  proof: string;
}

/**
 * Applies a consent decision with its audit record and `consent.changed` event; a decision supersedes a
 * pending opt-in link. Returns false (writing nothing) when status, source and proof are as they were.
 */
export async function changeConsent(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  consent: ConsentEntity,
  change: ConsentChange,
  now: Date,
): Promise<boolean> {
  const before = consentSnapshot(consent);
  if (before.status === change.status && before.source === change.source && before.proof === change.proof) {
    return false;
  }
  Object.assign(consent, change, {
    changedAt: now,
    confirmationRequestId: null,
    confirmationRequestedAt: null,
  });
  await tx.save(ConsentEntity, consent);
  const after = consentSnapshot(consent);
  await recordChange(tx, actor, {
    operation,
    entityType: 'Consent',
    entityId: consent.id,
    before,
    after,
    event: {
      type: 'crm.marketing.consent.changed.v1',
      data: { consent: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    },
  });
  return true;
}

export async function recordConsent(context: RequestContext, rawInput: unknown): Promise<ConsentEntity> {
  const input = parseInput(recordConsentInput, rawInput);
  return context.db.transaction(async (tx) => {
    const consent = await consentForUpdate(tx, input.email);
    await changeConsent(
      tx,
      context.actor,
      'recordConsent',
      consent,
      {
        status: input.status,
        source: input.source,
        proof: `${input.proof} (recorded by ${context.user.userId})`,
      },
      new Date(),
    );
    return consent;
  });
}

/**
 * Mails a double opt-in link for the address's newest request; an address opted in already gets none.
 * The mail goes out inside the transaction: if the SMTP server refuses it, nothing is recorded.
 */
export async function requestConsentConfirmation(
  context: RequestContext,
  runtime: MarketingRuntime,
  rawEmail: unknown,
): Promise<ConsentEntity> {
  const email = parseInput(emailAddress, rawEmail, 'email');
  return context.db.transaction(async (tx) => {
    const consent = await consentForUpdate(tx, email);
    if (consent.status === 'OPTED_IN') return consent;
    const before = consentSnapshot(consent);
    const now = new Date();
    consent.confirmationRequestId = randomUUID();
    consent.confirmationRequestedAt = now;
    await tx.save(ConsentEntity, consent);
    const after = consentSnapshot(consent);
    await recordChange(tx, context.actor, {
      operation: 'requestConsentConfirmation',
      entityType: 'Consent',
      entityId: consent.id,
      before,
      after,
      event: {
        type: 'crm.marketing.consent.confirmation_requested.v1',
        data: { consent: after, changedFields: ['confirmationRequestedAt'] },
      },
    });
    const link = runtime.links.consentConfirmation(
      consent.id,
      consent.confirmationRequestId,
      new Date(now.getTime() + confirmationValidityMs),
    );
    await sendOnce(runtime.settings.smtpUrl, {
      from: runtime.settings.mailFrom,
      to: email,
      subject: 'Please confirm that you want our emails',
      text: `Confirm that you want to receive our emails: ${link}\n\nIf you did not ask for them, ignore this message.`,
      html: `<p>Confirm that you want to receive our emails:</p><p><a href="${link}">Yes, send me emails</a></p><p>If you did not ask for them, ignore this message.</p>`,
    });
    return consent;
  });
}

export type ConfirmationResult = 'confirmed' | 'invalid';

/**
 * Applies a followed opt-in link: only the consent's latest request confirms, once; the proof names the
 * request and both times.
 */
export async function confirmConsent(
  dataSource: DataSource,
  runtime: MarketingRuntime,
  token: string,
  now = new Date(),
): Promise<ConfirmationResult> {
  const claims = runtime.signer.verify(token, 'confirm', now);
  if (!claims?.consentId || !claims.requestId) return 'invalid';
  return dataSource.transaction(async (manager) => {
    const consent = await manager.findOne(ConsentEntity, {
      where: { id: claims.consentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!consent || consent.confirmationRequestId !== claims.requestId) return 'invalid';
    const requestedAt = consent.confirmationRequestedAt!.toISOString();
    await changeConsent(
      new TenantDb(manager, consent.tenantId),
      { actorId: 'system:consent-link', requestId: claims.requestId },
      'confirmConsent',
      consent,
      {
        status: 'OPTED_IN',
        source: 'DOUBLE_OPT_IN',
        proof: `Double opt-in: confirmation request ${claims.requestId} mailed ${requestedAt}, confirmed ${now.toISOString()}`,
      },
      now,
    );
    return 'confirmed';
  });
}
