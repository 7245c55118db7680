import type { ConsumedEvent, Projection } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { isCurrentGeneration } from './generation';

/**
 * One transaction's events (the consumer's batched mode: one partition of one topic, in order) applied
 * to the read models (each a declared projection, in the service's module order), each a few statements
 * for the whole batch; nothing when a rebuild has moved on to another generation. Every event counts in
 * topic_status, also those no read model handles.
 */
export async function applyEvents(
  manager: EntityManager,
  events: ConsumedEvent[],
  generation: number,
  readModels: readonly Projection[],
): Promise<void> {
  if (!(await isCurrentGeneration(manager, generation))) return;
  for (const readModel of readModels) await readModel.apply(events, manager);
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
