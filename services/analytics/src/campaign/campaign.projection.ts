import type { ConsumedEvent, EventData } from '@crm/events';

type CampaignSnapshot = EventData<'crm.marketing.campaign.created.v1'>['campaign'];
type CampaignMemberSnapshot = EventData<'crm.marketing.member.added.v1'>['member'];
import type { EntityManager } from 'typeorm';
import { upsertNewer } from '../readModel/upsertNewer';
import { CampaignFactEntity, CampaignMemberFactEntity } from './campaignFact.entity';

export function isCampaignEvent(
  event: ConsumedEvent,
): event is ConsumedEvent & { data: { campaign: CampaignSnapshot } } {
  return event.type.startsWith('crm.marketing.campaign.');
}

export function isMemberEvent(
  event: ConsumedEvent,
): event is ConsumedEvent & { data: { member: CampaignMemberSnapshot } } {
  return event.type.startsWith('crm.marketing.member.');
}

export async function applyCampaign(manager: EntityManager, tenantId: string, campaign: CampaignSnapshot) {
  await upsertNewer(manager, CampaignFactEntity, {
    tenantId,
    id: campaign.id,
    name: campaign.name,
    type: campaign.type,
    status: campaign.status,
    currency: campaign.currency,
    budget: campaign.budget,
    actualCost: campaign.actualCost,
    startDate: campaign.startDate,
    version: campaign.version,
    createdAt: new Date(campaign.createdAt),
  });
}

export async function applyCampaignMember(
  manager: EntityManager,
  tenantId: string,
  member: CampaignMemberSnapshot,
) {
  await upsertNewer(manager, CampaignMemberFactEntity, {
    tenantId,
    id: member.id,
    campaignId: member.campaignId,
    customerId: member.customerId,
    status: member.status,
    firstRespondedAt: member.firstRespondedAt ? new Date(member.firstRespondedAt) : null,
    version: member.version,
  });
}
