import type { EventDataInput } from '@crm/events';
import { conflict, moneyText, optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import { productLinesSnapshot } from '../priceBook/productLine.entity';
import { calendarDate, discountPercent } from '../order/order.rules';
import type { QuoteEntity, QuoteLineEntity, QuoteStatus } from './quote.entity';

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
 * DRAFT → SENT → ACCEPTED, REJECTED or EXPIRED (the expiry scheduler, once validUntil has passed).
 * Answered and expired quotes are final: a new offer is a new quote.
 */
const nextStatuses: Record<QuoteStatus, readonly QuoteStatus[]> = {
  DRAFT: ['SENT'],
  SENT: ['ACCEPTED', 'REJECTED', 'EXPIRED'],
  ACCEPTED: [],
  REJECTED: [],
  EXPIRED: [],
};

export function canMoveQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return nextStatuses[from].includes(to);
}

export function assertQuoteMove(from: QuoteStatus, to: QuoteStatus): void {
  if (!canMoveQuote(from, to)) {
    throw conflict(`A quote cannot move from ${from} to ${to}`, {
      status: from,
      allowed: nextStatuses[from],
    });
  }
}

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

/** The quote as published in events: full state with its lines, ISO times, money as decimal strings. */
export function quoteSnapshot(quote: QuoteEntity, lines: QuoteLineEntity[]): QuoteSnapshot {
  return {
    id: quote.id,
    tenantId: quote.tenantId,
    number: quoteNumber(quote.number),
    opportunityId: quote.opportunityId,
    customerId: quote.customerId,
    ownerId: quote.ownerId,
    priceBookId: quote.priceBookId,
    currency: quote.currency,
    status: quote.status,
    validUntil: quote.validUntil,
    lines: productLinesSnapshot(lines),
    subtotal: moneyText(quote.subtotal),
    discountTotal: moneyText(quote.discountTotal),
    total: moneyText(quote.total),
    notes: quote.notes,
    sentAt: quote.sentAt?.toISOString() ?? null,
    acceptedAt: quote.acceptedAt?.toISOString() ?? null,
    rejectedAt: quote.rejectedAt?.toISOString() ?? null,
    rejectionReason: quote.rejectionReason,
    expiredAt: quote.expiredAt?.toISOString() ?? null,
    orderId: quote.orderId,
    version: quote.version,
    createdAt: quote.createdAt.toISOString(),
    updatedAt: quote.updatedAt.toISOString(),
  };
}
