import { randomUUID } from 'node:crypto';
import { defineAggregate, within, type ChangeContext } from '@crm/events';
import { parseInput, TenantDb, type RequestContext } from '@crm/platform';
import type { DataSource } from 'typeorm';
import type { MarketingContext } from '../config';
import { sendOnce } from '../email/mailer';
import type { LinkSigner } from '../email/signedLinks';
import type { MutationRecordConsentArgs, MutationRequestConsentConfirmationArgs } from '../generated/graphql';
import { ConsentEntity } from './consent.entity';
import {
  confirmationRequest,
  confirmationValidityMs,
  consentChange,
  consentSnapshot,
  emailAddress,
  recordConsentInput,
  type ConsentChange,
} from './consent.rules';

export const consents = defineAggregate({
  name: 'Consent',
  entity: ConsentEntity,
  eventKey: 'consent',
  image: consentSnapshot,
});

/** The id of the address's consent row, created as UNKNOWN (no decision yet, so no event) when there is none. */
export async function consentIdOf(tx: TenantDb, email: string): Promise<string> {
  await tx.manager
    .createQueryBuilder()
    .insert()
    .into(ConsentEntity)
    .values({ tenantId: tx.tenantId, email, status: 'UNKNOWN' })
    .orIgnore()
    .execute();
  const { id } = await tx.manager.findOneOrFail(ConsentEntity, {
    where: { tenantId: tx.tenantId, email },
    select: { id: true },
  });
  return id;
}

/** Applies a consent decision (consentChange) with its audit record and `consent.changed` event. */
export function changeConsent(
  context: ChangeContext,
  operation: string,
  id: string,
  change: ConsentChange,
  now: Date,
): Promise<ConsentEntity> {
  return consents.change(context, { id, operation }, (consent) => consentChange(consent, change, now));
}

export function recordConsent(
  context: RequestContext,
  { input: rawInput }: MutationRecordConsentArgs,
): Promise<ConsentEntity> {
  const input = parseInput(recordConsentInput, rawInput);
  return context.db.transaction(async (tx) =>
    changeConsent(
      within(context, tx),
      'recordConsent',
      await consentIdOf(tx, input.email),
      {
        status: input.status,
        source: input.source,
        proof: `${input.proof} (recorded by ${context.user.userId})`,
      },
      new Date(),
    ),
  );
}

/**
 * Mails a double opt-in link for the address's newest request; an address opted in already gets none.
 * The mail goes out inside the transaction: if the SMTP server refuses it, nothing is recorded.
 */
export async function requestConsentConfirmation(
  context: MarketingContext,
  { email: rawEmail }: MutationRequestConsentConfirmationArgs,
): Promise<ConsentEntity> {
  const { links, SMTP_URL, MAIL_FROM } = context.config;
  const email = parseInput(emailAddress, rawEmail, 'email');
  return context.db.transaction(async (tx) => {
    const now = new Date();
    const consent = await consents.change(
      within(context, tx),
      { id: await consentIdOf(tx, email), operation: 'requestConsentConfirmation' },
      (consent) => confirmationRequest(consent, randomUUID(), now),
    );
    if (consent.status === 'OPTED_IN') return consent;
    const link = links.consentConfirmation(
      consent.id,
      consent.confirmationRequestId!,
      new Date(now.getTime() + confirmationValidityMs),
    );
    await sendOnce(SMTP_URL, {
      from: MAIL_FROM,
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
  linkSigner: LinkSigner,
  token: string,
  now = new Date(),
): Promise<ConfirmationResult> {
  const claims = linkSigner.verify(token, 'confirm', now);
  if (!claims?.consentId || !claims.requestId) return 'invalid';
  return dataSource.transaction(async (manager) => {
    // The link names the consent, not its tenant: locked here, so that only one use of the link counts.
    const consent = await manager.findOne(ConsentEntity, {
      where: { id: claims.consentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!consent || consent.confirmationRequestId !== claims.requestId) return 'invalid';
    const requestedAt = consent.confirmationRequestedAt!.toISOString();
    await changeConsent(
      {
        db: new TenantDb(manager, consent.tenantId),
        actor: { actorId: 'system:consent-link', requestId: claims.requestId },
      },
      'confirmConsent',
      consent.id,
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

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const consentMutations = { recordConsent, requestConsentConfirmation };
