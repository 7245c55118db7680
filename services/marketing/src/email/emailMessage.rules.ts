import {
  imageOf,
  type Decision,
  type EventDataInput,
  emailMessageSnapshot as emailMessageSnapshotSchema,
  emailSendSnapshot as emailSendSnapshotSchema,
  type CampaignMemberStatus,
} from '@crm/events';
import { conflict } from '@crm/platform';
import type { EmailMessageEntity } from './emailMessage.entity';
import type { EmailSendEntity } from './emailSend.entity';

export type EmailMessageSnapshot = EventDataInput<'crm.marketing.email.sent.v1'>['email'];
export type EmailSendSnapshot = EventDataInput<'crm.marketing.email_send.started.v1'>['send'];

export function emailMessageSnapshot(message: EmailMessageEntity): EmailMessageSnapshot {
  return imageOf(emailMessageSnapshotSchema, message);
}

export function emailSendSnapshot(send: EmailSendEntity): EmailSendSnapshot {
  return imageOf(emailSendSnapshotSchema, send);
}

/** The domain of the sender address, for Message-IDs. */
export function mailDomain(mailFrom: string): string {
  return /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'crm.localhost';
}

/** A member's status that never receives campaign mail again. */
export const unreachableMemberStatuses = ['UNSUBSCRIBED', 'BOUNCED'] as const;

type MessageEvent = `crm.marketing.email.${'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed'}.v1`;

/** A change of a message, and the status it moves the message's member to (as far as its workflow allows). */
export interface MessageChange extends Decision<EmailMessageEntity, undefined, MessageEvent> {
  memberStatus: CampaignMemberStatus;
}

/** The SMTP server accepted a message the sender claimed; none if it is recorded already (e.g. in doubt). */
export function sent(message: EmailMessageEntity, at: Date): MessageChange | null {
  if (message.status !== 'SENDING') return null;
  return {
    set: { status: 'SENT', sentAt: at, leaseOwner: null, leaseUntil: null },
    event: 'crm.marketing.email.sent.v1',
    memberStatus: 'SENT',
  };
}

/** The message bounced (a 5xx answer at send time, or reported later); a sender's claim ends with it. */
function bounced(reason: string, at: Date): MessageChange {
  return {
    set: { status: 'BOUNCED', bouncedAt: at, bounceReason: reason, leaseOwner: null, leaseUntil: null },
    event: 'crm.marketing.email.bounced.v1',
    memberStatus: 'BOUNCED',
  };
}

/** The SMTP server refused a message the sender claimed; none if it is recorded already. */
export function refused(message: EmailMessageEntity, reason: string, at: Date): MessageChange | null {
  return message.status === 'SENDING' ? bounced(reason, at) : null;
}

/** A bounce reported after the SMTP server accepted the message: only a sent message bounces. */
export function reportedBounce(message: EmailMessageEntity, reason: string, at: Date): MessageChange {
  if (message.status !== 'SENT') {
    throw conflict(`Email message ${message.id} is ${message.status}: only a sent message bounces`, {
      status: message.status,
    });
  }
  return bounced(reason, at);
}

export type Interaction = { kind: 'open' } | { kind: 'click'; url: string };

/**
 * The first open or the first click of a sent message: counted, its time kept, the event, and the member
 * moved on. None for a later one (it only counts: `countedAgain` in emailTracking.ts) or for a message that
 * was not sent.
 */
export function tracked(
  message: EmailMessageEntity,
  interaction: Interaction,
  now: Date,
): MessageChange | null {
  if (message.status !== 'SENT') return null;
  if (interaction.kind === 'open') {
    if (message.firstOpenedAt) return null;
    return {
      set: { openCount: message.openCount + 1, firstOpenedAt: now, lastOpenedAt: now },
      event: 'crm.marketing.email.opened.v1',
      memberStatus: 'OPENED',
    };
  }
  if (message.firstClickedAt) return null;
  return {
    set: { clickCount: message.clickCount + 1, firstClickedAt: now, lastClickedAt: now },
    event: 'crm.marketing.email.clicked.v1',
    data: { url: interaction.url },
    memberStatus: 'CLICKED',
  };
}

/** The message's one-click unsubscribe, once. */
export function unsubscribed(message: EmailMessageEntity, now: Date): MessageChange | null {
  if (message.unsubscribedAt) return null;
  return {
    set: { unsubscribedAt: now },
    event: 'crm.marketing.email.unsubscribed.v1',
    memberStatus: 'UNSUBSCRIBED',
  };
}
