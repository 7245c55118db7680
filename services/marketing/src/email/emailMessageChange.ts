import { recordChange } from '@crm/events';
import { changedFields, type Actor, type TenantDb } from '@crm/platform';
import type { CampaignMemberStatus } from '../generated/graphql';
import { memberForUpdate, moveMemberByFlow } from '../member/memberMoves';
import { EmailMessageEntity } from './emailMessage.entity';
import { emailMessageSnapshot } from './emailMessage.rules';

type MessageEvent =
  'crm.marketing.email.sent.v1' | 'crm.marketing.email.bounced.v1' | 'crm.marketing.email.unsubscribed.v1';

/**
 * Applies a delivery or unsubscribe change to a (locked) message, with audit record and event, and moves
 * its member along when the member's workflow allows it.
 */
export async function changeEmailMessage(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  message: EmailMessageEntity,
  change: Partial<EmailMessageEntity>,
  type: MessageEvent,
  memberStatus: CampaignMemberStatus,
  now: Date,
): Promise<void> {
  const before = emailMessageSnapshot(message);
  Object.assign(message, change);
  await tx.save(EmailMessageEntity, message);
  const after = emailMessageSnapshot(message);
  await recordChange(tx, actor, {
    operation,
    entityType: 'EmailMessage',
    entityId: message.id,
    before,
    after,
    event: { type, data: { email: after, changedFields: changedFields(before, after) } },
  });
  const member = await memberForUpdate(tx, message.memberId);
  if (member) await moveMemberByFlow(tx, actor, operation, member, memberStatus, now);
}
