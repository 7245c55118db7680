import type { EventDataInput } from '@crm/events';
import { conflict, email, optionalText, phone, requiredText } from '@crm/platform';
import { z } from 'zod';
import { leadSources, type LeadEntity, type LeadStatus } from './lead.entity';

export type LeadSnapshot = EventDataInput<'crm.sales.lead.created.v1'>['lead'];

export const createLeadInput = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  company: optionalText(200),
  title: optionalText(100),
  email,
  phone,
  source: z.enum(leadSources),
  campaignId: z.uuid('Not a UUID').nullish(),
  ownerId: optionalText(100),
});

export const updateLeadInput = createLeadInput.partial().extend({
  firstName: requiredText(100).optional(),
  lastName: requiredText(100).optional(),
  source: z.enum(leadSources).optional(),
});

/**
 * NEW → CONTACTED → QUALIFIED or UNQUALIFIED; QUALIFIED → CONVERTED only through convertLead,
 * which also creates the customer. CONVERTED is final.
 */
const nextStatuses: Record<LeadStatus, readonly LeadStatus[]> = {
  NEW: ['CONTACTED'],
  CONTACTED: ['QUALIFIED', 'UNQUALIFIED'],
  QUALIFIED: ['CONVERTED'],
  UNQUALIFIED: [],
  CONVERTED: [],
};

export function canMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return nextStatuses[from].includes(to);
}

/** CONFLICT unless `from → to` is a move of the lead workflow. */
export function assertLeadMove(from: LeadStatus, to: LeadStatus): void {
  if (!canMoveLead(from, to)) {
    throw conflict(`A lead cannot move from ${from} to ${to}`, {
      status: from,
      allowed: nextStatuses[from],
    });
  }
}

/** The lead as published in events: full state, ISO times. */
export function leadSnapshot(lead: LeadEntity): LeadSnapshot {
  return {
    id: lead.id,
    tenantId: lead.tenantId,
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    source: lead.source,
    campaignId: lead.campaignId,
    status: lead.status,
    score: lead.score,
    ownerId: lead.ownerId,
    convertedCustomerId: lead.customerId,
    convertedContactId: lead.contactId,
    convertedOpportunityId: lead.opportunityId,
    convertedAt: lead.convertedAt?.toISOString() ?? null,
    version: lead.version,
    createdAt: lead.createdAt.toISOString(),
    updatedAt: lead.updatedAt.toISOString(),
  };
}
