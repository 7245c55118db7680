import {
  defineProjection,
  upsertNewer,
  type ConsumedEvent,
  type ConsumedEventOf,
  type EventData,
} from '@crm/events';
import { TenantDb } from '@crm/platform';
import type { EntityManager } from 'typeorm';
import { CampaignEntity } from '../campaign/campaign.entity';
import { CampaignMemberEntity } from '../member/campaignMember.entity';
import { addLeadMember, moveMemberByFlow } from '../member/campaignMember.commands';
import { LeadAttributionEntity, OpportunityAttributionEntity } from './attribution.entity';

const handles = [
  'crm.sales.lead.created.v1',
  'crm.sales.lead.updated.v1',
  'crm.sales.lead.status_changed.v1',
  'crm.sales.lead.converted.v1',
  'crm.sales.lead.deleted.v1',
  'crm.sales.lead.activity_added.v1',
  'crm.sales.lead.activity_completed.v1',
  'crm.sales.opportunity.created.v1',
  'crm.sales.opportunity.updated.v1',
  'crm.sales.opportunity.stage_changed.v1',
  'crm.sales.opportunity.won.v1',
  'crm.sales.opportunity.lost.v1',
] as const;

type Lead = EventData<'crm.sales.lead.created.v1'>['lead'];
type Opportunity = EventData<'crm.sales.opportunity.created.v1'>['opportunity'];

/** The author of the changes of a sales event: the sales flow, with the event as its request. */
const salesFlow = (event: ConsumedEvent) => ({ actorId: 'service:sales', requestId: event.id });

/**
 * A lead of a campaign of this tenant is a member of it (added once); a converted lead's membership is
 * CONVERTED. Changes are the sales flow's, named after the causing event.
 */
async function leadMembership(manager: EntityManager, event: ConsumedEvent, lead: Lead): Promise<void> {
  if (!lead.campaignId) return;
  const tx = new TenantDb(manager, event.tenantId);
  const campaign = await tx.findById(CampaignEntity, lead.campaignId);
  if (!campaign) return;
  const context = { db: tx, actor: salesFlow(event) };
  const member =
    (await manager.findOne(CampaignMemberEntity, {
      where: { tenantId: event.tenantId, campaignId: campaign.id, leadId: lead.id },
    })) ?? (await addLeadMember(context, 'attributeLead', campaign.id, lead.id));
  if (lead.status === 'CONVERTED') {
    await moveMemberByFlow(
      context,
      'attributeLead',
      member.id,
      'CONVERTED',
      new Date(lead.convertedAt ?? event.time),
    );
  }
}

/** A won deal of a campaign converts the customer's membership of it, if the customer is a member. */
async function wonDealMembership(manager: EntityManager, event: ConsumedEvent, opportunity: Opportunity) {
  if (opportunity.stage !== 'CLOSED_WON' || !opportunity.campaignId) return;
  const member = await manager.findOne(CampaignMemberEntity, {
    where: {
      tenantId: event.tenantId,
      campaignId: opportunity.campaignId,
      customerId: opportunity.customerId,
    },
  });
  if (!member) return;
  await moveMemberByFlow(
    { db: new TenantDb(manager, event.tenantId), actor: salesFlow(event) },
    'attributeDeal',
    member.id,
    'CONVERTED',
    new Date(opportunity.closedAt ?? event.time),
  );
}

/** Keeps the leads and opportunities of sales that name a campaign (and every one, for later attribution). */
export async function applyToAttribution(
  event: ConsumedEventOf<(typeof handles)[number]>,
  manager: EntityManager,
): Promise<void> {
  const { data } = event;
  if (event.type === 'crm.sales.lead.deleted.v1') {
    await manager.delete(LeadAttributionEntity, { id: event.data.lead.id, tenantId: event.tenantId });
  } else if ('lead' in data) {
    const lead = data.lead;
    await upsertNewer(manager, LeadAttributionEntity, {
      id: lead.id,
      tenantId: event.tenantId,
      campaignId: lead.campaignId,
      status: lead.status,
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.email,
      convertedCustomerId: lead.convertedCustomerId,
      version: lead.version,
      updatedAt: new Date(lead.updatedAt),
    });
    await leadMembership(manager, event, lead);
  } else {
    const opportunity = data.opportunity;
    await upsertNewer(manager, OpportunityAttributionEntity, {
      id: opportunity.id,
      tenantId: event.tenantId,
      campaignId: opportunity.campaignId,
      customerId: opportunity.customerId,
      stage: opportunity.stage,
      amount: opportunity.amount,
      currency: opportunity.currency,
      version: opportunity.version,
      updatedAt: new Date(opportunity.updatedAt),
    });
    await wonDealMembership(manager, event, opportunity);
  }
}

/** Every lead and opportunity of sales (campaign performance) and the memberships they convert. */
export const attributionProjection = defineProjection({
  name: 'attribution',
  description:
    "Keeps sales' leads and opportunities for campaign performance; a campaign's lead becomes its member, a won deal converts the customer's membership.",
  handles,
  applyEach: applyToAttribution,
});
