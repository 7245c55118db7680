import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  nextInSequence,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { OpportunityEntity } from '../opportunity/opportunity.entity';
import { isClosed } from '../opportunity/opportunity.rules';
import { insertOrder } from '../order/order.commands';
import { chosenPriceBook, priceFromBook, type PricedProductLine } from '../priceBook/pricing';
import { QuoteEntity, QuoteLineEntity, type QuoteStatus } from './quote.entity';
import {
  acceptQuoteInput,
  addDays,
  assertQuoteMove,
  createQuoteInput,
  defaultValidityDays,
  isPastValidity,
  quoteSnapshot,
  rejectQuoteInput,
  updateQuoteInput,
  type QuoteSnapshot,
} from './quote.rules';
import { isVisibleRecord } from '../ownership';

type QuoteEventType = Extract<EventType, `crm.sales.quote.${string}`>;

function recordQuoteChange<T extends QuoteEventType>(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: QuoteSnapshot | null,
  after: QuoteSnapshot,
  event: Parameters<typeof recordChange<T>>[2]['event'],
) {
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'Quote',
    entityId: after.id,
    before,
    after,
    event,
  });
}

/** The quote's lines as priced, written in the caller's transaction. */
async function writeLines(
  tx: TenantDb,
  quoteId: string,
  priced: PricedProductLine[],
): Promise<QuoteLineEntity[]> {
  const lines: QuoteLineEntity[] = [];
  for (const line of priced) {
    const row = tx.manager.create(QuoteLineEntity, {
      tenantId: tx.tenantId,
      quoteId,
      position: line.position,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      lineTotal: line.lineTotal,
    });
    await tx.save(QuoteLineEntity, row);
    lines.push(row);
  }
  return lines;
}

/**
 * A DRAFT quote for an open opportunity: its lines priced from the price book (the standard one of the
 * deal's currency unless another is named), numbered gap-free per tenant, valid for 30 days unless a
 * date is given. Its owner is the deal's owner.
 */
export async function createQuote(context: RequestContext, rawInput: unknown): Promise<QuoteEntity> {
  const input = parseInput(createQuoteInput, rawInput);
  const now = new Date();
  const validUntil = input.validUntil ?? addDays(now, defaultValidityDays);
  if (isPastValidity(validUntil, now)) throw badUserInput({ 'input.validUntil': 'Must not be in the past' });
  return context.db.transaction(async (tx) => {
    const opportunity = await tx.findById(OpportunityEntity, input.opportunityId);
    if (!opportunity || !isVisibleRecord(context, opportunity)) {
      throw badUserInput({ 'input.opportunityId': 'No such opportunity' });
    }
    if (isClosed(opportunity.stage)) {
      throw conflict(`Opportunity ${opportunity.id} is closed: it gets no new quote`, {
        stage: opportunity.stage,
      });
    }
    const book = await chosenPriceBook(tx, input.priceBookId, opportunity.currency);
    const priced = await priceFromBook(tx, book, book.currency, input.lines);
    const quote = tx.manager.create(QuoteEntity, {
      tenantId: tx.tenantId,
      number: await nextInSequence(tx, 'quote'),
      opportunityId: opportunity.id,
      customerId: opportunity.customerId,
      ownerId: opportunity.ownerId,
      priceBookId: book.id,
      currency: book.currency,
      status: 'DRAFT',
      validUntil,
      ...priced.totals,
      notes: input.notes ?? null,
      sentAt: null,
      acceptedAt: null,
      rejectedAt: null,
      rejectionReason: null,
      expiredAt: null,
      orderId: null,
      createdAt: now,
    });
    await tx.save(QuoteEntity, quote);
    const lines = await writeLines(tx, quote.id, priced.lines);
    const after = quoteSnapshot(quote, lines);
    await recordQuoteChange(tx, context, 'createQuote', null, after, {
      type: 'crm.sales.quote.created.v1',
      data: { quote: after, changedFields: changedFields(null, after) },
    });
    return quote;
  });
}

/** Locks a quote the caller may change (one they may not see is NOT_FOUND, before the version). */
async function findQuoteForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<{ quote: QuoteEntity; lines: QuoteLineEntity[] }> {
  const quote = await tx.findForUpdate(QuoteEntity, 'Quote', id);
  if (!isVisibleRecord(context, quote)) throw notFound('Quote', id);
  if (expectedVersion != null && quote.version !== expectedVersion) {
    throw conflict(
      `Quote ${id} was changed by someone else (version ${quote.version}, expected ${expectedVersion})`,
      { currentVersion: quote.version },
    );
  }
  const lines = await tx.manager.find(QuoteLineEntity, {
    where: { quoteId: id, tenantId: tx.tenantId },
    order: { position: 'ASC' },
  });
  return { quote, lines };
}

/**
 * A deal handed to another owner takes its quotes along (a quote's owner is its deal's): the new owner
 * sees and works them, the old one no longer. Each changed quote gets its audit record and quote.updated.
 */
export async function reassignQuotesOfOpportunity(
  tx: TenantDb,
  context: RequestContext,
  opportunityId: string,
  ownerId: string | null,
): Promise<void> {
  const quotes = await tx
    .select(QuoteEntity, 'q')
    .andWhere('q.opportunityId = :opportunityId AND q.ownerId IS DISTINCT FROM :ownerId', {
      opportunityId,
      ownerId,
    })
    .orderBy('q.id')
    .setLock('pessimistic_write')
    .getMany();
  for (const quote of quotes) {
    const lines = await tx.manager.find(QuoteLineEntity, {
      where: { quoteId: quote.id, tenantId: tx.tenantId },
      order: { position: 'ASC' },
    });
    const before = quoteSnapshot(quote, lines);
    Object.assign(quote, { ownerId, updatedAt: new Date() });
    await tx.save(QuoteEntity, quote);
    const after = quoteSnapshot(quote, lines);
    await recordQuoteChange(tx, context, 'updateOpportunity', before, after, {
      type: 'crm.sales.quote.updated.v1',
      data: { quote: after, changedFields: changedFields(before, after) },
    });
  }
}

/** Checked on every move, so that a quote is never sent or accepted late, even before the scheduler ran. */
function assertStillValid(quote: QuoteEntity, now: Date): void {
  if (isPastValidity(quote.validUntil, now)) {
    throw conflict(`Quote ${quote.id} was valid until ${quote.validUntil}`, { validUntil: quote.validUntil });
  }
}

/**
 * Changes a DRAFT quote: its validity, notes, or its lines (repriced from the book named, else the quote's);
 * once sent it no longer changes (CONFLICT).
 */
export async function updateQuote(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<QuoteEntity> {
  const input = parseInput(updateQuoteInput, rawInput);
  const now = new Date();
  if (input.validUntil && isPastValidity(input.validUntil, now)) {
    throw badUserInput({ 'input.validUntil': 'Must not be in the past' });
  }
  return context.db.transaction(async (tx) => {
    const { quote, lines } = await findQuoteForUpdate(tx, context, id, expectedVersion);
    if (quote.status !== 'DRAFT') {
      throw conflict(`Quote ${id} is ${quote.status}: only a DRAFT changes`, { status: quote.status });
    }
    const before = quoteSnapshot(quote, lines);
    let newLines = lines;
    if (input.lines || input.priceBookId) {
      const book = await chosenPriceBook(tx, input.priceBookId ?? quote.priceBookId, quote.currency);
      const requests =
        input.lines ??
        lines.map(({ productId, quantity, discountPercent }) => ({ productId, quantity, discountPercent }));
      const priced = await priceFromBook(tx, book, quote.currency, requests);
      for (const line of lines) await tx.remove(QuoteLineEntity, line);
      newLines = await writeLines(tx, quote.id, priced.lines);
      Object.assign(quote, { priceBookId: book.id, ...priced.totals });
    }
    if (input.validUntil) quote.validUntil = input.validUntil;
    if (input.notes !== undefined) quote.notes = input.notes;
    const changed = changedFields(before, quoteSnapshot(quote, newLines));
    if (changed.length === 0) return quote;
    // New lines alone still bump the quote's version: the offer changed.
    quote.updatedAt = now;
    await tx.save(QuoteEntity, quote);
    const after = quoteSnapshot(quote, newLines);
    await recordQuoteChange(tx, context, 'updateQuote', before, after, {
      type: 'crm.sales.quote.updated.v1',
      data: { quote: after, changedFields: changed },
    });
    return quote;
  });
}

/** DRAFT → SENT. */
export async function sendQuote(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<QuoteEntity> {
  return context.db.transaction(async (tx) => {
    const { quote, lines } = await findQuoteForUpdate(tx, context, id, expectedVersion);
    const now = new Date();
    assertQuoteMove(quote.status, 'SENT');
    assertStillValid(quote, now);
    const before = quoteSnapshot(quote, lines);
    Object.assign(quote, { status: 'SENT' satisfies QuoteStatus, sentAt: now });
    await tx.save(QuoteEntity, quote);
    const after = quoteSnapshot(quote, lines);
    await recordQuoteChange(tx, context, 'sendQuote', before, after, {
      type: 'crm.sales.quote.sent.v1',
      data: { quote: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return quote;
  });
}

/**
 * SENT → ACCEPTED, within its validity, on a deal not lost, and only one accepted quote per deal. Unless
 * told not to, it places a CONFIRMED order with the quote's lines, prices and totals (insertOrder: the same
 * numbering and order.placed as placeOrder), all in one transaction.
 */
export async function acceptQuote(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<QuoteEntity> {
  const input = parseInput(acceptQuoteInput, rawInput ?? {});
  return context.db.transaction(async (tx) => {
    // The deal's row is the lock that lets two quotes of one deal be accepted only one after the other;
    // taken before the quote's, in the order updateOpportunity takes them (no deadlock).
    const unlocked = await tx.findById(QuoteEntity, id);
    const opportunity = unlocked
      ? await tx.findForUpdate(OpportunityEntity, 'Opportunity', unlocked.opportunityId)
      : null;
    const { quote, lines } = await findQuoteForUpdate(tx, context, id, expectedVersion);
    const now = new Date();
    assertQuoteMove(quote.status, 'ACCEPTED');
    assertStillValid(quote, now);
    if (opportunity?.stage === 'CLOSED_LOST') {
      throw conflict(`The opportunity of quote ${id} is lost`, { stage: opportunity.stage });
    }
    const accepted = await tx
      .select(QuoteEntity, 'q')
      .andWhere('q.opportunityId = :opportunityId AND q.status = :status', {
        opportunityId: quote.opportunityId,
        status: 'ACCEPTED',
      })
      .getOne();
    if (accepted) {
      throw conflict(`The opportunity has an accepted quote already (${accepted.id})`, {
        quoteId: accepted.id,
      });
    }
    const before = quoteSnapshot(quote, lines);
    if (input.placeOrder ?? true) {
      const order = await insertOrder(tx, context, 'acceptQuote', {
        customerId: quote.customerId,
        opportunityId: quote.opportunityId,
        quoteId: quote.id,
        ownerId: quote.ownerId,
        currency: quote.currency,
        requestedDeliveryDate: input.requestedDeliveryDate ?? null,
        // The quoted prices are what the customer accepted: the order keeps them, not today's book.
        lines: lines.map((line) => ({
          position: line.position,
          productId: line.productId,
          sku: line.sku,
          productName: line.productName,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          listPrice: line.unitPrice,
          priceOverridden: false,
          discountPercent: line.discountPercent,
          lineTotal: line.lineTotal,
        })),
        totals: { subtotal: quote.subtotal, discountTotal: quote.discountTotal, total: quote.total },
      });
      quote.orderId = order.id;
    }
    Object.assign(quote, { status: 'ACCEPTED' satisfies QuoteStatus, acceptedAt: now });
    await tx.save(QuoteEntity, quote);
    const after = quoteSnapshot(quote, lines);
    await recordQuoteChange(tx, context, 'acceptQuote', before, after, {
      type: 'crm.sales.quote.accepted.v1',
      data: { quote: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return quote;
  });
}

/** SENT → REJECTED, with the customer's reason. */
export async function rejectQuote(
  context: RequestContext,
  id: string,
  rawReason: unknown,
  expectedVersion: number | null | undefined,
): Promise<QuoteEntity> {
  const { reason } = parseInput(rejectQuoteInput, { reason: rawReason }, '');
  return context.db.transaction(async (tx) => {
    const { quote, lines } = await findQuoteForUpdate(tx, context, id, expectedVersion);
    assertQuoteMove(quote.status, 'REJECTED');
    const before = quoteSnapshot(quote, lines);
    Object.assign(quote, {
      status: 'REJECTED' satisfies QuoteStatus,
      rejectedAt: new Date(),
      rejectionReason: reason,
    });
    await tx.save(QuoteEntity, quote);
    const after = quoteSnapshot(quote, lines);
    await recordQuoteChange(tx, context, 'rejectQuote', before, after, {
      type: 'crm.sales.quote.rejected.v1',
      data: { quote: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return quote;
  });
}
