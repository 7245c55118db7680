import {
  upsertNewer,
  latestPerKey,
  defineProjection,
  eventsOfTopic,
  type ConsumedEventOfTopic,
  type ContactSnapshot,
  type CustomerSnapshot,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { refreshActivitySpans } from './activitySpans';
import { attributesOf, moveCustomerAttributes, type AttributeChange } from '../order/revenueRollups';
import { ContactFactEntity, CustomerFactEntity } from './customerFact.entity';

export type CustomerEvent = ConsumedEventOfTopic<'crm.customer.customer'>;

const isDeletion = (event: CustomerEvent) => event.type === 'crm.customer.customer.deleted.v1';

/** The next state of a customer after one event (deletion keeps the customer as history, marked deleted). */
function applied(
  tenantId: string,
  previous: CustomerFactEntity | null,
  event: CustomerEvent,
): CustomerFactEntity {
  const customer: CustomerSnapshot = event.data.customer;
  const churned = customer.lifecycleStage === 'CHURNED';
  return {
    tenantId,
    id: customer.id,
    kind: customer.kind,
    industry: customer.industry,
    segment: customer.segment,
    country: customer.address?.country ?? null,
    lifecycleStage: customer.lifecycleStage,
    ownerId: customer.ownerId,
    // When it was first seen CHURNED, kept while it stays so.
    churnedAt: churned ? (previous?.churnedAt ?? new Date(customer.updatedAt)) : null,
    deletedAt: isDeletion(event) ? new Date(event.time) : (previous?.deletedAt ?? null),
    version: customer.version,
    createdAt: new Date(customer.createdAt),
  };
}

/**
 * Folds each customer's events of the batch, in version order, onto its stored state; when segment,
 * industry or country changed (or the customer became known after its orders), its revenue moves to
 * the new values in the rollups, and a change of its churn mark reshapes its activity spans.
 */
export async function applyCustomerEvents(manager: EntityManager, events: CustomerEvent[]): Promise<void> {
  const keyOf = (e: CustomerEvent) => `${e.tenantId}|${e.data.customer.id}`;
  const keys = [
    ...new Map(events.map((e) => [keyOf(e), [e.tenantId, e.data.customer.id] as const])).values(),
  ];
  const stored = (await manager.query(
    `SELECT c.tenant_id AS "tenantId", c.id, c.kind, c.industry, c.segment, c.country,
            c.lifecycle_stage AS "lifecycleStage", c.owner_id AS "ownerId", c.churned_at AS "churnedAt",
            c.deleted_at AS "deletedAt", c.version, c.created_at AS "createdAt"
     FROM customer_fact c JOIN unnest($1::text[], $2::uuid[]) AS k(t, id) ON c.tenant_id = k.t AND c.id = k.id
     FOR UPDATE OF c`,
    [keys.map(([t]) => t), keys.map(([, id]) => id)],
  )) as CustomerFactEntity[];
  const states = new Map(stored.map((row) => [`${row.tenantId}|${row.id}`, row]));
  const before = new Map(stored.map((row) => [`${row.tenantId}|${row.id}`, row]));
  const ordered = [...events].sort((a, b) => a.data.customer.version - b.data.customer.version);
  const changed = new Set<string>();
  for (const event of ordered) {
    const key = keyOf(event);
    const current = states.get(key) ?? null;
    const version = event.data.customer.version;
    // A deletion carries the last state's version; anything else must be newer than what is kept.
    if (
      current &&
      (isDeletion(event) ? version < current.version || current.deletedAt : version <= current.version)
    )
      continue;
    states.set(key, applied(event.tenantId, current, event));
    changed.add(key);
  }
  if (changed.size === 0) return;
  const rows = [...changed].map((key) => states.get(key)!);
  const newer = (row: CustomerFactEntity) =>
    (before.get(`${row.tenantId}|${row.id}`)?.version ?? -1) < row.version;
  await upsertNewer(manager, CustomerFactEntity, rows.filter(newer));
  // A deletion does not raise the version: it only marks the stored row.
  for (const row of rows.filter((r) => !newer(r))) {
    await manager.update(
      CustomerFactEntity,
      { tenantId: row.tenantId, id: row.id },
      { deletedAt: row.deletedAt },
    );
  }
  const moves: AttributeChange[] = rows.map((row) => ({
    tenantId: row.tenantId,
    customerId: row.id,
    before: attributesOf(before.get(`${row.tenantId}|${row.id}`) ?? null),
    after: attributesOf(row),
  }));
  await moveCustomerAttributes(manager, moves);
  // Marked churned (or no longer): the customer's activity ends then (or does not).
  const churnMoved = rows.filter(
    (row) => before.get(`${row.tenantId}|${row.id}`)?.churnedAt?.getTime() !== row.churnedAt?.getTime(),
  );
  await refreshActivitySpans(
    manager,
    churnMoved.map((row) => [row.tenantId, row.id]),
  );
}

export type ContactEvent = ConsumedEventOfTopic<'crm.customer.contact'>;

function contactFact(tenantId: string, contact: ContactSnapshot): ContactFactEntity {
  return {
    tenantId,
    id: contact.id,
    organizationIds: contact.organizations.map((organization) => organization.customerId),
    version: contact.version,
  };
}

export async function applyContactEvents(manager: EntityManager, events: ContactEvent[]): Promise<void> {
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.contact.id}`,
    // A deletion carries the last state's version and comes after it.
    (e) => e.data.contact.version + (e.type === 'crm.customer.contact.deleted.v1' ? 0.5 : 0),
  );
  const isDeletion = (e: ContactEvent): boolean => e.type === 'crm.customer.contact.deleted.v1';
  const deleted = latest.filter(isDeletion);
  for (const event of deleted) {
    await manager.delete(ContactFactEntity, { tenantId: event.tenantId, id: event.data.contact.id });
  }
  await upsertNewer(
    manager,
    ContactFactEntity,
    latest.filter((e) => !deleted.includes(e)).map((e) => contactFact(e.tenantId, e.data.contact)),
  );
}

export const customerFacts = defineProjection({
  name: 'customerFacts',
  description:
    "Each customer's attributes, churn mark and deletion, for every report that groups or counts customers.",
  handles: eventsOfTopic('crm.customer.customer'),
  applyAll: (events, manager) => applyCustomerEvents(manager, events),
});

export const contactFacts = defineProjection({
  name: 'contactFacts',
  description: 'Which organizations each contact belongs to.',
  handles: eventsOfTopic('crm.customer.contact'),
  applyAll: (events, manager) => applyContactEvents(manager, events),
});
