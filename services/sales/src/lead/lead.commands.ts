import { defineAggregate } from '@crm/events';
import {
  conflict,
  forbidden,
  givenFields,
  parseInput,
  type RequestContext,
  seesOnlyOwnRecords,
} from '@crm/platform';
import type {
  MutationChangeLeadStatusArgs,
  MutationCreateLeadArgs,
  MutationDeleteLeadArgs,
  MutationUpdateLeadArgs,
} from '../generated/graphql';
import { isVisibleRecord } from '../ownership';
import { statusMove } from '../workflow';
import { LeadEntity } from './lead.entity';
import { createLeadInput, leadSnapshot, leadWorkflow, scored, updateLeadInput } from './lead.rules';

/** A lead: a sales rep sees and changes their own only. */
export const leads = defineAggregate({
  name: 'Lead',
  entity: LeadEntity,
  eventKey: 'lead',
  image: leadSnapshot,
  visibleTo: isVisibleRecord,
});

/** A sales rep works on their own leads only: handing a lead to someone else is a manager's job. */
function assertOwnerAllowed(context: RequestContext, ownerId: string | null | undefined): void {
  if (seesOnlyOwnRecords(context.user) && ownerId !== undefined && ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own leads themselves');
  }
}

export function createLead(
  context: RequestContext,
  { input: rawInput }: MutationCreateLeadArgs,
): Promise<LeadEntity> {
  const input = parseInput(createLeadInput, rawInput);
  assertOwnerAllowed(context, input.ownerId ?? undefined);
  const lead = {
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company ?? null,
    title: input.title ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    source: input.source,
    campaignId: input.campaignId ?? null,
    status: 'NEW' as const,
    ownerId: input.ownerId ?? context.user.userId,
    customerId: null,
    contactId: null,
    opportunityId: null,
    convertedAt: null,
  };
  return leads.create(context, 'createLead', {
    values: scored(lead, lead),
    event: 'crm.sales.lead.created.v1',
  });
}

export function updateLead(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateLeadArgs,
): Promise<LeadEntity> {
  const input = parseInput(updateLeadInput, rawInput);
  assertOwnerAllowed(context, input.ownerId);
  return leads.change(context, { id, expectedVersion, operation: 'updateLead' }, (lead) => {
    if (lead.status === 'CONVERTED') throw conflict(`Lead ${id} is converted and can no longer change`);
    return { set: scored(lead, givenFields(input)), event: 'crm.sales.lead.updated.v1' };
  });
}

export function changeLeadStatus(
  context: RequestContext,
  { id, status, expectedVersion }: MutationChangeLeadStatusArgs,
): Promise<LeadEntity> {
  return leads.change(context, { id, expectedVersion, operation: 'changeLeadStatus' }, (lead) => {
    if (status === 'CONVERTED') {
      throw conflict('A lead becomes CONVERTED only through convertLead', { status: lead.status });
    }
    return statusMove(leadWorkflow, lead, status, 'crm.sales.lead.status_changed.v1', {
      set: scored(lead, { status }),
    });
  });
}

export function deleteLead(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteLeadArgs,
): Promise<LeadEntity> {
  return leads.remove(
    context,
    { id, expectedVersion, operation: 'deleteLead' },
    { event: 'crm.sales.lead.deleted.v1' },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const leadMutations = { createLead, updateLead, changeLeadStatus, deleteLead };
