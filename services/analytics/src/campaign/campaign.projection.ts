import {
  upsertLatestStates,
  latestPerKey,
  defineProjection,
  eventsOfTopic,
  type ConsumedEventOfTopic,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { CampaignEmailFactEntity, CampaignFactEntity, CampaignMemberFactEntity } from './campaignFact.entity';

/** Every campaign, member and e-mail event carries that aggregate's state after the change. */
export type CampaignEvent = ConsumedEventOfTopic<'crm.marketing.campaign'>;
export type MemberEvent = ConsumedEventOfTopic<'crm.marketing.member'>;
export type EmailEvent = ConsumedEventOfTopic<'crm.marketing.email'>;

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

export const campaignFacts = defineProjection({
  name: 'campaignFacts',
  description: 'Campaigns with type, status, budget and cost: campaign performance and ROI.',
  handles: eventsOfTopic('crm.marketing.campaign'),
  applyAll: (events, manager) => applyCampaignEvents(manager, events),
});

export const campaignMemberFacts = defineProjection({
  name: 'campaignMemberFacts',
  description: 'Campaign members and their responses: response rates and the funnel by campaign.',
  handles: eventsOfTopic('crm.marketing.member'),
  applyAll: (events, manager) => applyMemberEvents(manager, events),
});

export const campaignEmailFacts = defineProjection({
  name: 'campaignEmailFacts',
  description: 'Campaign e-mails sent, opened, clicked and bounced.',
  handles: eventsOfTopic('crm.marketing.email'),
  applyAll: (events, manager) => applyEmailEvents(manager, events),
});
