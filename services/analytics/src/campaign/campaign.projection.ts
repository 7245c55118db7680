import type { ConsumedEvent, EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { carries } from '../readModel/carries';
import { latestPerKey } from '../readModel/latestPerKey';
import { upsertLatestStates } from '../readModel/upsertNewer';
import { CampaignEmailFactEntity, CampaignFactEntity, CampaignMemberFactEntity } from './campaignFact.entity';

type CampaignSnapshot = EventData<'crm.marketing.campaign.created.v1'>['campaign'];
type CampaignMemberSnapshot = EventData<'crm.marketing.member.added.v1'>['member'];

/** Every campaign event carries the campaign's state after the change. */
export type CampaignEvent = ConsumedEvent & { data: { campaign: CampaignSnapshot } };
export type MemberEvent = ConsumedEvent & { data: { member: CampaignMemberSnapshot } };

export function isCampaignEvent(event: ConsumedEvent): event is CampaignEvent {
  return carries(event, 'crm.marketing.campaign.', 'campaign');
}

export function isMemberEvent(event: ConsumedEvent): event is MemberEvent {
  return carries(event, 'crm.marketing.member.', 'member');
}

export async function applyCampaignEvents(manager: EntityManager, events: CampaignEvent[]) {
  await upsertLatestStates(manager, CampaignFactEntity, events, ({ tenantId, data: { campaign } }) => ({
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
  }));
}

export async function applyMemberEvents(manager: EntityManager, events: MemberEvent[]) {
  await upsertLatestStates(manager, CampaignMemberFactEntity, events, ({ tenantId, data: { member } }) => ({
    tenantId,
    id: member.id,
    campaignId: member.campaignId,
    customerId: member.customerId,
    status: member.status,
    firstRespondedAt: member.firstRespondedAt ? new Date(member.firstRespondedAt) : null,
    version: member.version,
  }));
}

type EmailSnapshot = EventData<'crm.marketing.email.sent.v1'>['email'];
export type EmailEvent = ConsumedEvent & { data: { email: EmailSnapshot } };

export function isEmailEvent(event: ConsumedEvent): event is EmailEvent {
  return carries(event, 'crm.marketing.email.', 'email');
}

const at = (value: string | null) => (value ? new Date(value) : null);

/** Emails have no version: the newest change time wins, here and against the stored row. */
export async function applyEmailEvents(manager: EntityManager, events: EmailEvent[]) {
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.email.id}`,
    (e) => Date.parse(e.data.email.updatedAt),
  );
  if (latest.length === 0) return;
  const columns = [
    'status',
    'sent_at',
    'first_opened_at',
    'first_clicked_at',
    'bounced_at',
    'unsubscribed_at',
    'updated_at',
  ];
  await manager
    .createQueryBuilder()
    .insert()
    .into(CampaignEmailFactEntity)
    .values(
      latest.map(({ tenantId, data: { email } }) => ({
        tenantId,
        id: email.id,
        campaignId: email.campaignId,
        status: email.status,
        sentAt: at(email.sentAt),
        firstOpenedAt: at(email.firstOpenedAt),
        firstClickedAt: at(email.firstClickedAt),
        bouncedAt: at(email.bouncedAt),
        unsubscribedAt: at(email.unsubscribedAt),
        updatedAt: new Date(email.updatedAt),
      })),
    )
    .orUpdate(columns, ['tenant_id', 'id'], {
      overwriteCondition: { where: '"campaign_email_fact"."updated_at" <= EXCLUDED."updated_at"' },
    })
    .execute();
}
