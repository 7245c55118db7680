import { recordEvent, type ChangeContext } from '@crm/events';
import { changedFields, PeriodicTask, TenantDb, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { tickets } from '../ticket/ticket.commands';
import { TicketEntity } from '../ticket/ticket.entity';
import { slaEscalation, ticketSnapshot } from '../ticket/ticket.rules';
import { openStatuses } from '../ticket/ticketWorkflow';
import { SlaPolicyEntity } from './slaPolicy.entity';

/** The actor of audit records the scheduler writes. */
export const slaSchedulerActor = 'system:sla-scheduler';

/**
 * One round: claims up to `batchSize` open tickets past a due time not yet reported (FOR UPDATE
 * SKIP LOCKED, so a second scheduler on the same database takes other rows or none), marks each
 * breach, raises the escalation level and records `sla_breached` and `escalated`, all in one
 * transaction. A breach once marked no longer matches: it is handled once. Returns the tickets handled.
 */
export async function markSlaBreaches(dataSource: DataSource, now: Date, batchSize = 100): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const claimed = await manager
      .createQueryBuilder(TicketEntity, 't')
      .where('t.status = ANY(:open)', { open: openStatuses })
      .andWhere('t.slaPausedAt IS NULL')
      .andWhere(
        `((t.firstResponseAt IS NULL AND t.firstResponseBreachedAt IS NULL AND t.firstResponseDueAt < :now)
          OR (t.resolutionBreachedAt IS NULL AND t.resolutionDueAt < :now))`,
        { now },
      )
      .orderBy('t.id')
      .limit(batchSize)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (claimed.length === 0) return 0;
    const bumping = await manager
      .createQueryBuilder(SlaPolicyEntity, 'p')
      .where('p.bumpPriorityOnBreach = true')
      .andWhere('p.tenantId = ANY(:tenants)', {
        tenants: [...new Set(claimed.map((ticket) => ticket.tenantId))],
      })
      .getMany();
    const bumps = new Set(bumping.map((policy) => `${policy.tenantId}:${policy.priority}`));
    for (const ticket of claimed) {
      const escalation = slaEscalation(ticket, now, bumps.has(`${ticket.tenantId}:${ticket.priority}`));
      if (!escalation) continue;
      const context: ChangeContext = {
        db: new TenantDb(manager, ticket.tenantId),
        actor: { actorId: slaSchedulerActor },
        now,
      };
      await escalate(context, ticket, escalation, now);
    }
    return claimed.length;
  });
}

/**
 * Marks a claimed ticket's breaches: one audit record, an `sla_breached` event per breach, then
 * `escalated`. Several events of one change do not fit `change`, so this saves the row the round has
 * locked already and writes the last event with the audit record through `record`.
 */
async function escalate(
  context: ChangeContext,
  ticket: TicketEntity,
  escalation: NonNullable<ReturnType<typeof slaEscalation>>,
  now: Date,
): Promise<void> {
  const before = ticketSnapshot(ticket);
  const dueAt = { FIRST_RESPONSE: ticket.firstResponseDueAt!, RESOLUTION: ticket.resolutionDueAt! };
  Object.assign(ticket, escalation.set);
  await context.db.save(TicketEntity, ticket);
  const after = ticketSnapshot(ticket);
  for (const breach of escalation.breaches) {
    await recordEvent(context.db.manager, {
      type: 'crm.service.ticket.sla_breached.v1',
      aggregateId: ticket.id,
      tenantId: ticket.tenantId,
      time: now,
      data: {
        ticket: after,
        breach,
        dueAt: dueAt[breach].toISOString(),
        changedFields: changedFields(before, after),
      },
    });
  }
  await tickets.record(context.db, context, 'markSlaBreach', ticket.id, before, after, {
    event: 'crm.service.ticket.escalated.v1',
    data: { reason: escalation.reason, changedFields: escalation.changedFields },
  });
}

export interface SlaSchedulerOptions {
  dataSource: DataSource;
  intervalMs: number;
  /** Injectable for tests; the wall clock by default. */
  clock?: () => Date;
  batchSize?: number;
  log: Logger;
}

/** Marks SLA breaches every `intervalMs`; safe with several replicas on one database. */
export function slaScheduler({
  dataSource,
  intervalMs,
  clock = () => new Date(),
  batchSize = 100,
  log,
}: SlaSchedulerOptions) {
  return new PeriodicTask({
    name: 'sla-scheduler',
    intervalMs,
    log,
    run: async () => {
      const now = clock();
      // A full batch may leave more: go on until a round finds less.
      let handled: number;
      do handled = await markSlaBreaches(dataSource, now, batchSize);
      while (handled === batchSize);
    },
  });
}
