import {
  Aggregate,
  recordEvent,
  within,
  type ChangeContext,
  type EventDataInput,
  type EventType,
} from '@crm/events';
import {
  conflict,
  forbidden,
  notFound,
  parseInput,
  recordAudit,
  type RequestContext,
  type TenantDb,
  seesOnlyOwnRecords,
} from '@crm/platform';
import type { MutationAddLeadActivityArgs, MutationCompleteLeadActivityArgs } from '../generated/graphql';
import { isVisibleRecord } from '../ownership';
import { leads } from './lead.commands';
import { LeadEntity } from './lead.entity';
import { leadSnapshot } from './lead.rules';
import { LeadActivityEntity } from './leadActivity.entity';
import {
  addLeadActivityInput,
  completeLeadActivityInput,
  leadActivitySnapshot,
  type LeadActivitySnapshot,
} from './leadActivity.rules';

/**
 * A follow-up is audited as itself, but its events go on its lead's key so that a lead's events stay in
 * order; the pipeline keys an event by the audited row, hence this one step of its own.
 */
class LeadActivities extends Aggregate<LeadActivityEntity, LeadActivitySnapshot> {
  override async record<T extends EventType>(
    tx: TenantDb,
    context: ChangeContext,
    operation: string,
    id: string,
    before: LeadActivitySnapshot | null,
    after: LeadActivitySnapshot | null,
    event: { event: T; data: Record<string, unknown> },
  ): Promise<void> {
    const activity = (after ?? before)!;
    await recordAudit(tx, {
      ...context.actor,
      operation,
      entityType: 'LeadActivity',
      entityId: id,
      before,
      after,
    });
    await recordEvent(tx.manager, {
      type: event.event,
      aggregateId: activity.leadId,
      tenantId: tx.tenantId,
      data: { activity, ...event.data } as unknown as EventDataInput<T>,
    });
  }
}

const leadActivities = new LeadActivities({
  name: 'LeadActivity',
  entity: LeadActivityEntity,
  eventKey: 'activity',
  image: leadActivitySnapshot,
});

/** A follow-up due on a day, for the lead's owner unless given; a converted lead gets none (CONFLICT). */
export async function addLeadActivity(
  context: RequestContext,
  { leadId, input: rawInput }: MutationAddLeadActivityArgs,
): Promise<LeadActivityEntity> {
  const input = parseInput(addLeadActivityInput, rawInput);
  if (seesOnlyOwnRecords(context.user) && input.ownerId != null && input.ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only give follow-ups to themselves');
  }
  return context.db.transaction(async (tx) => {
    const { row: lead } = await leads.lock(tx, context, { id: leadId });
    if (lead.status === 'CONVERTED') throw conflict(`Lead ${leadId} is converted: follow up on its customer`);
    return leadActivities.create(within(context, tx), 'addLeadActivity', {
      values: {
        leadId,
        kind: input.kind ?? 'TASK',
        subject: input.subject,
        notes: input.notes ?? null,
        dueDate: input.dueDate,
        ownerId: input.ownerId ?? lead.ownerId,
        completedAt: null,
        completedBy: null,
        outcome: null,
      },
      event: 'crm.sales.lead.activity_added.v1',
      data: { lead: leadSnapshot(lead) },
    });
  });
}

/** Marks a follow-up done (also on a lead converted since); completing it twice is a CONFLICT. */
export async function completeLeadActivity(
  context: RequestContext,
  { id, outcome, expectedVersion }: MutationCompleteLeadActivityArgs,
): Promise<LeadActivityEntity> {
  const input = parseInput(completeLeadActivityInput, { outcome });
  return context.db.transaction(async (tx) => {
    // A follow-up is as visible as its lead: one the caller may not see is NOT_FOUND before its version
    // is compared, so that no version leaks.
    const unlocked = await tx.findById(LeadActivityEntity, id);
    const lead = unlocked && (await tx.findById(LeadEntity, unlocked.leadId));
    if (!lead || !isVisibleRecord(context, lead)) throw notFound('LeadActivity', id);
    return leadActivities.change(
      within(context, tx),
      { id, expectedVersion, operation: 'completeLeadActivity' },
      (activity) => {
        if (activity.completedAt) throw conflict(`Activity ${id} is completed already`);
        return {
          set: { completedAt: new Date(), completedBy: context.user.userId, outcome: input.outcome ?? null },
          event: 'crm.sales.lead.activity_completed.v1',
          data: { lead: leadSnapshot(lead) },
        };
      },
    );
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const leadActivityMutations = { addLeadActivity, completeLeadActivity };
