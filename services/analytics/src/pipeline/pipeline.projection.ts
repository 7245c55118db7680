import type { ConsumedEvent, ConsumedEventOf, EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { carries } from '../readModel/carries';
import { latestPerKey } from '../readModel/latestPerKey';
import { upsertLatestStates, upsertNewer } from '../readModel/upsertNewer';
import { LeadFactEntity } from './leadFact.entity';
import { OpportunityFactEntity } from './opportunityFact.entity';
import { QuoteFactEntity } from './quoteFact.entity';

type OpportunitySnapshot = EventData<'crm.sales.opportunity.created.v1'>['opportunity'];
type LeadSnapshot = EventData<'crm.sales.lead.created.v1'>['lead'];

export type OpportunityEvent = ConsumedEventOf<
  | 'crm.sales.opportunity.created.v1'
  | 'crm.sales.opportunity.updated.v1'
  | 'crm.sales.opportunity.stage_changed.v1'
  | 'crm.sales.opportunity.won.v1'
  | 'crm.sales.opportunity.lost.v1'
>;

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

export type LeadEvent = ConsumedEventOf<
  | 'crm.sales.lead.created.v1'
  | 'crm.sales.lead.updated.v1'
  | 'crm.sales.lead.status_changed.v1'
  | 'crm.sales.lead.converted.v1'
  | 'crm.sales.lead.deleted.v1'
>;

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

/** Every quote event carries the quote's state after the change. */
export type QuoteEvent = ConsumedEvent & {
  data: { quote: EventData<'crm.sales.quote.created.v1'>['quote'] };
};

export function isQuoteEvent(event: ConsumedEvent): event is QuoteEvent {
  return carries(event, 'crm.sales.quote.', 'quote');
}

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
