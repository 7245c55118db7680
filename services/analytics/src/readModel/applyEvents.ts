import type { ConsumedEvent } from '@crm/events';
import type { EntityManager } from 'typeorm';
import {
  applyCampaignEvents,
  applyEmailEvents,
  applyMemberEvents,
  isCampaignEvent,
  isEmailEvent,
  isMemberEvent,
} from '../campaign/campaign.projection';
import {
  applyContactEvents,
  applyCustomerEvents,
  type ContactEvent,
  type CustomerEvent,
} from '../customer/customer.projection';
import { applyOrderEvents, type OrderEvent } from '../order/order.projection';
import {
  applyLeadEvents,
  applyOpportunityEvents,
  applyQuoteEvents,
  isQuoteEvent,
  type LeadEvent,
  type OpportunityEvent,
} from '../pipeline/pipeline.projection';
import {
  applySurveyEvents,
  applyTicketEvents,
  isTicketEvent,
  type SurveyEvent,
} from '../satisfaction/satisfaction.projection';
import { carries } from './carries';
import { isCurrentGeneration } from './generation';

const ofTypes = <E extends ConsumedEvent>(events: ConsumedEvent[], ...types: string[]) =>
  events.filter((event) => types.includes(event.type)) as E[];
const ofName = <E extends ConsumedEvent>(events: ConsumedEvent[], prefix: string, key: string) =>
  events.filter((event) => carries(event, prefix, key)) as E[];

/**
 * One transaction's events (the consumer's batched mode: one partition of one topic, in order) applied
 * to the read models they feed, each projection a few statements for the whole batch; nothing when a
 * rebuild has moved on to another generation. Events no report uses only count in topic_status.
 */
export async function applyEvents(
  manager: EntityManager,
  events: ConsumedEvent[],
  generation: number,
): Promise<void> {
  if (!(await isCurrentGeneration(manager, generation))) return;
  await applyCustomerEvents(manager, ofName<CustomerEvent>(events, 'crm.customer.customer.', 'customer'));
  await applyContactEvents(manager, ofName<ContactEvent>(events, 'crm.customer.contact.', 'contact'));
  await applyOrderEvents(
    manager,
    ofTypes<OrderEvent>(
      events,
      'crm.sales.order.placed.v1',
      'crm.sales.order.status_changed.v1',
      'crm.sales.order.cancelled.v1',
    ),
  );
  await applyOpportunityEvents(
    manager,
    ofName<OpportunityEvent>(events, 'crm.sales.opportunity.', 'opportunity'),
  );
  await applyLeadEvents(manager, ofName<LeadEvent>(events, 'crm.sales.lead.', 'lead'));
  await applyQuoteEvents(manager, events.filter(isQuoteEvent));
  await applyTicketEvents(manager, events.filter(isTicketEvent));
  await applySurveyEvents(manager, ofName<SurveyEvent>(events, 'crm.service.survey.', 'survey'));
  await applyCampaignEvents(manager, events.filter(isCampaignEvent));
  await applyMemberEvents(manager, events.filter(isMemberEvent));
  await applyEmailEvents(manager, events.filter(isEmailEvent));
  await recordTopicStatus(manager, events);
}

/** Per tenant and topic: events applied and the newest event's time. */
async function recordTopicStatus(manager: EntityManager, events: ConsumedEvent[]): Promise<void> {
  await manager.query(
    `INSERT INTO topic_status AS s (tenant_id, topic, last_event_at, events)
     SELECT e.tenant_id, e.topic, max(e.at), count(*)
     FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS e(tenant_id, topic, at)
     GROUP BY e.tenant_id, e.topic
     ON CONFLICT (tenant_id, topic) DO UPDATE
       SET last_event_at = GREATEST(s.last_event_at, EXCLUDED.last_event_at), events = s.events + EXCLUDED.events`,
    [events.map((e) => e.tenantId), events.map((e) => e.topic), events.map((e) => e.time)],
  );
}
