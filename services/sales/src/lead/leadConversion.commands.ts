import { randomUUID } from 'node:crypto';
import { within } from '@crm/events';
import { changedFields, conflict, parseInput, type RequestContext } from '@crm/platform';
import type { MutationConvertLeadArgs } from '../generated/graphql';
import type { OpportunityEntity } from '../opportunity/opportunity.entity';
import { insertOpportunity } from '../opportunity/opportunity.commands';
import { statusMove } from '../workflow';
import { leads } from './lead.commands';
import { LeadEntity } from './lead.entity';
import { assertLeadMove, leadSnapshot, leadWorkflow, scored } from './lead.rules';
import { convertLeadInput, planConversion } from './leadConversion.rules';

export interface LeadConversionResult {
  lead: LeadEntity;
  customerId: string;
  contactId: string | null;
  opportunity: OpportunityEntity | null;
}

/**
 * Converts a qualified lead: sales allocates the customer's and contact's ids, marks the lead
 * CONVERTED and emits lead.converted in the same transaction; the customer service creates both
 * records with those ids when it reads the event. With `opportunity`, a deal for that customer opens in
 * the same transaction (owner and campaign the lead's, the new contact its primary contact). Its audit
 * record also keeps what it asked the customer service to create, so it takes the lock and record steps.
 */
export async function convertLead(
  context: RequestContext,
  { id, input: rawInput }: MutationConvertLeadArgs,
): Promise<LeadConversionResult> {
  const input = parseInput(convertLeadInput, rawInput);
  return context.db.transaction(async (tx) => {
    const { row: lead } = await leads.lock(tx, context, { id });
    if (lead.status === 'CONVERTED') {
      throw conflict(`Lead ${id} is already converted`, { customerId: lead.customerId });
    }
    assertLeadMove(lead.status, 'CONVERTED');
    const plan = planConversion(lead, input, randomUUID);
    const before = leadSnapshot(lead);
    const opportunity = input.opportunity
      ? await insertOpportunity(within(context, tx), 'convertLead', {
          ...input.opportunity,
          name:
            input.opportunity.name ??
            plan.newCustomer?.name ??
            lead.company ??
            `${lead.firstName} ${lead.lastName}`,
          customerId: plan.customerId,
          contactRoles: plan.contact
            ? [{ contactId: plan.contact.id, role: plan.contact.role ?? 'Primary contact', isPrimary: true }]
            : null,
          ownerId: lead.ownerId,
          campaignId: lead.campaignId,
          leadId: lead.id,
        })
      : null;
    const move = statusMove(leadWorkflow, lead, 'CONVERTED', 'crm.sales.lead.converted.v1', {
      set: scored(lead, {
        status: 'CONVERTED',
        customerId: plan.customerId,
        contactId: plan.contact?.id ?? null,
        opportunityId: opportunity?.id ?? null,
      }),
    });
    await tx.save(LeadEntity, Object.assign(lead, move.set));
    const after = leadSnapshot(lead);
    const audited = { ...after, newCustomer: plan.newCustomer, contact: plan.contact };
    await leads.record(tx, context, 'convertLead', id, before, audited, {
      event: move.event,
      data: { ...move.data, lead: after, changedFields: changedFields(before, after), ...plan },
    });
    return { lead, customerId: plan.customerId, contactId: plan.contact?.id ?? null, opportunity };
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const leadConversionMutations = { convertLead };
