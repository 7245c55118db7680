import { z } from 'zod';
import { defineEvent } from './defineEvent';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';

const leadSource = z.enum(['WEB', 'REFERRAL', 'EVENT', 'CAMPAIGN', 'PARTNER', 'COLD_CALL', 'OTHER']);
const leadStatus = z.enum(['NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED']);
/** Money in events as in the API: a decimal string, never a float. */
const decimal = z.string().regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'Expected a decimal string such as "1234.50"');
const currency = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code');

export const leadSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  company: z.string().nullable(),
  title: z.string().nullable(),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  source: leadSource,
  campaignId: z.uuid().nullable(),
  status: leadStatus,
  score: z.number().int().min(0).max(100),
  ownerId: z.string().nullable(),
  /** Set once the lead is converted: the customer (new or existing) and the contact made from it. */
  convertedCustomerId: z.uuid().nullable(),
  convertedContactId: z.uuid().nullable(),
  convertedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LeadSnapshot = z.infer<typeof leadSnapshot>;

/** The customer a conversion creates; the customer service creates it with exactly this id. */
export const convertedCustomer = z.object({
  id: z.uuid(),
  kind: z.enum(['PERSON', 'ORGANIZATION']),
  name: z.string().min(1),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  industry: z.string().nullable(),
  segment: z.string().nullable(),
  ownerId: z.string().nullable(),
});

/** The contact a conversion creates (the lead's person), with its role at the organization. */
export const convertedContact = z.object({
  id: z.uuid(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  role: z.string().nullable(),
});

export const productSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  sku: z.string().min(1),
  name: z.string().min(1),
  family: z.string().nullable(),
  description: z.string().nullable(),
  active: z.boolean(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProductSnapshot = z.infer<typeof productSnapshot>;

export const priceBookSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  currency,
  isStandard: z.boolean(),
  active: z.boolean(),
  description: z.string().nullable(),
  /** Every unit price of the book after the change. */
  entries: z.array(z.object({ productId: z.uuid(), unitPrice: decimal })),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type PriceBookSnapshot = z.infer<typeof priceBookSnapshot>;

const leadChange = z.object({ lead: leadSnapshot, changedFields });
const productChange = z.object({ product: productSnapshot, changedFields });
const priceBookChange = z.object({ priceBook: priceBookSnapshot, changedFields });

export const salesEvents = [
  defineEvent({
    type: 'crm.sales.lead.created.v1',
    description: 'A lead was created.',
    data: leadChange,
  }),
  defineEvent({
    type: 'crm.sales.lead.updated.v1',
    description: 'A lead was changed (not its status); `changedFields` names what changed.',
    data: leadChange,
  }),
  defineEvent({
    type: 'crm.sales.lead.status_changed.v1',
    description: 'A lead moved along NEW → CONTACTED → QUALIFIED or UNQUALIFIED.',
    data: leadChange.extend({ previousStatus: leadStatus }),
  }),
  defineEvent({
    type: 'crm.sales.lead.converted.v1',
    description:
      'A lead was converted. `customerId` is the customer it went into: `newCustomer` when the customer ' +
      'service is to create it with that id, null for an existing customer; `contact`, when set, is to be ' +
      'created with its id.',
    data: leadChange.extend({
      previousStatus: leadStatus,
      customerId: z.uuid(),
      newCustomer: convertedCustomer.nullable(),
      contact: convertedContact.nullable(),
    }),
  }),
  defineEvent({
    type: 'crm.sales.lead.deleted.v1',
    description: "A lead was deleted; the data is the lead's last state.",
    data: leadChange,
  }),
  defineEvent({
    type: 'crm.sales.product.created.v1',
    description: 'A product was added to the catalogue.',
    data: productChange,
  }),
  defineEvent({
    type: 'crm.sales.product.updated.v1',
    description: 'A product was changed (e.g. deactivated); `changedFields` names what changed.',
    data: productChange,
  }),
  defineEvent({
    type: 'crm.sales.product.deleted.v1',
    description: "A product was deleted with its prices; the data is the product's last state.",
    data: productChange,
  }),
  defineEvent({
    type: 'crm.sales.price_book.created.v1',
    description: 'A price book (the standard one of a currency, or a custom one) was created.',
    data: priceBookChange,
  }),
  defineEvent({
    type: 'crm.sales.price_book.updated.v1',
    description:
      'A price book or one of its unit prices was changed; `changedFields` names what changed ' +
      '(`entries` when a price was set or removed).',
    data: priceBookChange,
  }),
  defineEvent({
    type: 'crm.sales.price_book.deleted.v1',
    description: "A price book was deleted; the data is the book's last state.",
    data: priceBookChange,
  }),
] as const;
