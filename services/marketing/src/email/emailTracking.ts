import { recordChange, type EventType } from '@crm/events';
import { changedFields, TenantDb, type Actor } from '@crm/platform';
import type { DataSource } from 'typeorm';
import type { CampaignMemberStatus } from '../generated/graphql';
import { changeConsent, consentForUpdate } from '../consent/consent.commands';
import { memberForUpdate, moveMemberByFlow } from '../member/memberMoves';
import { EmailMessageEntity } from './emailMessage.entity';
import { changeEmailMessage } from './emailMessageChange';
import { emailMessageSnapshot } from './emailMessage.rules';

/** The actor of changes made through the links of a campaign email (no login: the signed token is the key). */
const linkActor = (messageId: string): Actor => ({ actorId: 'system:email-link', requestId: messageId });

type TrackingEvent = Extract<EventType, `crm.marketing.email.${'opened' | 'clicked'}.v1`>;

/** An open or a click of a sent message: counts, the event, and the member forward (never back). */
async function recordInteraction(
  dataSource: DataSource,
  id: string,
  kind: 'open' | 'click',
  url: string | null,
  now: Date,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const message = await manager.findOne(EmailMessageEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (message?.status !== 'SENT') return;
    const tx = new TenantDb(manager, message.tenantId);
    const before = emailMessageSnapshot(message);
    let type: TrackingEvent;
    let memberStatus: CampaignMemberStatus;
    if (kind === 'open') {
      message.openCount += 1;
      message.firstOpenedAt ??= now;
      type = 'crm.marketing.email.opened.v1';
      memberStatus = 'OPENED';
    } else {
      message.clickCount += 1;
      message.firstClickedAt ??= now;
      type = 'crm.marketing.email.clicked.v1';
      memberStatus = 'CLICKED';
    }
    await tx.save(EmailMessageEntity, message);
    const after = emailMessageSnapshot(message);
    const changed = changedFields(before, after);
    const actor = linkActor(id);
    await recordChange(tx, actor, {
      operation: kind === 'open' ? 'openEmail' : 'clickEmailLink',
      entityType: 'EmailMessage',
      entityId: id,
      before,
      after,
      event:
        type === 'crm.marketing.email.opened.v1'
          ? { type, data: { email: after, changedFields: changed } }
          : { type, data: { email: after, url: url ?? '', changedFields: changed } },
    });
    const member = await memberForUpdate(tx, message.memberId);
    if (member)
      await moveMemberByFlow(
        tx,
        actor,
        type === 'crm.marketing.email.opened.v1' ? 'openEmail' : 'clickEmailLink',
        member,
        memberStatus,
        now,
      );
  });
}

export function recordOpen(dataSource: DataSource, id: string, now = new Date()): Promise<void> {
  return recordInteraction(dataSource, id, 'open', null, now);
}

export function recordClick(
  dataSource: DataSource,
  id: string,
  url: string,
  now = new Date(),
): Promise<void> {
  return recordInteraction(dataSource, id, 'click', url, now);
}

/**
 * The one-click unsubscribe of a message: the member is UNSUBSCRIBED and the address OPTED_OUT (so no
 * campaign mails it again), with events. A repeat changes nothing.
 */
export async function unsubscribe(dataSource: DataSource, id: string, now = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const message = await manager.findOne(EmailMessageEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!message || message.unsubscribedAt) return;
    const tx = new TenantDb(manager, message.tenantId);
    const actor = linkActor(id);
    await changeEmailMessage(
      tx,
      actor,
      'unsubscribe',
      message,
      { unsubscribedAt: now },
      'crm.marketing.email.unsubscribed.v1',
      'UNSUBSCRIBED',
      now,
    );
    const consent = await consentForUpdate(tx, message.recipient);
    await changeConsent(
      tx,
      actor,
      'unsubscribe',
      consent,
      {
        status: 'OPTED_OUT',
        source: 'UNSUBSCRIBE_LINK',
        proof: `Unsubscribe link of campaign email ${message.messageId}, used ${now.toISOString()}`,
      },
      now,
    );
  });
}
