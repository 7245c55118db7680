import {
  quoteSnapshot as quoteSnapshotSchema,
  imageOf,
  type EventDataInput,
  type QuoteStatus,
} from '@crm/events';
import { moneyText, optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import type { Workflow } from '../workflow';
import { productLinesSnapshot } from '../priceBook/productLine.entity';
import { calendarDate, discountPercent } from '../order/order.rules';
import type { QuoteEntity, QuoteLineEntity } from './quote.entity';

export type QuoteSnapshot = EventDataInput<'crm.sales.quote.created.v1'>['quote'];

/** How long a quote stays valid when no date is given. */
export const defaultValidityDays = 30;

export const quoteLineInput = z.object({
  productId: z.uuid('Not a UUID'),
  quantity: z.number().int('A whole number').min(1, 'At least 1').max(1_000_000, 'At most 1000000'),
  discountPercent: discountPercent.nullish(),
});

export const createQuoteInput = z.object({
  opportunityId: z.uuid('Not a UUID'),
  priceBookId: z.uuid('Not a UUID').nullish(),
  validUntil: calendarDate.nullish(),
  notes: optionalText(4000),
  lines: z.array(quoteLineInput).min(1, 'A quote needs at least one line').max(200, 'At most 200 lines'),
});

/** Fields left out stay; lines given replace the quote's. */
export const updateQuoteInput = createQuoteInput
  .omit({ opportunityId: true })
  .partial()
  .extend({ validUntil: calendarDate.optional() });

export const acceptQuoteInput = z.object({
  placeOrder: z.boolean().nullish(),
  requestedDeliveryDate: calendarDate.nullish(),
});

export const rejectQuoteInput = z.object({ reason: requiredText(1000) });

/**
 * DRAFT → SENT → ACCEPTED, REJECTED (with the customer's reason) or EXPIRED (the expiry scheduler, once
 * validUntil has passed). Answered and expired quotes are final: a new offer is a new quote.
 */
export const quoteWorkflow: Workflow<QuoteStatus> = {
  name: 'A quote',
  field: 'status',
  next: {
    DRAFT: ['SENT'],
    SENT: ['ACCEPTED', 'REJECTED', 'EXPIRED'],
    ACCEPTED: [],
    REJECTED: [],
    EXPIRED: [],
  },
  stamps: {
    SENT: 'sentAt',
    ACCEPTED: 'acceptedAt',
    REJECTED: 'rejectedAt',
    EXPIRED: 'expiredAt',
  } satisfies Partial<Record<QuoteStatus, keyof QuoteEntity>>,
  reasons: { REJECTED: 'rejectionReason' } satisfies Partial<Record<QuoteStatus, keyof QuoteEntity>>,
};

/** A quote is valid through its validUntil day (UTC); from the next day on it can no longer be sent or accepted. */
export function isPastValidity(validUntil: string, now: Date): boolean {
  return validUntil < now.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): string {
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function quoteNumber(number: number): string {
  return `Q-${String(number).padStart(6, '0')}`;
}

/** The quote as published in events: full state with its lines, money as decimal strings. */
export function quoteSnapshot(quote: QuoteEntity, lines: QuoteLineEntity[]): QuoteSnapshot {
  return imageOf(quoteSnapshotSchema, quote, {
    number: quoteNumber(quote.number),
    lines: productLinesSnapshot(lines),
    subtotal: moneyText(quote.subtotal),
    discountTotal: moneyText(quote.discountTotal),
    total: moneyText(quote.total),
  });
}
