import {
  EventConsumer,
  upsertNewer,
  type ConsumedEvent,
  type EventData,
  type KafkaClient,
} from '@crm/events';
import { TenantDb, type Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CampaignEntity } from '../campaign/campaign.entity';
import { CampaignMemberEntity } from '../member/campaignMember.entity';
import { addLeadMember, moveMemberByFlow } from '../member/campaignMember.commands';
import { LeadAttributionEntity, OpportunityAttributionEntity } from './attribution.entity';

export const attributionTopics = ['crm.sales.lead', 'crm.sales.opportunity'];

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
export async function applyToAttribution(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as { lead?: Lead; opportunity?: Opportunity };
  if (event.type === 'crm.sales.lead.deleted.v1' && data.lead) {
    await manager.delete(LeadAttributionEntity, { id: data.lead.id, tenantId: event.tenantId });
  } else if (event.type.startsWith('crm.sales.lead.') && data.lead) {
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
  } else if (event.type.startsWith('crm.sales.opportunity.') && data.opportunity) {
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

export function attributionConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}marketing.attribution`,
    topics: attributionTopics,
    handle: applyToAttribution,
    log,
  });
}
