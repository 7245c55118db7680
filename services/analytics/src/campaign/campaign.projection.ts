import type { ConsumedEvent, EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { latestPerKey } from '../readModel/latestPerKey';
import { upsertNewer } from '../readModel/upsertNewer';
import { CampaignFactEntity, CampaignMemberFactEntity } from './campaignFact.entity';

type CampaignSnapshot = EventData<'crm.marketing.campaign.created.v1'>['campaign'];
type CampaignMemberSnapshot = EventData<'crm.marketing.member.added.v1'>['member'];

/** Every campaign event carries the campaign's state after the change. */
export type CampaignEvent = ConsumedEvent & { data: { campaign: CampaignSnapshot } };
export type MemberEvent = ConsumedEvent & { data: { member: CampaignMemberSnapshot } };

export function isCampaignEvent(event: ConsumedEvent): event is CampaignEvent {
  return event.type.startsWith('crm.marketing.campaign.');
}

export function isMemberEvent(event: ConsumedEvent): event is MemberEvent {
  return event.type.startsWith('crm.marketing.member.');
}

export async function applyCampaignEvents(manager: EntityManager, events: CampaignEvent[]) {
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.campaign.id}`,
    (e) => e.data.campaign.version,
  );
  await upsertNewer(
    manager,
    CampaignFactEntity,
    latest.map(({ tenantId, data: { campaign } }) => ({
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
    })),
  );
}

export async function applyMemberEvents(manager: EntityManager, events: MemberEvent[]) {
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.member.id}`,
    (e) => e.data.member.version,
  );
  await upsertNewer(
    manager,
    CampaignMemberFactEntity,
    latest.map(({ tenantId, data: { member } }) => ({
      tenantId,
      id: member.id,
      campaignId: member.campaignId,
      customerId: member.customerId,
      status: member.status,
      firstRespondedAt: member.firstRespondedAt ? new Date(member.firstRespondedAt) : null,
      version: member.version,
    })),
  );
}
