import { recordChange } from '@crm/events';
import {
  changedFields,
  conflict,
  forbidden,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { LeadEntity, type LeadStatus } from './lead.entity';
import { assertLeadMove, createLeadInput, leadSnapshot, updateLeadInput } from './lead.rules';
import { scoreLead } from './lead.score';
import { seesOnlyOwnRecords, isVisibleRecord } from '../ownership';

/** A sales rep works on their own leads only: handing a lead to someone else is a manager's job. */
function assertOwnerAllowed(context: RequestContext, ownerId: string | null | undefined): void {
  if (seesOnlyOwnRecords(context.user) && ownerId !== undefined && ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own leads themselves');
  }
}

/**
 * Locks a lead the caller may change. A lead the caller may not see is NOT_FOUND (as another tenant's
 * is), checked before the version so that nothing about it leaks.
 */
export async function findLeadForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion?: number | null,
): Promise<LeadEntity> {
  const lead = await tx.findForUpdate(LeadEntity, 'Lead', id);
  if (!isVisibleRecord(context, lead)) throw notFound('Lead', id);
  if (expectedVersion != null && lead.version !== expectedVersion) {
    throw conflict(
      `Lead ${id} was changed by someone else (version ${lead.version}, expected ${expectedVersion})`,
      { currentVersion: lead.version },
    );
  }
  return lead;
}

function rescore(lead: LeadEntity): void {
  lead.score = scoreLead(lead).score;
}

export async function createLead(context: RequestContext, rawInput: unknown): Promise<LeadEntity> {
  const input = parseInput(createLeadInput, rawInput);
  assertOwnerAllowed(context, input.ownerId ?? undefined);
  return context.db.transaction(async (tx) => {
    const lead = tx.manager.create(LeadEntity, {
      tenantId: tx.tenantId,
      firstName: input.firstName,
      lastName: input.lastName,
      company: input.company ?? null,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      source: input.source,
      campaignId: input.campaignId ?? null,
      status: 'NEW',
      ownerId: input.ownerId ?? context.user.userId,
      customerId: null,
      contactId: null,
      convertedAt: null,
    });
    rescore(lead);
    await tx.save(LeadEntity, lead);
    const after = leadSnapshot(lead);
    await recordChange(tx, context.actor, {
      operation: 'createLead',
      entityType: 'Lead',
      entityId: lead.id,
      before: null,
      after,
      event: {
        type: 'crm.sales.lead.created.v1',
        data: { lead: after, changedFields: changedFields(null, after) },
      },
    });
    return lead;
  });
}

export async function updateLead(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<LeadEntity> {
  const input = parseInput(updateLeadInput, rawInput);
  assertOwnerAllowed(context, input.ownerId);
  return context.db.transaction(async (tx) => {
    const lead = await findLeadForUpdate(tx, context, id, expectedVersion);
    if (lead.status === 'CONVERTED') throw conflict(`Lead ${id} is converted and can no longer change`);
    const before = leadSnapshot(lead);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(lead, { [key]: value });
    }
    rescore(lead);
    const changed = changedFields(before, leadSnapshot(lead));
    if (changed.length === 0) return lead; // nothing to write, no event
    await tx.save(LeadEntity, lead);
    const after = leadSnapshot(lead);
    await recordChange(tx, context.actor, {
      operation: 'updateLead',
      entityType: 'Lead',
      entityId: id,
      before,
      after,
      event: { type: 'crm.sales.lead.updated.v1', data: { lead: after, changedFields: changed } },
    });
    return lead;
  });
}

export async function changeLeadStatus(
  context: RequestContext,
  id: string,
  status: LeadStatus,
  expectedVersion: number | null | undefined,
): Promise<LeadEntity> {
  return context.db.transaction(async (tx) => {
    const lead = await findLeadForUpdate(tx, context, id, expectedVersion);
    if (status === 'CONVERTED') {
      throw conflict('A lead becomes CONVERTED only through convertLead', { status: lead.status });
    }
    assertLeadMove(lead.status, status);
    const before = leadSnapshot(lead);
    lead.status = status;
    rescore(lead);
    await tx.save(LeadEntity, lead);
    const after = leadSnapshot(lead);
    await recordChange(tx, context.actor, {
      operation: 'changeLeadStatus',
      entityType: 'Lead',
      entityId: id,
      before,
      after,
      event: {
        type: 'crm.sales.lead.status_changed.v1',
        data: { lead: after, previousStatus: before.status, changedFields: changedFields(before, after) },
      },
    });
    return lead;
  });
}

export async function deleteLead(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<LeadEntity> {
  return context.db.transaction(async (tx) => {
    const lead = await findLeadForUpdate(tx, context, id, expectedVersion);
    const before = leadSnapshot(lead);
    await tx.remove(LeadEntity, lead);
    await recordChange(tx, context.actor, {
      operation: 'deleteLead',
      entityType: 'Lead',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.sales.lead.deleted.v1', data: { lead: before, changedFields: [] } },
    });
    return Object.assign(lead, { id });
  });
}
