import { defineProjection, type ConsumedEventOf } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';
import { TimelineEntryEntity } from './timelineEntry.entity';

const interactionEvents = [
  'crm.customer.interaction.created.v1',
  'crm.customer.interaction.updated.v1',
  'crm.customer.interaction.deleted.v1',
] as const;

/** The ticket events that make a line on the timeline (one line per event), and how it reads. */
const ticketMilestones = {
  'crm.service.ticket.opened.v1': 'opened',
  'crm.service.ticket.resolved.v1': 'resolved',
  'crm.service.ticket.closed.v1': 'closed',
  'crm.service.ticket.reopened.v1': 'reopened',
} as const;
type TicketMilestone = keyof typeof ticketMilestones;

const timelineEvents = [
  'crm.customer.customer.deleted.v1',
  ...interactionEvents,
  'crm.service.ticket.opened.v1',
  'crm.service.ticket.resolved.v1',
  'crm.service.ticket.closed.v1',
  'crm.service.ticket.reopened.v1',
  'crm.sales.order.placed.v1',
  'crm.sales.order.cancelled.v1',
  'crm.sales.opportunity.won.v1',
  'crm.sales.opportunity.lost.v1',
  'crm.marketing.member.status_changed.v1',
] as const;
type TimelineEvent = ConsumedEventOf<(typeof timelineEvents)[number]>;

const interactionTitles = {
  CALL: 'Call',
  EMAIL: 'Email',
  MEETING: 'Meeting',
  NOTE: 'Note',
  CHAT: 'Chat',
} as const;

/** Applies one event to the timeline; the consumer's inbox makes a repeated event a no-op. */
async function applyToTimeline(event: TimelineEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'crm.customer.customer.deleted.v1':
      await manager.delete(TimelineEntryEntity, {
        customerId: event.data.customer.id,
        tenantId: event.tenantId,
      });
      return;
    case 'crm.service.ticket.opened.v1':
    case 'crm.service.ticket.resolved.v1':
    case 'crm.service.ticket.closed.v1':
    case 'crm.service.ticket.reopened.v1':
      return applyTicketEvent(event, manager);
    case 'crm.sales.order.placed.v1':
    case 'crm.sales.order.cancelled.v1':
      return applyOrderEvent(event, manager);
    case 'crm.sales.opportunity.won.v1':
    case 'crm.sales.opportunity.lost.v1':
      return applyClosedOpportunity(event, manager);
    case 'crm.marketing.member.status_changed.v1':
      return applyCampaignResponse(event, manager);
    default:
      return applyInteraction(event, manager);
  }
}

/** One line per interaction, kept current: its id is the interaction's. */
async function applyInteraction(
  event: ConsumedEventOf<(typeof interactionEvents)[number]>,
  manager: EntityManager,
): Promise<void> {
  const { interaction } = event.data;
  if (event.type === 'crm.customer.interaction.deleted.v1') {
    await manager.delete(TimelineEntryEntity, { id: interaction.id, tenantId: event.tenantId });
    return;
  }
  // Topics are ordered only within themselves: an interaction read after its customer's deletion is dropped.
  const customer = await manager.findOne(CustomerEntity, {
    where: { id: interaction.customerId, tenantId: event.tenantId },
  });
  if (!customer) return;
  await manager.upsert(
    TimelineEntryEntity,
    {
      id: interaction.id,
      tenantId: event.tenantId,
      customerId: interaction.customerId,
      occurredAt: new Date(interaction.occurredAt),
      source: 'customer',
      eventType: event.type,
      title: `${interactionTitles[interaction.kind]}: ${interaction.subject}`,
      summary: interaction.body ? interaction.body.slice(0, 280) : null,
      subjectType: 'Interaction',
      subjectId: interaction.id,
    },
    ['id'],
  );
}

/** A ticket opened, resolved, closed or reopened: one line per event, its id the event's. */
async function applyTicketEvent(
  event: ConsumedEventOf<TicketMilestone>,
  manager: EntityManager,
): Promise<void> {
  const milestone = ticketMilestones[event.type];
  const { ticket } = event.data;
  const customer = await manager.findOne(CustomerEntity, {
    where: { id: ticket.customerId, tenantId: event.tenantId },
  });
  if (!customer) return;
  const resolution = milestone === 'resolved' ? ticket.resolution : null;
  await manager.upsert(
    TimelineEntryEntity,
    {
      id: event.id,
      tenantId: event.tenantId,
      customerId: ticket.customerId,
      occurredAt: new Date(event.time),
      source: 'service',
      eventType: event.type,
      title: `Ticket ${ticket.number} ${milestone}: ${ticket.subject}`,
      summary: (resolution ?? (milestone === 'opened' ? ticket.description : null))?.slice(0, 280) ?? null,
      subjectType: 'Ticket',
      subjectId: ticket.id,
    },
    ['id'],
  );
}

/** An order placed or cancelled: one line per event, its id the event's (status moves in between make none). */
async function applyOrderEvent(
  event: ConsumedEventOf<'crm.sales.order.placed.v1' | 'crm.sales.order.cancelled.v1'>,
  manager: EntityManager,
): Promise<void> {
  const { order } = event.data;
  const customer = await manager.findOne(CustomerEntity, {
    where: { id: order.customerId, tenantId: event.tenantId },
  });
  if (!customer) return;
  const cancelled = event.type === 'crm.sales.order.cancelled.v1';
  const items = order.lines.map((line) => `${line.quantity} × ${line.productName}`).join(', ');
  await manager.upsert(
    TimelineEntryEntity,
    {
      id: event.id,
      tenantId: event.tenantId,
      customerId: order.customerId,
      occurredAt: new Date(event.time),
      source: 'sales',
      eventType: event.type,
      title: `Order ${order.number} ${cancelled ? 'cancelled' : 'placed'}: ${order.total} ${order.currency}`,
      summary: ((cancelled ? order.cancellationReason : null) ?? items).slice(0, 280),
      subjectType: 'Order',
      subjectId: order.id,
      ownerId: order.ownerId,
    },
    ['id'],
  );
}

/** A deal won or lost: one line per event (other stage moves make none). */
async function applyClosedOpportunity(
  event: ConsumedEventOf<'crm.sales.opportunity.won.v1' | 'crm.sales.opportunity.lost.v1'>,
  manager: EntityManager,
): Promise<void> {
  const { opportunity } = event.data;
  const customer = await manager.findOne(CustomerEntity, {
    where: { id: opportunity.customerId, tenantId: event.tenantId },
  });
  if (!customer) return;
  const won = event.type === 'crm.sales.opportunity.won.v1';
  const amount = opportunity.amount ? ` (${opportunity.amount} ${opportunity.currency})` : '';
  await manager.upsert(
    TimelineEntryEntity,
    {
      id: event.id,
      tenantId: event.tenantId,
      customerId: opportunity.customerId,
      occurredAt: new Date(event.time),
      source: 'sales',
      eventType: event.type,
      title: `Opportunity ${won ? 'won' : 'lost'}: ${opportunity.name}${amount}`,
      summary: won ? null : (opportunity.lossReason?.slice(0, 280) ?? null),
      subjectType: 'Opportunity',
      subjectId: opportunity.id,
      ownerId: opportunity.ownerId,
    },
    ['id'],
  );
}

/** How a campaign member's response reads; other member moves (sent, opened, ...) make no line. */
const campaignResponses: Partial<Record<string, string>> = {
  RESPONDED: 'Responded to a campaign',
  CONVERTED: 'Converted from a campaign',
};

/** A customer member of a campaign responded or converted: one line per event. */
async function applyCampaignResponse(
  event: ConsumedEventOf<'crm.marketing.member.status_changed.v1'>,
  manager: EntityManager,
): Promise<void> {
  const { member, previousStatus } = event.data;
  const title = campaignResponses[member.status];
  if (!title || !member.customerId) return;
  const customer = await manager.findOne(CustomerEntity, {
    where: { id: member.customerId, tenantId: event.tenantId },
  });
  if (!customer) return;
  await manager.upsert(
    TimelineEntryEntity,
    {
      id: event.id,
      tenantId: event.tenantId,
      customerId: member.customerId,
      // The first response is dated by marketing; a conversion after a response happened when its event did.
      occurredAt: new Date((previousStatus !== 'RESPONDED' && member.firstRespondedAt) || event.time),
      source: 'marketing',
      eventType: event.type,
      title,
      summary: null,
      subjectType: 'Campaign',
      subjectId: member.campaignId,
    },
    ['id'],
  );
}

/** Customer.timeline: what every service reported about a customer, one line per milestone. */
export const timelineProjection = defineProjection({
  name: 'timeline',
  description:
    "One line on the customer's timeline per interaction, ticket milestone, order, closed deal and campaign response.",
  handles: timelineEvents,
  applyEach: applyToTimeline,
  // crm.marketing.member carries every send, open and click: many events per transaction keeps up with it.
  batched: true,
});
