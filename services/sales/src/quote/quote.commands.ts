import { defineAggregate, within, type ChangeContext } from '@crm/events';
import {
  badUserInput,
  conflict,
  givenFields,
  nextInSequence,
  parseInput,
  type RequestContext,
} from '@crm/platform';
import type {
  MutationAcceptQuoteArgs,
  MutationCreateQuoteArgs,
  MutationRejectQuoteArgs,
  MutationSendQuoteArgs,
  MutationUpdateQuoteArgs,
} from '../generated/graphql';
import { opportunities } from '../opportunity/opportunity.aggregate';
import { OpportunityEntity } from '../opportunity/opportunity.entity';
import { isClosed } from '../opportunity/opportunity.rules';
import { insertOrder } from '../order/order.commands';
import { isVisibleRecord } from '../ownership';
import { discountDecisions } from '../priceBook/discountApproval.commands';
import { approvalAfterPricing, assertNotHeld, highestDiscount } from '../priceBook/discountApproval.rules';
import { chosenPriceBook, linesOf, priceFromBook, writeLines } from '../priceBook/pricing';
import { hasPricingAuthority } from '../roles';
import { discountApprovalThresholdOf } from '../settings/salesSettings.queries';
import { statusMove } from '../workflow';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import {
  acceptQuoteInput,
  addDays,
  createQuoteInput,
  defaultValidityDays,
  isPastValidity,
  quoteSnapshot,
  quoteWorkflow,
  rejectQuoteInput,
  updateQuoteInput,
} from './quote.rules';

/** A quote with its lines: its owner is its deal's, and a sales rep sees and changes their own only. */
export const quotes = defineAggregate({
  name: 'Quote',
  entity: QuoteEntity,
  eventKey: 'quote',
  image: quoteSnapshot,
  loadParts: linesOf(QuoteLineEntity, 'quoteId'),
  visibleTo: isVisibleRecord,
});

/**
 * A DRAFT quote for an open opportunity: its lines priced from the price book (the standard one of the
 * deal's currency unless another is named), numbered gap-free per tenant, valid for 30 days unless a
 * date is given. Its owner is the deal's owner. A sales rep's line discount above the tenant's threshold
 * holds it for a manager's approval.
 */
export async function createQuote(
  context: RequestContext,
  { input: rawInput }: MutationCreateQuoteArgs,
): Promise<QuoteEntity> {
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
    const approval = approvalAfterPricing(null, {
      discount: highestDiscount(priced.lines),
      previousDiscount: null,
      threshold: await discountApprovalThresholdOf(tx),
      byManager: hasPricingAuthority(context.user),
      at: now,
    });
    return quotes.create(within(context, tx), 'createQuote', {
      values: {
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
        approval,
        createdAt: now,
      },
      writeParts: (tx, quote) => writeLines(tx, QuoteLineEntity, { quoteId: quote.id }, priced.lines),
      event: 'crm.sales.quote.created.v1',
    });
  });
}

/**
 * A deal handed to another owner takes its quotes along (a quote's owner is its deal's): the new owner
 * sees and works them, the old one no longer. Each changed quote gets its audit record and quote.updated.
 */
export async function reassignQuotesOfOpportunity(
  context: ChangeContext,
  opportunityId: string,
  ownerId: string | null,
): Promise<void> {
  const others = await context.db
    .select(QuoteEntity, 'q')
    .andWhere('q.opportunityId = :opportunityId AND q.ownerId IS DISTINCT FROM :ownerId', {
      opportunityId,
      ownerId,
    })
    .orderBy('q.id')
    .getMany();
  for (const { id } of others) {
    await quotes.change(context, { id, operation: 'updateOpportunity' }, () => ({
      set: { ownerId },
      event: 'crm.sales.quote.updated.v1',
    }));
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
 * once sent it no longer changes (CONFLICT). Repriced lines decide the approval again (approvalAfterPricing):
 * a rep's discount raised above the threshold and above what was approved asks a manager anew.
 */
export function updateQuote(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateQuoteArgs,
): Promise<QuoteEntity> {
  const { lines: requested, priceBookId, ...fields } = parseInput(updateQuoteInput, rawInput);
  if (fields.validUntil && isPastValidity(fields.validUntil, new Date())) {
    throw badUserInput({ 'input.validUntil': 'Must not be in the past' });
  }
  return quotes.change(
    context,
    { id, expectedVersion, operation: 'updateQuote' },
    async (quote, { parts: lines, tx }) => {
      if (quote.status !== 'DRAFT') {
        throw conflict(`Quote ${id} is ${quote.status}: only a DRAFT changes`, { status: quote.status });
      }
      if (!requested && !priceBookId)
        return { set: givenFields(fields), event: 'crm.sales.quote.updated.v1' };
      const book = await chosenPriceBook(tx, priceBookId ?? quote.priceBookId, quote.currency);
      const priced = await priceFromBook(
        tx,
        book,
        quote.currency,
        requested ??
          lines.map(({ productId, quantity, discountPercent }) => ({ productId, quantity, discountPercent })),
      );
      const approval = approvalAfterPricing(quote.approval, {
        discount: highestDiscount(priced.lines),
        previousDiscount: highestDiscount(lines),
        threshold: await discountApprovalThresholdOf(tx),
        byManager: hasPricingAuthority(context.user),
        at: new Date(),
      });
      for (const line of lines) await tx.remove(QuoteLineEntity, line);
      return {
        set: { ...givenFields(fields), priceBookId: book.id, ...priced.totals, approval },
        parts: await writeLines(tx, QuoteLineEntity, { quoteId: id }, priced.lines),
        event: 'crm.sales.quote.updated.v1',
      };
    },
  );
}

/** DRAFT → SENT, unless a rep's discount is not approved. */
export function sendQuote(
  context: RequestContext,
  { id, expectedVersion }: MutationSendQuoteArgs,
): Promise<QuoteEntity> {
  return quotes.change(context, { id, expectedVersion, operation: 'sendQuote' }, (quote) => {
    const now = new Date();
    const sent = statusMove(quoteWorkflow, quote, 'SENT', 'crm.sales.quote.sent.v1', { at: now });
    assertStillValid(quote, now);
    assertNotHeld(quoteWorkflow, quote.approval, 'SENT');
    return sent;
  });
}

/**
 * SENT → ACCEPTED, within its validity, on a deal not lost, and only one accepted quote per deal. Unless
 * told not to, it places a CONFIRMED order with the quote's lines, prices and totals (insertOrder: the same
 * numbering and order.placed as placeOrder), all in one transaction.
 */
export function acceptQuote(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationAcceptQuoteArgs,
): Promise<QuoteEntity> {
  const input = parseInput(acceptQuoteInput, rawInput ?? {});
  return context.db.transaction(async (tx) => {
    // The deal's row is the lock that lets two quotes of one deal be accepted only one after the other;
    // taken before the quote's, in the order updateOpportunity takes them (no deadlock). Whether the caller
    // may see the quote is asked when the quote is locked, hence no caller here.
    const unlocked = await tx.findById(QuoteEntity, id);
    const deal = unlocked
      ? (await opportunities.lock(tx, { db: tx, actor: context.actor }, { id: unlocked.opportunityId })).row
      : null;
    return quotes.change(
      within(context, tx),
      { id, expectedVersion, operation: 'acceptQuote' },
      async (quote, { parts: lines }) => {
        const now = new Date();
        const accepted = statusMove(quoteWorkflow, quote, 'ACCEPTED', 'crm.sales.quote.accepted.v1', {
          at: now,
        });
        assertStillValid(quote, now);
        assertNotHeld(quoteWorkflow, quote.approval, 'ACCEPTED');
        if (deal?.stage === 'CLOSED_LOST') {
          throw conflict(`The opportunity of quote ${id} is lost`, { stage: deal.stage });
        }
        const other = await tx
          .select(QuoteEntity, 'q')
          .andWhere('q.opportunityId = :opportunityId AND q.status = :status', {
            opportunityId: quote.opportunityId,
            status: 'ACCEPTED',
          })
          .getOne();
        if (other) {
          throw conflict(`The opportunity has an accepted quote already (${other.id})`, {
            quoteId: other.id,
          });
        }
        if (!(input.placeOrder ?? true)) return accepted;
        const order = await insertOrder(within(context, tx), 'acceptQuote', {
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
          // The discount was approved (or needed no approval) on the quote: the order keeps who approved it.
          approval: { ...quote.approval },
        });
        return { ...accepted, set: { ...accepted.set, orderId: order.id } };
      },
    );
  });
}

/** SENT → REJECTED, with the customer's reason. */
export function rejectQuote(
  context: RequestContext,
  { id, reason: rawReason, expectedVersion }: MutationRejectQuoteArgs,
): Promise<QuoteEntity> {
  const { reason } = parseInput(rejectQuoteInput, { reason: rawReason }, '');
  return quotes.change(context, { id, expectedVersion, operation: 'rejectQuote' }, (quote) =>
    statusMove(quoteWorkflow, quote, 'REJECTED', 'crm.sales.quote.rejected.v1', { reason }),
  );
}

/** A manager approves or rejects (with the reason) the discount that holds a rep's DRAFT quote. */
export const { approve: approveQuoteDiscount, reject: rejectQuoteDiscount } = discountDecisions(
  quotes,
  quoteWorkflow,
  { approve: 'approveQuoteDiscount', reject: 'rejectQuoteDiscount' },
  { approved: 'crm.sales.quote.discount_approved.v1', rejected: 'crm.sales.quote.discount_rejected.v1' },
);

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const quoteMutations = {
  createQuote,
  updateQuote,
  sendQuote,
  acceptQuote,
  rejectQuote,
  approveQuoteDiscount,
  rejectQuoteDiscount,
};
