import { z } from 'zod';
import { defineEvent } from './defineEvent';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';
import { customerKind } from './customer';

export const leadSource = z.enum(['WEB', 'REFERRAL', 'EVENT', 'CAMPAIGN', 'PARTNER', 'COLD_CALL', 'OTHER']);
export type LeadSource = z.infer<typeof leadSource>;

export const leadStatus = z.enum(['NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED']);
export type LeadStatus = z.infer<typeof leadStatus>;

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
  /** The opportunity the conversion opened, if any; absent in events from before conversions opened deals. */
  convertedOpportunityId: z.uuid().nullable().optional(),
  convertedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LeadSnapshot = z.infer<typeof leadSnapshot>;

/** The customer a conversion creates; the customer service creates it with exactly this id. */
export const convertedCustomer = z.object({
  id: z.uuid(),
  kind: customerKind,
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

/**
 * Whether a sales rep's discount above the tenant's threshold awaits a manager (docs/decisions.md, Sales):
 * NOT_NEEDED (within the threshold, or priced by a manager or admin), PENDING, APPROVED or REJECTED.
 */
export const discountApprovalStatus = z.enum(['NOT_NEEDED', 'PENDING', 'APPROVED', 'REJECTED']);
export type DiscountApprovalStatus = z.infer<typeof discountApprovalStatus>;

/** The approval of an order's or quote's discounts: asked for when a rep priced it, decided by a manager. */
export const discountApproval = z.object({
  status: discountApprovalStatus,
  /** When the rep's pricing asked for it (the last time, if a change of the lines asked again). */
  requestedAt: isoDateTime.nullable(),
  /** The manager or admin who approved or rejected it. */
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  /** Why it was rejected. */
  reason: z.string().nullable(),
});

export const orderStatus = z.enum(['DRAFT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED']);
export type OrderStatus = z.infer<typeof orderStatus>;

const isoDate = z.iso.date();

/** One line of an order as priced when it was placed: what a return or a revenue projection needs. */
export const orderLineSnapshot = z.object({
  id: z.uuid(),
  position: z.number().int().positive(),
  productId: z.uuid(),
  sku: z.string().min(1),
  productName: z.string().min(1),
  quantity: z.number().int().positive(),
  /** The unit price charged. */
  unitPrice: decimal,
  /** The standard price book's price when the order was placed; null when the product had none there. */
  listPrice: decimal.nullable(),
  /** True when a permitted role set the unit price instead of the price book. */
  priceOverridden: z.boolean(),
  discountPercent: decimal,
  /** quantity × unitPrice less the discount, rounded to cents. */
  lineTotal: decimal,
});

export const orderSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  /** Human-readable, gap-free per tenant, e.g. SO-000123. */
  number: z.string().regex(/^SO-\d{6,}$/),
  customerId: z.uuid(),
  opportunityId: z.uuid().nullable(),
  /** The accepted quote the order was made from; absent in events from before quotes existed. */
  quoteId: z.uuid().nullable().optional(),
  ownerId: z.string().nullable(),
  currency,
  status: orderStatus,
  lines: z.array(orderLineSnapshot).min(1),
  /** Σ quantity × unitPrice, before discounts. */
  subtotal: decimal,
  discountTotal: decimal,
  /** Σ lineTotal: the order's revenue unless it is cancelled. */
  total: decimal,
  requestedDeliveryDate: isoDate.nullable(),
  actualDeliveryDate: isoDate.nullable(),
  confirmedAt: isoDateTime.nullable(),
  shippedAt: isoDateTime.nullable(),
  deliveredAt: isoDateTime.nullable(),
  cancelledAt: isoDateTime.nullable(),
  cancellationReason: z.string().nullable(),
  /** Absent in events from before discount approvals. */
  approval: discountApproval.optional(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type OrderSnapshot = z.infer<typeof orderSnapshot>;

export const opportunityStage = z.enum([
  'PROSPECTING',
  'QUALIFICATION',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
  'CLOSED_LOST',
]);
export type OpportunityStage = z.infer<typeof opportunityStage>;

export const forecastCategory = z.enum(['PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED']);
export type ForecastCategory = z.infer<typeof forecastCategory>;

/** A product line of an opportunity, priced from the deal's price book; the deal's amount is their sum. */
export const opportunityLineSnapshot = z.object({
  id: z.uuid(),
  position: z.number().int().positive(),
  productId: z.uuid(),
  sku: z.string().min(1),
  productName: z.string().min(1),
  quantity: z.number().int().positive(),
  unitPrice: decimal,
  /** The price book's price (null when a permitted role priced a product the book lacks). */
  listPrice: decimal.nullable(),
  priceOverridden: z.boolean(),
  discountPercent: decimal,
  lineTotal: decimal,
});

export const opportunitySnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  customerId: z.uuid(),
  primaryContactId: z.uuid().nullable(),
  /** The contacts of the deal with their roles (the primary one is primaryContactId). */
  contactRoles: z.array(z.object({ contactId: z.uuid(), role: z.string() })).optional(),
  /** The lead whose conversion opened the deal. */
  leadId: z.uuid().nullable().optional(),
  /** The price book of the lines. */
  priceBookId: z.uuid().nullable().optional(),
  /** When there are lines, amount is their sum. Absent (like the two fields above) in events from before lines. */
  lines: z.array(opportunityLineSnapshot).optional(),
  amount: decimal.nullable(),
  currency,
  stage: opportunityStage,
  /** 0–100: the stage's default unless set for the deal. */
  probability: z.number().int().min(0).max(100),
  forecastCategory,
  expectedCloseDate: isoDate.nullable(),
  ownerId: z.string().nullable(),
  campaignId: z.uuid().nullable(),
  competitors: z.array(z.string()),
  lossReason: z.string().nullable(),
  stageEnteredAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  /** Every stage move, oldest first, kept by the service. */
  stageHistory: z.array(
    z.object({
      from: opportunityStage,
      to: opportunityStage,
      at: isoDateTime,
      by: z.string(),
      /** Whole days the deal spent in `from`. */
      daysInPreviousStage: z.number().int().nonnegative(),
    }),
  ),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type OpportunitySnapshot = z.infer<typeof opportunitySnapshot>;

export const quoteStatus = z.enum(['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED']);
export type QuoteStatus = z.infer<typeof quoteStatus>;

/** One line of a quote, priced from the quote's price book when it was made. */
export const quoteLineSnapshot = z.object({
  id: z.uuid(),
  position: z.number().int().positive(),
  productId: z.uuid(),
  sku: z.string().min(1),
  productName: z.string().min(1),
  quantity: z.number().int().positive(),
  /** The price book's unit price. */
  unitPrice: decimal,
  discountPercent: decimal,
  /** quantity × unitPrice less the discount, rounded to cents. */
  lineTotal: decimal,
});

export const quoteSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  /** Gap-free per tenant, e.g. Q-000042. */
  number: z.string().regex(/^Q-\d{6,}$/),
  opportunityId: z.uuid(),
  customerId: z.uuid(),
  ownerId: z.string().nullable(),
  priceBookId: z.uuid(),
  currency,
  status: quoteStatus,
  /** The last day the customer may accept it. */
  validUntil: isoDate,
  lines: z.array(quoteLineSnapshot).min(1),
  subtotal: decimal,
  discountTotal: decimal,
  total: decimal,
  notes: z.string().nullable(),
  sentAt: isoDateTime.nullable(),
  acceptedAt: isoDateTime.nullable(),
  rejectedAt: isoDateTime.nullable(),
  rejectionReason: z.string().nullable(),
  expiredAt: isoDateTime.nullable(),
  /** The order placed when the quote was accepted, if one was. */
  orderId: z.uuid().nullable(),
  /** Absent in events from before discount approvals. */
  approval: discountApproval.optional(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type QuoteSnapshot = z.infer<typeof quoteSnapshot>;

export const leadActivityKind = z.enum(['CALL', 'EMAIL', 'MEETING', 'TASK']);
export type LeadActivityKind = z.infer<typeof leadActivityKind>;

/** A follow-up of a lead (call, email, meeting, task) due on a day. */
export const leadActivitySnapshot = z.object({
  id: z.uuid(),
  tenantId,
  leadId: z.uuid(),
  kind: leadActivityKind,
  subject: z.string().min(1),
  notes: z.string().nullable(),
  dueDate: isoDate,
  ownerId: z.string().nullable(),
  completedAt: isoDateTime.nullable(),
  completedBy: z.string().nullable(),
  outcome: z.string().nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** The tenant's sales settings: the default probability of each open stage, the discount approval threshold. */
export const salesSettingsSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  stageProbabilities: z.object({
    PROSPECTING: z.number().int().min(0).max(100),
    QUALIFICATION: z.number().int().min(0).max(100),
    PROPOSAL: z.number().int().min(0).max(100),
    NEGOTIATION: z.number().int().min(0).max(100),
  }),
  /** The highest line discount (percent) a sales rep gives without a manager's approval; absent in older events. */
  discountApprovalThreshold: decimal.optional(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const leadChange = z.object({ lead: leadSnapshot, changedFields });
const leadActivityChange = z.object({ lead: leadSnapshot, activity: leadActivitySnapshot, changedFields });
const opportunityChange = z.object({ opportunity: opportunitySnapshot, changedFields });
const opportunityMove = opportunityChange.extend({ previousStage: opportunityStage });
const orderChange = z.object({ order: orderSnapshot, changedFields });
const quoteChange = z.object({ quote: quoteSnapshot, changedFields });
const quoteMove = quoteChange.extend({ previousStatus: quoteStatus });
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
    type: 'crm.sales.lead.activity_added.v1',
    description:
      "A follow-up activity with a due date was added to a lead; `changedFields` are the activity's.",
    data: leadActivityChange,
  }),
  defineEvent({
    type: 'crm.sales.lead.activity_completed.v1',
    description: 'A follow-up activity of a lead was completed (completedAt, completedBy, outcome).',
    data: leadActivityChange,
  }),
  defineEvent({
    type: 'crm.sales.settings.updated.v1',
    description:
      "The tenant's sales settings changed (default probabilities of the open stages, discount approval threshold).",
    data: z.object({ settings: salesSettingsSnapshot, changedFields }),
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
  defineEvent({
    type: 'crm.sales.opportunity.created.v1',
    description: 'An opportunity was created (stage PROSPECTING unless given).',
    data: opportunityChange,
  }),
  defineEvent({
    type: 'crm.sales.opportunity.updated.v1',
    description: 'An opportunity was changed (not its stage); `changedFields` names what changed.',
    data: opportunityChange,
  }),
  defineEvent({
    type: 'crm.sales.opportunity.stage_changed.v1',
    description: 'An open opportunity moved to another open stage; the last stageHistory entry is the move.',
    data: opportunityMove,
  }),
  defineEvent({
    type: 'crm.sales.opportunity.won.v1',
    description: 'An opportunity was closed won (probability 100, forecast category CLOSED).',
    data: opportunityMove,
  }),
  defineEvent({
    type: 'crm.sales.opportunity.lost.v1',
    description:
      'An opportunity was closed lost, with its `lossReason` (probability 0, forecast category OMITTED).',
    data: opportunityMove,
  }),
  defineEvent({
    type: 'crm.sales.order.placed.v1',
    description:
      'An order was placed (status CONFIRMED), with its number, lines (product, quantity, prices, ' +
      "discount, line total) and totals as the service computed them. A sales rep's order with a discount " +
      "above the tenant's threshold is placed as a DRAFT with `approval.status` PENDING: the request for a " +
      "manager's approval; it counts as revenue only once confirmed.",
    data: orderChange,
  }),
  defineEvent({
    type: 'crm.sales.order.status_changed.v1',
    description:
      'An order moved DRAFT → CONFIRMED → SHIPPED → DELIVERED (`actualDeliveryDate` is set on delivery).',
    data: orderChange.extend({ previousStatus: orderStatus }),
  }),
  defineEvent({
    type: 'crm.sales.order.cancelled.v1',
    description:
      'An order was cancelled before shipping, with `cancellationReason`; its total no longer counts as revenue.',
    data: orderChange.extend({ previousStatus: orderStatus }),
  }),
  defineEvent({
    type: 'crm.sales.order.discount_approved.v1',
    description:
      'A manager approved the discount of a held DRAFT order (`approval`: who, when); it may now be confirmed.',
    data: orderChange,
  }),
  defineEvent({
    type: 'crm.sales.order.discount_rejected.v1',
    description:
      'A manager rejected the discount of a held DRAFT order, with `approval.reason`; it cannot be confirmed.',
    data: orderChange,
  }),
  defineEvent({
    type: 'crm.sales.quote.created.v1',
    description:
      'A quote (status DRAFT) was made for an opportunity, its lines priced from a price book. With ' +
      "`approval.status` PENDING it asks for a manager's approval of a sales rep's discount.",
    data: quoteChange,
  }),
  defineEvent({
    type: 'crm.sales.quote.updated.v1',
    description:
      'A DRAFT quote was changed (validity, notes, or its lines repriced); `changedFields` names what. ' +
      'Lines that raise the discount above what was approved ask again (`approval.status` PENDING).',
    data: quoteChange,
  }),
  defineEvent({
    type: 'crm.sales.quote.sent.v1',
    description: 'A quote was sent to the customer (DRAFT → SENT).',
    data: quoteMove,
  }),
  defineEvent({
    type: 'crm.sales.quote.accepted.v1',
    description:
      'The customer accepted a sent quote; `orderId` names the order placed from it (an order.placed ' +
      'event of the same transaction), null when none was placed.',
    data: quoteMove,
  }),
  defineEvent({
    type: 'crm.sales.quote.rejected.v1',
    description: 'The customer rejected a sent quote, with `rejectionReason`.',
    data: quoteMove,
  }),
  defineEvent({
    type: 'crm.sales.quote.discount_approved.v1',
    description:
      'A manager approved the discount of a held DRAFT quote (`approval`: who, when); it may now be sent.',
    data: quoteChange,
  }),
  defineEvent({
    type: 'crm.sales.quote.discount_rejected.v1',
    description:
      'A manager rejected the discount of a held DRAFT quote, with `approval.reason`; it cannot be sent.',
    data: quoteChange,
  }),
  defineEvent({
    type: 'crm.sales.quote.expired.v1',
    description: 'A sent quote passed its `validUntil` date unanswered (set by the quote expiry scheduler).',
    data: quoteMove,
  }),
] as const;
