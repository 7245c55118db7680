import { recordEvent } from '@crm/events';
import { changedFields, PeriodicTask, recordAudit, TenantDb, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { TicketEntity } from '../ticket/ticket.entity';
import { raisedPriority, ticketSnapshot } from '../ticket/ticket.rules';
import { openStatuses } from '../ticket/ticketWorkflow';
import { slaBreaches } from './slaDeadlines';
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
    const tickets = await manager
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
    if (tickets.length === 0) return 0;
    const bumping = await manager
      .createQueryBuilder(SlaPolicyEntity, 'p')
      .where('p.bumpPriorityOnBreach = true')
      .andWhere('p.tenantId = ANY(:tenants)', {
        tenants: [...new Set(tickets.map((ticket) => ticket.tenantId))],
      })
      .getMany();
    const bumps = new Set(bumping.map((policy) => `${policy.tenantId}:${policy.priority}`));
    for (const ticket of tickets) {
      const breaches = slaBreaches(ticket, now);
      if (breaches.length === 0) continue;
      const tx = new TenantDb(manager, ticket.tenantId);
      const before = ticketSnapshot(ticket);
      const dueAt = { FIRST_RESPONSE: ticket.firstResponseDueAt!, RESOLUTION: ticket.resolutionDueAt! };
      for (const breach of breaches) {
        if (breach === 'FIRST_RESPONSE') ticket.firstResponseBreachedAt = now;
        else ticket.resolutionBreachedAt = now;
      }
      ticket.slaBreached = true;
      ticket.escalationLevel += breaches.length;
      // The policy of the priority the ticket breached decides; due times stay as they were.
      if (bumps.has(`${ticket.tenantId}:${ticket.priority}`))
        ticket.priority = raisedPriority(ticket.priority);
      await tx.save(TicketEntity, ticket);
      const after = ticketSnapshot(ticket);
      await recordAudit(tx, {
        actorId: slaSchedulerActor,
        operation: 'markSlaBreach',
        entityType: 'Ticket',
        entityId: ticket.id,
        before,
        after,
      });
      const changed = changedFields(before, after);
      const event = { aggregateId: ticket.id, tenantId: ticket.tenantId, time: now };
      for (const breach of breaches) {
        await recordEvent(manager, {
          ...event,
          type: 'crm.service.ticket.sla_breached.v1',
          data: { ticket: after, breach, dueAt: dueAt[breach].toISOString(), changedFields: changed },
        });
      }
      await recordEvent(manager, {
        ...event,
        type: 'crm.service.ticket.escalated.v1',
        data: {
          ticket: after,
          reason:
            `SLA breached: ${breaches.join(', ')}` +
            (after.priority !== before.priority ? `; priority ${before.priority} → ${after.priority}` : ''),
          changedFields:
            after.priority !== before.priority ? ['escalationLevel', 'priority'] : ['escalationLevel'],
        },
      });
    }
    return tickets.length;
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
