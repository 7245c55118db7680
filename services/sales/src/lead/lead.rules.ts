import {
  leadSnapshot as leadSnapshotSchema,
  leadSource,
  imageOf,
  type EventDataInput,
  type LeadStatus,
} from '@crm/events';
import { email, optionalText, phone, requiredText } from '@crm/platform';
import { z } from 'zod';
import { assertMove, canMove, type Workflow } from '../workflow';
import type { LeadEntity } from './lead.entity';
import { scoreLead, type ScoredLead } from './lead.score';

export type LeadSnapshot = EventDataInput<'crm.sales.lead.created.v1'>['lead'];

export const createLeadInput = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  company: optionalText(200),
  title: optionalText(100),
  email,
  phone,
  source: leadSource,
  campaignId: z.uuid('Not a UUID').nullish(),
  ownerId: optionalText(100),
});

export const updateLeadInput = createLeadInput.partial().extend({
  firstName: requiredText(100).optional(),
  lastName: requiredText(100).optional(),
  source: leadSource.optional(),
});

/**
 * NEW → CONTACTED → QUALIFIED or UNQUALIFIED; QUALIFIED → CONVERTED only through convertLead,
 * which also creates the customer. CONVERTED is final.
 */
export const leadWorkflow: Workflow<LeadStatus> = {
  name: 'A lead',
  field: 'status',
  next: {
    NEW: ['CONTACTED'],
    CONTACTED: ['QUALIFIED', 'UNQUALIFIED'],
    QUALIFIED: ['CONVERTED'],
    UNQUALIFIED: [],
    CONVERTED: [],
  },
  stamps: { CONVERTED: 'convertedAt' },
};

export function canMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return canMove(leadWorkflow, from, to);
}

/** CONFLICT unless `from → to` is a move of the lead workflow. */
export function assertLeadMove(from: LeadStatus, to: LeadStatus): void {
  assertMove(leadWorkflow, from, to);
}

/** The fields of a change with the score they earn: kept with every change so that leads sort by it. */
export function scored<T extends Partial<ScoredLead>>(lead: ScoredLead, set: T): T & { score: number } {
  return { ...set, score: scoreLead({ ...lead, ...set }).score };
}

/** The lead as published in events: the catalogue's snapshot; the converted* fields are its links. */
export function leadSnapshot(lead: LeadEntity): LeadSnapshot {
  return imageOf(leadSnapshotSchema, lead, {
    convertedCustomerId: lead.customerId,
    convertedContactId: lead.contactId,
    convertedOpportunityId: lead.opportunityId,
  });
}
