import type { EventDataInput } from '@crm/events';
import type { EmailMessageEntity } from './emailMessage.entity';
import type { EmailSendEntity } from './emailSend.entity';

export type EmailMessageSnapshot = EventDataInput<'crm.marketing.email.sent.v1'>['email'];
export type EmailSendSnapshot = EventDataInput<'crm.marketing.email_send.started.v1'>['send'];

const iso = (time: Date | null) => (time ? time.toISOString() : null);

export function emailMessageSnapshot(message: EmailMessageEntity): EmailMessageSnapshot {
  return {
    id: message.id,
    tenantId: message.tenantId,
    sendId: message.sendId,
    campaignId: message.campaignId,
    memberId: message.memberId,
    customerId: message.customerId,
    contactId: message.contactId,
    templateId: message.templateId,
    messageId: message.messageId,
    status: message.status,
    skipReason: message.skipReason,
    sentAt: iso(message.sentAt),
    firstOpenedAt: iso(message.firstOpenedAt),
    openCount: message.openCount,
    firstClickedAt: iso(message.firstClickedAt),
    clickCount: message.clickCount,
    bouncedAt: iso(message.bouncedAt),
    bounceReason: message.bounceReason,
    unsubscribedAt: iso(message.unsubscribedAt),
    createdAt: message.createdAt.toISOString(),
    updatedAt: message.updatedAt.toISOString(),
  };
}

export function emailSendSnapshot(send: EmailSendEntity): EmailSendSnapshot {
  return {
    id: send.id,
    tenantId: send.tenantId,
    campaignId: send.campaignId,
    templateId: send.templateId,
    status: send.status,
    recipientCount: send.recipientCount,
    skippedCount: send.skippedCount,
    startedAt: send.startedAt.toISOString(),
    completedAt: iso(send.completedAt),
    createdAt: send.createdAt.toISOString(),
    updatedAt: send.updatedAt.toISOString(),
  };
}

/** The domain of the sender address, for Message-IDs. */
export function mailDomain(mailFrom: string): string {
  return /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'crm.localhost';
}

/** A member's status that never receives campaign mail again. */
export const unreachableMemberStatuses = ['UNSUBSCRIBED', 'BOUNCED'] as const;
