// Pricing authority as plain functions: when a rep's discount asks for a manager's approval, when an approval
// given or asked for stands after the lines change, what holds a move back, and the managers' decisions.
import { ConflictError } from '@crm/platform';
import { given } from '@crm/testkit';
import type { OrderEntity } from '../src/order/order.entity';
import { orderWorkflow } from '../src/order/order.rules';
import type { DiscountApproval } from '../src/priceBook/discountApproval.entity';
import {
  approvalAfterPricing,
  approvalNotNeeded,
  assertNotHeld,
  discountDecision,
  highestDiscount,
  type DiscountPricing,
} from '../src/priceBook/discountApproval.rules';
import type { QuoteEntity } from '../src/quote/quote.entity';
import { quoteWorkflow } from '../src/quote/quote.rules';
import { discountApprovalThresholdInput } from '../src/settings/salesSettings.rules';

const at = new Date('2026-11-26T10:00:00.000Z');
const earlier = new Date('2026-11-20T08:00:00.000Z');

const pending: DiscountApproval = { ...approvalNotNeeded, status: 'PENDING', requestedAt: earlier };
const approved: DiscountApproval = {
  ...pending,
  status: 'APPROVED',
  decidedBy: 'boss',
  decidedAt: earlier,
};
const rejected: DiscountApproval = { ...approved, status: 'REJECTED', reason: 'Too deep' };

/** A rep's pricing against the built-in threshold of 20 %. */
function byRep(discount: string, previousDiscount: string | null = null): DiscountPricing {
  return { discount, previousDiscount, threshold: '20.00', byManager: false, at };
}

describe('highestDiscount', () => {
  it('is the largest line discount, compared as exact decimals, and 0 without lines', () => {
    const lines = ['9.5', '100', '12.50', '0'].map((discountPercent) => ({ discountPercent }));
    expect(highestDiscount(lines)).toBe('100');
    expect(highestDiscount([{ discountPercent: '20.01' }, { discountPercent: '20.1' }])).toBe('20.1');
    expect(highestDiscount([])).toBe('0');
  });
});

describe('approvalAfterPricing', () => {
  it("asks for a manager's approval when a rep's new order or quote has a line above the threshold", () => {
    expect(
      given(null)
        .when((current) => approvalAfterPricing(current, byRep('100')))
        .decides(),
    ).toEqual({ ...approvalNotNeeded, status: 'PENDING', requestedAt: at });
    expect(approvalAfterPricing(null, byRep('20.01')).status).toBe('PENDING');
  });

  it('needs none at or below the threshold, nor from an admin or sales manager at any discount', () => {
    expect(approvalAfterPricing(null, byRep('20'))).toEqual(approvalNotNeeded);
    expect(approvalAfterPricing(null, byRep('0'))).toEqual(approvalNotNeeded);
    expect(approvalAfterPricing(null, { ...byRep('100'), byManager: true })).toEqual(approvalNotNeeded);
    // The threshold is the tenant's: 5 % holds what 20 % lets through.
    expect(approvalAfterPricing(null, { ...byRep('10'), threshold: '5.00' }).status).toBe('PENDING');
  });

  it('keeps an approval given or asked for while the lines do not raise the discount', () => {
    expect(approvalAfterPricing(approved, byRep('30', '30'))).toBe(approved);
    expect(approvalAfterPricing(approved, byRep('25', '30'))).toBe(approved);
    expect(approvalAfterPricing(pending, byRep('30', '35'))).toBe(pending);
    // A manager's pricing above the threshold stands too while a rep does not raise it.
    expect(approvalAfterPricing(approvalNotNeeded, byRep('40', '50'))).toBe(approvalNotNeeded);
  });

  it('asks again when a rep raises the discount above the threshold and above what was covered', () => {
    const raised = { ...approvalNotNeeded, status: 'PENDING', requestedAt: at };
    expect(approvalAfterPricing(approved, byRep('30.01', '30'))).toEqual(raised);
    expect(approvalAfterPricing(pending, byRep('40', '35'))).toEqual(raised);
    expect(approvalAfterPricing(approvalNotNeeded, byRep('25', '10'))).toEqual(raised);
    // After a rejection, changed lines still above the threshold are a new request.
    expect(approvalAfterPricing(rejected, byRep('25', '50'))).toEqual(raised);
  });

  it('needs none any more once the lines come down to the threshold, whatever came before', () => {
    for (const current of [pending, approved, rejected]) {
      expect(approvalAfterPricing(current, byRep('15', '50'))).toEqual(approvalNotNeeded);
    }
  });
});

describe('assertNotHeld', () => {
  it("refuses a move while a rep's discount awaits approval or was rejected, with CONFLICT naming the approval", () => {
    const error = given(pending)
      .when((approval) => assertNotHeld(orderWorkflow, approval, 'CONFIRMED'))
      .refuses();
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      "An order whose discount awaits a manager's approval cannot move to CONFIRMED",
    );
    expect((error as ConflictError).details).toEqual({ approvalStatus: 'PENDING' });
    expect(() => assertNotHeld(quoteWorkflow, rejected, 'SENT')).toThrow(
      'A quote whose discount was rejected by a manager cannot move to SENT',
    );
  });

  it('lets the move go once approved, or when no approval was needed', () => {
    expect(() => assertNotHeld(orderWorkflow, approved, 'CONFIRMED')).not.toThrow();
    expect(() => assertNotHeld(quoteWorkflow, approvalNotNeeded, 'SENT')).not.toThrow();
  });
});

describe('discountDecision', () => {
  const heldOrder = { status: 'DRAFT', approval: pending } as OrderEntity;
  const approve = (order: OrderEntity) =>
    discountDecision(
      orderWorkflow,
      order,
      { status: 'APPROVED' },
      'crm.sales.order.discount_approved.v1',
      'boss',
      at,
    );

  it('approves a held DRAFT: who and when, the request kept, and the event', () => {
    expect(given(heldOrder).when(approve).decides()).toEqual({
      set: {
        approval: {
          status: 'APPROVED',
          requestedAt: earlier,
          decidedBy: 'boss',
          decidedAt: at,
          reason: null,
        },
      },
      event: 'crm.sales.order.discount_approved.v1',
    });
  });

  it('rejects with the reason', () => {
    const heldQuote = { status: 'DRAFT', approval: pending } as QuoteEntity;
    const decision = discountDecision(
      quoteWorkflow,
      heldQuote,
      { status: 'REJECTED', reason: 'Margin too thin' },
      'crm.sales.quote.discount_rejected.v1',
      'boss',
      at,
    );
    expect(decision.set).toEqual({
      approval: {
        ...pending,
        status: 'REJECTED',
        decidedBy: 'boss',
        decidedAt: at,
        reason: 'Margin too thin',
      },
    });
  });

  it('refuses to decide what awaits no approval, or an order no longer a DRAFT', () => {
    for (const approval of [approvalNotNeeded, approved, rejected]) {
      const error = given({ status: 'DRAFT', approval } as OrderEntity)
        .when(approve)
        .refuses();
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toEqual({ approvalStatus: approval.status });
    }
    expect(() => approve({ status: 'CANCELLED', approval: pending } as OrderEntity)).toThrow(
      "An order is CANCELLED: only a DRAFT's discount is approved or rejected",
    );
  });
});

describe('the threshold setting', () => {
  it('takes a percentage as line discounts are given, kept with two decimals', () => {
    const parse = (percent: string) => discountApprovalThresholdInput.safeParse({ percent });
    expect(parse('15').data).toEqual({ percent: '15.00' });
    expect(parse('012.5').data).toEqual({ percent: '12.50' });
    expect(parse('100.01').error?.issues[0]?.message).toBe('At most 100');
    expect(parse('-1').success).toBe(false);
  });
});
