import {
  defineAggregate,
  within,
  type ChangeContext,
  type ChangeTarget,
  type CampaignMemberStatus,
} from '@crm/events';
import { TenantDb, type Actor } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { moveMemberByFlow } from '../member/campaignMember.commands';
import { EmailMessageEntity } from './emailMessage.entity';
import { emailMessageSnapshot, type MessageChange } from './emailMessage.rules';

export const emailMessages = defineAggregate({
  name: 'EmailMessage',
  entity: EmailMessageEntity,
  eventKey: 'email',
  image: emailMessageSnapshot,
});

/**
 * Changes a message as `decide` says, with audit record and event, and moves its member along when the
 * member's workflow allows it. Null when `decide` changes nothing.
 */
export function changeEmailMessage(
  context: ChangeContext,
  target: ChangeTarget,
  decide: (message: EmailMessageEntity) => MessageChange | null,
  now: Date,
): Promise<EmailMessageEntity | null> {
  return context.db.transaction(async (tx) => {
    let memberStatus: CampaignMemberStatus | undefined;
    const message = await emailMessages.change(within(context, tx), target, (row) => {
      const change = decide(row);
      memberStatus = change?.memberStatus;
      return change;
    });
    if (!memberStatus) return null;
    await moveMemberByFlow(within(context, tx), target.operation, message.memberId, memberStatus, now);
    return message;
  });
}

/**
 * Runs a flow's work on message `id` in one transaction, as `actor` in the message's tenant (a signed
 * link or the sender knows the message, not its tenant); nothing if there is no such message.
 */
export function messageFlow<R>(
  dataSource: DataSource,
  id: string,
  actor: Actor,
  work: (context: ChangeContext) => Promise<R>,
): Promise<R | null> {
  return dataSource.transaction(async (manager) => {
    const message = await manager.findOne(EmailMessageEntity, {
      where: { id },
      select: { id: true, tenantId: true },
    });
    return message ? work({ db: new TenantDb(manager, message.tenantId), actor }) : null;
  });
}
