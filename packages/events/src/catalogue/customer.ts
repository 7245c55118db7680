import { z } from 'zod';
import { defineEvent } from './defineEvent';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';

export const customerKind = z.enum(['PERSON', 'ORGANIZATION']);
export type CustomerKind = z.infer<typeof customerKind>;

export const lifecycleStage = z.enum(['LEAD', 'PROSPECT', 'CUSTOMER', 'CHURNED']);
export type LifecycleStage = z.infer<typeof lifecycleStage>;

export const interactionKind = z.enum(['CALL', 'EMAIL', 'MEETING', 'NOTE', 'CHAT']);
export type InteractionKind = z.infer<typeof interactionKind>;

export const interactionDirection = z.enum(['INBOUND', 'OUTBOUND']);
export type InteractionDirection = z.infer<typeof interactionDirection>;

export const addressSnapshot = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code')
    .nullable(),
});

export const customerSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  kind: customerKind,
  name: z.string().min(1),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  address: addressSnapshot.nullable(),
  industry: z.string().nullable(),
  segment: z.string().nullable(),
  lifecycleStage,
  tags: z.array(z.string()),
  ownerId: z.string().nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CustomerSnapshot = z.infer<typeof customerSnapshot>;

export const contactSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  organizations: z.array(z.object({ customerId: z.uuid(), role: z.string() })),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ContactSnapshot = z.infer<typeof contactSnapshot>;

export const interactionSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  customerId: z.uuid(),
  contactId: z.uuid().nullable(),
  kind: interactionKind,
  direction: interactionDirection.nullable(),
  subject: z.string(),
  body: z.string().nullable(),
  occurredAt: isoDateTime,
  ownerId: z.string().nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type InteractionSnapshot = z.infer<typeof interactionSnapshot>;

const customerChange = z.object({ customer: customerSnapshot, changedFields });
const contactChange = z.object({ contact: contactSnapshot, changedFields });
const interactionChange = z.object({ interaction: interactionSnapshot, changedFields });

export const customerEvents = [
  defineEvent({
    type: 'crm.customer.customer.created.v1',
    description: 'A customer (person or organization) was created.',
    data: customerChange,
  }),
  defineEvent({
    type: 'crm.customer.customer.updated.v1',
    description: 'A customer was changed; `changedFields` names what changed.',
    data: customerChange,
  }),
  defineEvent({
    type: 'crm.customer.customer.deleted.v1',
    description: "A customer was deleted; the data is the customer's last state.",
    data: customerChange,
  }),
  defineEvent({
    type: 'crm.customer.contact.created.v1',
    description: 'A contact (a person at one or more organizations) was created.',
    data: contactChange,
  }),
  defineEvent({
    type: 'crm.customer.contact.updated.v1',
    description: 'A contact was changed; `changedFields` names what changed.',
    data: contactChange,
  }),
  defineEvent({
    type: 'crm.customer.contact.deleted.v1',
    description: "A contact was deleted; the data is the contact's last state.",
    data: contactChange,
  }),
  defineEvent({
    type: 'crm.customer.interaction.created.v1',
    description: 'An interaction (call, email, meeting, note, chat) with a customer was recorded.',
    data: interactionChange,
  }),
  defineEvent({
    type: 'crm.customer.interaction.updated.v1',
    description: 'An interaction was changed; `changedFields` names what changed.',
    data: interactionChange,
  }),
  defineEvent({
    type: 'crm.customer.interaction.deleted.v1',
    description: "An interaction was deleted; the data is the interaction's last state.",
    data: interactionChange,
  }),
] as const;
