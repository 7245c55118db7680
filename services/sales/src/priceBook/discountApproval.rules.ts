import type { Decision, EventType } from '@crm/events';
import { conflict, requiredText, toCents } from '@crm/platform';
import type { DeepPartial } from 'typeorm';
import { z } from 'zod';
import type { Workflow } from '../workflow';
import type { DiscountApproval } from './discountApproval.entity';

/**
 * Pricing authority (docs/decisions.md, Sales): a sales rep's line discount above the tenant's threshold holds
 * the order or quote until a manager approves it; admins and sales managers are never held.
 */

/** The approval of an order or quote that needs none (a copy is what a row gets). */
export const approvalNotNeeded: Readonly<DiscountApproval> = {
  status: 'NOT_NEEDED',
  requestedAt: null,
  decidedBy: null,
  decidedAt: null,
  reason: null,
};

export const rejectDiscountInput = z.object({ reason: requiredText(1000) });

/** The highest discount of the lines, in percent ("0" without lines). */
export function highestDiscount(lines: readonly { discountPercent: string }[]): string {
  return lines.reduce(
    (highest, line) => (exceeds(line.discountPercent, highest) ? line.discountPercent : highest),
    '0',
  );
}

/** Whether percentage `a` is above `b` (at most 2 decimals each, compared exactly). */
function exceeds(a: string, b: string): boolean {
  return toCents(a) > toCents(b);
}

/** What the approval depends on when lines are priced. */
export interface DiscountPricing {
  /** The highest line discount after the change. */
  discount: string;
  /** The highest line discount before the change; null for a new order or quote. */
  previousDiscount: string | null;
  /** The tenant's threshold. */
  threshold: string;
  /** Whether the author prices with authority (admins and sales managers): never held. */
  byManager: boolean;
  at: Date;
}

/**
 * The approval after lines are priced (an order placed, a quote made, its lines changed). Within the threshold,
 * or priced by a manager, none is needed. A rep's discount above it keeps an approval given or asked for (or a
 * manager's pricing) as long as it does not rise above the discount that covered; otherwise — a new order or
 * quote, a higher discount, lines changed after a rejection — it asks a manager anew.
 */
export function approvalAfterPricing(
  current: DiscountApproval | null,
  pricing: DiscountPricing,
): DiscountApproval {
  if (pricing.byManager || !exceeds(pricing.discount, pricing.threshold)) return { ...approvalNotNeeded };
  const stands =
    current !== null &&
    current.status !== 'REJECTED' &&
    pricing.previousDiscount !== null &&
    !exceeds(pricing.discount, pricing.previousDiscount);
  if (stands) return current;
  return { ...approvalNotNeeded, status: 'PENDING', requestedAt: pricing.at };
}

/** Whether the approval holds the order or quote back: asked for and not given, or refused. */
export function isHeld(approval: DiscountApproval): boolean {
  return approval.status === 'PENDING' || approval.status === 'REJECTED';
}

/**
 * CONFLICT while a rep's discount holds the move back: an order's confirmation, a quote's sending or
 * acceptance (`to`).
 */
export function assertNotHeld(
  workflow: Pick<Workflow<string>, 'name'>,
  approval: DiscountApproval,
  to: string,
) {
  if (!isHeld(approval)) return;
  const why = approval.status === 'PENDING' ? "awaits a manager's approval" : 'was rejected by a manager';
  throw conflict(`${workflow.name} whose discount ${why} cannot move to ${to}`, {
    approvalStatus: approval.status,
  });
}

/** A manager's verdict on a held discount: a rejection gives its reason. */
export type DiscountVerdict = { status: 'APPROVED' } | { status: 'REJECTED'; reason: string };

/**
 * The decision of approveOrderDiscount, rejectQuoteDiscount…: only a DRAFT whose discount awaits approval is
 * decided (CONFLICT otherwise); the approval keeps who decided, when, and why a rejection.
 */
export function discountDecision<
  E extends { status: string; approval: DiscountApproval },
  T extends EventType,
>(
  workflow: Pick<Workflow<string>, 'name'>,
  row: E,
  verdict: DiscountVerdict,
  event: T,
  by: string,
  at: Date,
): Decision<E, never, T> {
  if (row.status !== 'DRAFT') {
    throw conflict(`${workflow.name} is ${row.status}: only a DRAFT's discount is approved or rejected`, {
      status: row.status,
    });
  }
  if (row.approval.status !== 'PENDING') {
    throw conflict(`${workflow.name}'s discount awaits no approval`, { approvalStatus: row.approval.status });
  }
  const approval: DiscountApproval = {
    ...row.approval,
    status: verdict.status,
    decidedBy: by,
    decidedAt: at,
    reason: verdict.status === 'REJECTED' ? verdict.reason : null,
  };
  return { set: { approval } as DeepPartial<E>, event };
}
