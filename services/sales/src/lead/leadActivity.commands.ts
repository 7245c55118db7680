import { recordEvent } from '@crm/events';
import {
  changedFields,
  conflict,
  forbidden,
  notFound,
  parseInput,
  recordAudit,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { findLeadForUpdate } from './lead.commands';
import { LeadEntity } from './lead.entity';
import { leadSnapshot } from './lead.rules';
import { LeadActivityEntity } from './leadActivity.entity';
import {
  addLeadActivityInput,
  completeLeadActivityInput,
  leadActivitySnapshot,
  type LeadActivitySnapshot,
} from './leadActivity.rules';
import { seesOnlyOwnRecords, isVisibleRecord } from '../ownership';

/**
 * The audit record is the activity's; the event goes on the lead's topic, keyed by the lead, so that a
 * lead's events stay in order.
 */
async function recordActivityChange(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  lead: LeadEntity,
  before: LeadActivitySnapshot | null,
  after: LeadActivitySnapshot,
  type: 'crm.sales.lead.activity_added.v1' | 'crm.sales.lead.activity_completed.v1',
): Promise<void> {
  await recordAudit(tx, {
    ...context.actor,
    operation,
    entityType: 'LeadActivity',
    entityId: after.id,
    before,
    after,
  });
  await recordEvent(tx.manager, {
    type,
    aggregateId: lead.id,
    tenantId: tx.tenantId,
    data: { lead: leadSnapshot(lead), activity: after, changedFields: changedFields(before, after) },
  });
}

/** A follow-up due on a day, for the lead's owner unless given; a converted lead gets none (CONFLICT). */
export async function addLeadActivity(
  context: RequestContext,
  leadId: string,
  rawInput: unknown,
): Promise<LeadActivityEntity> {
  const input = parseInput(addLeadActivityInput, rawInput);
  if (seesOnlyOwnRecords(context.user) && input.ownerId != null && input.ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only give follow-ups to themselves');
  }
  return context.db.transaction(async (tx) => {
    const lead = await findLeadForUpdate(tx, context, leadId);
    if (lead.status === 'CONVERTED') throw conflict(`Lead ${leadId} is converted: follow up on its customer`);
    const activity = tx.manager.create(LeadActivityEntity, {
      tenantId: tx.tenantId,
      leadId,
      kind: input.kind ?? 'TASK',
      subject: input.subject,
      notes: input.notes ?? null,
      dueDate: input.dueDate,
      ownerId: input.ownerId ?? lead.ownerId,
      completedAt: null,
      completedBy: null,
      outcome: null,
    });
    await tx.save(LeadActivityEntity, activity);
    await recordActivityChange(
      tx,
      context,
      'addLeadActivity',
      lead,
      null,
      leadActivitySnapshot(activity),
      'crm.sales.lead.activity_added.v1',
    );
    return activity;
  });
}

/** Marks a follow-up done (also on a lead converted since); completing it twice is a CONFLICT. */
export async function completeLeadActivity(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<LeadActivityEntity> {
  const input = parseInput(completeLeadActivityInput, rawInput ?? {});
  return context.db.transaction(async (tx) => {
    const activity = await tx.findForUpdate(LeadActivityEntity, 'LeadActivity', id);
    const lead = await tx.findById(LeadEntity, activity.leadId);
    // One the caller may not see is NOT_FOUND before the version is compared: no version leaks.
    if (!lead || !isVisibleRecord(context, lead)) throw notFound('LeadActivity', id);
    if (expectedVersion != null && activity.version !== expectedVersion) {
      throw conflict(
        `Activity ${id} was changed by someone else (version ${activity.version}, expected ${expectedVersion})`,
        { currentVersion: activity.version },
      );
    }
    if (activity.completedAt) throw conflict(`Activity ${id} is completed already`);
    const before = leadActivitySnapshot(activity);
    Object.assign(activity, {
      completedAt: new Date(),
      completedBy: context.user.userId,
      outcome: input.outcome ?? null,
    });
    await tx.save(LeadActivityEntity, activity);
    await recordActivityChange(
      tx,
      context,
      'completeLeadActivity',
      lead,
      before,
      leadActivitySnapshot(activity),
      'crm.sales.lead.activity_completed.v1',
    );
    return activity;
  });
}
