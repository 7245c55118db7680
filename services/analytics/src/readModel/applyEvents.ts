import { isEventOfType, type ConsumedEvent } from '@crm/events';
import type { EntityManager } from 'typeorm';
import {
  applyCampaign,
  applyCampaignMember,
  isCampaignEvent,
  isMemberEvent,
} from '../campaign/campaign.projection';
import { applyContactEvent, applyCustomerEvent } from '../customer/customer.projection';
import { applyOrderEvent } from '../order/order.projection';
import { applyLeadEvent, applyOpportunityEvent } from '../pipeline/pipeline.projection';
import { applySurveyEvent, applyTicketEvent, isTicketEvent } from '../satisfaction/satisfaction.projection';
import { isCurrentGeneration } from './generation';

/** Applies one event to the read model it feeds; events no report uses only count in topic_status. */
export async function applyEvent(manager: EntityManager, event: ConsumedEvent): Promise<void> {
  if (
    isEventOfType(event, 'crm.customer.customer.created.v1') ||
    isEventOfType(event, 'crm.customer.customer.updated.v1') ||
    isEventOfType(event, 'crm.customer.customer.deleted.v1')
  ) {
    await applyCustomerEvent(manager, event);
  } else if (
    isEventOfType(event, 'crm.customer.contact.created.v1') ||
    isEventOfType(event, 'crm.customer.contact.updated.v1') ||
    isEventOfType(event, 'crm.customer.contact.deleted.v1')
  ) {
    await applyContactEvent(manager, event);
  } else if (
    isEventOfType(event, 'crm.sales.order.placed.v1') ||
    isEventOfType(event, 'crm.sales.order.status_changed.v1') ||
    isEventOfType(event, 'crm.sales.order.cancelled.v1')
  ) {
    await applyOrderEvent(manager, event);
  } else if (
    isEventOfType(event, 'crm.sales.opportunity.created.v1') ||
    isEventOfType(event, 'crm.sales.opportunity.updated.v1') ||
    isEventOfType(event, 'crm.sales.opportunity.stage_changed.v1') ||
    isEventOfType(event, 'crm.sales.opportunity.won.v1') ||
    isEventOfType(event, 'crm.sales.opportunity.lost.v1')
  ) {
    await applyOpportunityEvent(manager, event);
  } else if (
    isEventOfType(event, 'crm.sales.lead.created.v1') ||
    isEventOfType(event, 'crm.sales.lead.updated.v1') ||
    isEventOfType(event, 'crm.sales.lead.status_changed.v1') ||
    isEventOfType(event, 'crm.sales.lead.converted.v1') ||
    isEventOfType(event, 'crm.sales.lead.deleted.v1')
  ) {
    await applyLeadEvent(manager, event);
  } else if (isTicketEvent(event)) {
    await applyTicketEvent(manager, event.tenantId, event.data.ticket);
  } else if (
    isEventOfType(event, 'crm.service.survey.requested.v1') ||
    isEventOfType(event, 'crm.service.survey.answered.v1')
  ) {
    await applySurveyEvent(manager, event);
  } else if (isCampaignEvent(event)) {
    await applyCampaign(manager, event.tenantId, event.data.campaign);
  } else if (isMemberEvent(event)) {
    await applyCampaignMember(manager, event.tenantId, event.data.member);
  }
}

/**
 * One transaction's events (the consumer's batched mode), in the order read; nothing when a rebuild
 * has moved on to another generation.
 */
export async function applyEvents(
  manager: EntityManager,
  events: ConsumedEvent[],
  generation: number,
): Promise<void> {
  if (!(await isCurrentGeneration(manager, generation))) return;
  for (const event of events) await applyEvent(manager, event);
  await recordTopicStatus(manager, events);
}

/** Per tenant and topic: events applied and the newest event's time. */
async function recordTopicStatus(manager: EntityManager, events: ConsumedEvent[]): Promise<void> {
  await manager.query(
    `INSERT INTO topic_status AS s (tenant_id, topic, last_event_at, events)
     SELECT e.tenant_id, e.topic, max(e.at), count(*) FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS e(tenant_id, topic, at)
     GROUP BY e.tenant_id, e.topic
     ON CONFLICT (tenant_id, topic) DO UPDATE
       SET last_event_at = GREATEST(s.last_event_at, EXCLUDED.last_event_at), events = s.events + EXCLUDED.events`,
    [events.map((e) => e.tenantId), events.map((e) => e.topic), events.map((e) => e.time)],
  );
}
