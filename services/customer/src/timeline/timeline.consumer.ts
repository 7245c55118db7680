import { EventConsumer, type ConsumedEvent, type EventData, type KafkaClient } from '@crm/events';
import type { Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';
import { TimelineEntryEntity } from './timelineEntry.entity';

/** The topics whose events show in Customer.timeline; other services' topics join as they land. */
export const timelineTopics = [
  'crm.customer.customer',
  'crm.customer.interaction',
  'crm.service.ticket',
  'crm.sales.order',
  'crm.sales.opportunity',
  'crm.marketing.member',
];

/** The ticket events that make a line on the timeline (one line per event), and how it reads. */
const ticketMilestones: Partial<Record<string, string>> = {
  'crm.service.ticket.opened.v1': 'opened',
  'crm.service.ticket.resolved.v1': 'resolved',
  'crm.service.ticket.closed.v1': 'closed',
  'crm.service.ticket.reopened.v1': 'reopened',
};

const interactionTitles = {
  CALL: 'Call',
  EMAIL: 'Email',
  MEETING: 'Meeting',
  NOTE: 'Note',
  CHAT: 'Chat',
} as const;

/** Applies one event to the timeline; the consumer's inbox makes a repeated event a no-op. */
export async function applyToTimeline(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (event.type === 'crm.customer.customer.deleted.v1') {
    const { customer } = event.data as EventData<'crm.customer.customer.deleted.v1'>;
    await manager.delete(TimelineEntryEntity, { customerId: customer.id, tenantId: event.tenantId });
    return;
  }
  if (event.type.startsWith('crm.service.ticket.')) {
    await applyTicketEvent(event, manager);
    return;
  }
  if (event.type === 'crm.sales.order.placed.v1' || event.type === 'crm.sales.order.cancelled.v1') {
    await applyOrderEvent(event, manager);
    return;
  }
  if (event.type === 'crm.sales.opportunity.won.v1' || event.type === 'crm.sales.opportunity.lost.v1') {
    await applyClosedOpportunity(event, manager);
    return;
  }
  if (event.type === 'crm.marketing.member.status_changed.v1') {
    await applyCampaignResponse(event, manager);
    return;
  }
  if (!event.type.startsWith('crm.customer.interaction.')) return;
  const { interaction } = event.data as EventData<'crm.customer.interaction.created.v1'>;
  // One line per interaction, kept current: its id is the interaction's.
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
async function applyTicketEvent(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const milestone = ticketMilestones[event.type];
  if (!milestone) return;
  const { ticket } = event.data as EventData<'crm.service.ticket.opened.v1'>;
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
async function applyOrderEvent(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const { order } = event.data as EventData<'crm.sales.order.placed.v1'>;
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
    },
    ['id'],
  );
}

/** A deal won or lost: one line per event (other stage moves make none). */
async function applyClosedOpportunity(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const { opportunity } = event.data as EventData<'crm.sales.opportunity.won.v1'>;
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
async function applyCampaignResponse(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const { member, previousStatus } = event.data as EventData<'crm.marketing.member.status_changed.v1'>;
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

export function timelineConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}customer.timeline`,
    topics: timelineTopics,
    handle: applyToTimeline,
    // crm.marketing.member carries every send, open and click: many events per transaction keeps up with it.
    batch: {},
    log,
  });
}
