import { EventConsumer, type ConsumedEvent, type EventData, type KafkaClient } from '@crm/events';
import type { Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';
import { TimelineEntryEntity } from './timelineEntry.entity';

/** The topics whose events show in Customer.timeline; other services' topics join as they land. */
export const timelineTopics = ['crm.customer.customer', 'crm.customer.interaction'];

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
    log,
  });
}
