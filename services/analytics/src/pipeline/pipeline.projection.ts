import {
  upsertLatestStates,
  upsertNewer,
  latestPerKey,
  defineProjection,
  eventsOfTopic,
  type ConsumedEventOfTopic,
  type EventData,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { LeadFactEntity } from './leadFact.entity';
import { OpportunityFactEntity } from './opportunityFact.entity';
import { QuoteFactEntity } from './quoteFact.entity';

type OpportunitySnapshot = EventData<'crm.sales.opportunity.created.v1'>['opportunity'];
type LeadSnapshot = EventData<'crm.sales.lead.created.v1'>['lead'];

export type OpportunityEvent = ConsumedEventOfTopic<'crm.sales.opportunity'>;

function opportunityFact(tenantId: string, opportunity: OpportunitySnapshot): OpportunityFactEntity {
  return {
    tenantId,
    id: opportunity.id,
    customerId: opportunity.customerId,
    amount: opportunity.amount,
    currency: opportunity.currency,
    stage: opportunity.stage,
    probability: opportunity.probability,
    expectedCloseDate: opportunity.expectedCloseDate,
    ownerId: opportunity.ownerId,
    campaignId: opportunity.campaignId,
    competitors: opportunity.competitors,
    lossReason: opportunity.lossReason,
    stageHistory: opportunity.stageHistory.map(({ from, to, at, daysInPreviousStage }) => ({
      from,
      to,
      at,
      daysInPreviousStage,
    })),
    createdAt: new Date(opportunity.createdAt),
    closedAt: opportunity.closedAt ? new Date(opportunity.closedAt) : null,
    version: opportunity.version,
  };
}

export async function applyOpportunityEvents(manager: EntityManager, events: OpportunityEvent[]) {
  await upsertLatestStates(manager, OpportunityFactEntity, events, (e) =>
    opportunityFact(e.tenantId, e.data.opportunity),
  );
}

/** Every lead event carries the lead's state after the change, its follow-ups' events too. */
export type LeadEvent = ConsumedEventOfTopic<'crm.sales.lead'>;

function leadFact(tenantId: string, lead: LeadSnapshot): LeadFactEntity {
  return {
    tenantId,
    id: lead.id,
    source: lead.source,
    campaignId: lead.campaignId,
    status: lead.status,
    convertedCustomerId: lead.convertedCustomerId,
    convertedAt: lead.convertedAt ? new Date(lead.convertedAt) : null,
    createdAt: new Date(lead.createdAt),
    version: lead.version,
  };
}

/** A deleted lead leaves the funnel. */
export async function applyLeadEvents(manager: EntityManager, events: LeadEvent[]) {
  const isDeletion = (e: LeadEvent) => e.type === 'crm.sales.lead.deleted.v1';
  // A deletion carries the last state's version and comes after it.
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.lead.id}`,
    (e) => e.data.lead.version + (isDeletion(e) ? 0.5 : 0),
  );
  for (const event of latest.filter(isDeletion)) {
    await manager.delete(LeadFactEntity, { tenantId: event.tenantId, id: event.data.lead.id });
  }
  await upsertNewer(
    manager,
    LeadFactEntity,
    latest.filter((e) => !isDeletion(e)).map((e) => leadFact(e.tenantId, e.data.lead)),
  );
}

export type QuoteEvent = ConsumedEventOfTopic<'crm.sales.quote'>;

export async function applyQuoteEvents(manager: EntityManager, events: QuoteEvent[]) {
  await upsertLatestStates(manager, QuoteFactEntity, events, ({ tenantId, data: { quote } }) => ({
    tenantId,
    id: quote.id,
    opportunityId: quote.opportunityId,
    status: quote.status,
    currency: quote.currency,
    total: quote.total,
    version: quote.version,
  }));
}

export const opportunityFacts = defineProjection({
  name: 'opportunityFacts',
  description: 'Deals with stage, amount, probability and dates: pipeline, funnel and forecast.',
  handles: eventsOfTopic('crm.sales.opportunity'),
  applyAll: (events, manager) => applyOpportunityEvents(manager, events),
});

export const leadFacts = defineProjection({
  name: 'leadFacts',
  description: 'Leads with source, status and conversion: the funnel by source.',
  handles: eventsOfTopic('crm.sales.lead'),
  applyAll: (events, manager) => applyLeadEvents(manager, events),
});

export const quoteFacts = defineProjection({
  name: 'quoteFacts',
  description: "Quotes with status and total: the funnel's quote stage.",
  handles: eventsOfTopic('crm.sales.quote'),
  applyAll: (events, manager) => applyQuoteEvents(manager, events),
});
