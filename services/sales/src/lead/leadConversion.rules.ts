import { customerKind, type EventDataInput } from '@crm/events';
import { badUserInput, optionalText } from '@crm/platform';
import { z } from 'zod';
import { opportunityFields } from '../opportunity/opportunity.rules';
import type { LeadEntity } from './lead.entity';

type Converted = EventDataInput<'crm.sales.lead.converted.v1'>;
export type NewCustomer = NonNullable<Converted['newCustomer']>;
export type NewContact = NonNullable<Converted['contact']>;

export const convertLeadInput = z
  .object({
    newCustomer: z
      .object({
        kind: customerKind,
        name: optionalText(200),
        industry: optionalText(100),
        segment: optionalText(100),
      })
      .nullish(),
    existingCustomerId: z.uuid('Not a UUID').nullish(),
    createContact: z.boolean().nullish(),
    contactRole: optionalText(100),
    /** A deal opened with the conversion, for the customer and with the contact as its primary contact. */
    opportunity: opportunityFields
      .pick({
        amount: true,
        currency: true,
        expectedCloseDate: true,
        probability: true,
        forecastCategory: true,
      })
      .extend({ name: optionalText(200) })
      .nullish(),
  })
  .superRefine((input, context) => {
    if (input.newCustomer && input.existingCustomerId) {
      context.addIssue({
        code: 'custom',
        path: ['existingCustomerId'],
        message: 'Give newCustomer or existingCustomerId, not both',
      });
    } else if (!input.newCustomer && !input.existingCustomerId) {
      context.addIssue({
        code: 'custom',
        path: ['newCustomer'],
        message: 'Give newCustomer or existingCustomerId',
      });
    }
    if (input.newCustomer?.kind === 'PERSON' && input.createContact) {
      context.addIssue({
        code: 'custom',
        path: ['createContact'],
        message: 'A contact is a person at an organization: a PERSON customer has none',
      });
    }
  });
export type ConvertLead = z.output<typeof convertLeadInput>;

export interface ConversionPlan {
  customerId: string;
  newCustomer: NewCustomer | null;
  contact: NewContact | null;
}

/**
 * What a conversion creates, with the ids sales allocates: an ORGANIZATION named after the company
 * (with the lead's person as its contact), a PERSON customer from the lead, or an existing customer.
 */
export function planConversion(lead: LeadEntity, input: ConvertLead, newId: () => string): ConversionPlan {
  const personName = `${lead.firstName} ${lead.lastName}`;
  let newCustomer: NewCustomer | null = null;
  if (input.newCustomer) {
    const organization = input.newCustomer.kind === 'ORGANIZATION';
    const name = input.newCustomer.name ?? (organization ? lead.company : personName);
    if (!name) {
      throw badUserInput({
        'input.newCustomer.name': 'The lead has no company: give the organization a name',
      });
    }
    newCustomer = {
      id: newId(),
      kind: input.newCustomer.kind,
      name,
      // An organization's address is not the lead's own: those go to the contact.
      email: organization ? null : lead.email,
      phone: organization ? null : lead.phone,
      industry: input.newCustomer.industry ?? null,
      segment: input.newCustomer.segment ?? null,
      ownerId: lead.ownerId,
    };
  }
  const customerId = newCustomer?.id ?? input.existingCustomerId!;
  const withContact = input.createContact ?? newCustomer?.kind !== 'PERSON';
  const contact: NewContact | null = withContact
    ? {
        id: newId(),
        firstName: lead.firstName,
        lastName: lead.lastName,
        email: lead.email,
        phone: lead.phone,
        title: lead.title,
        organizationId: customerId,
        role: input.contactRole ?? 'Primary contact',
      }
    : null;
  return { customerId, newCustomer, contact };
}
