import { recordChange } from '@crm/events';
import { changedFields, type Actor, type TenantDb } from '@crm/platform';
import type { CampaignMemberStatus } from '../generated/graphql';
import { CampaignMemberEntity } from './campaignMember.entity';
import { memberSnapshot } from './campaignMember.rules';
import { memberTransition, respondedStatuses } from './memberWorkflow';

/**
 * Moves a member on behalf of a flow (the sender, a tracking link, a sales event) when its workflow allows
 * the move, with audit record and event; anything else is left as it is (an open after a click moves
 * nothing). A message refused at send time bounces a TARGETED member too. Returns whether it moved.
 */
export async function moveMemberByFlow(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  member: CampaignMemberEntity,
  to: CampaignMemberStatus,
  now: Date,
): Promise<boolean> {
  const allowed =
    memberTransition(member.status, to).allowed || (to === 'BOUNCED' && member.status === 'TARGETED');
  if (!allowed) return false;
  await recordMemberMove(tx, actor, operation, member, to, now);
  return true;
}

/** Moves a (locked) member whose move is checked already: first response, audit record and event. */
export async function recordMemberMove(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  member: CampaignMemberEntity,
  to: CampaignMemberStatus,
  now: Date,
): Promise<void> {
  const before = memberSnapshot(member);
  member.status = to;
  if (respondedStatuses.includes(to) && !member.firstRespondedAt) member.firstRespondedAt = now;
  await tx.save(CampaignMemberEntity, member);
  const after = memberSnapshot(member);
  await recordChange(tx, actor, {
    operation,
    entityType: 'CampaignMember',
    entityId: member.id,
    before,
    after,
    event: {
      type: 'crm.marketing.member.status_changed.v1',
      data: { member: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    },
  });
}

/** The member, locked, if it still exists. */
export function memberForUpdate(tx: TenantDb, id: string): Promise<CampaignMemberEntity | null> {
  return tx.manager.findOne(CampaignMemberEntity, {
    where: { id, tenantId: tx.tenantId },
    lock: { mode: 'pessimistic_write' },
  });
}
