// Order arithmetic and workflow as plain functions: exact decimals, cent rounding, legal status moves.
import { orderStatus } from '@crm/events';
import { ConflictError } from '@crm/platform';
import {
  assertOrderMove,
  canMoveOrder,
  orderNumber,
  parseOrderNumber,
  placeOrderInput,
} from '../src/order/order.rules';
import { orderTotals, priceLine } from '../src/order/orderTotals';

describe('priceLine and orderTotals', () => {
  it('multiplies and discounts exactly, rounding half up to cents', () => {
    expect(priceLine({ quantity: 3, unitPrice: '0.1', discountPercent: '0' }).lineTotal).toBe('0.30');
    expect(priceLine({ quantity: 2, unitPrice: '540', discountPercent: '10' }).lineTotal).toBe('972.00');
    // 1 × 0.125 = 0.125 → 0.13 (half up); 7 × 19.99 less 12.5 % = 122.438… → 122.44.
    expect(priceLine({ quantity: 1, unitPrice: '0.125', discountPercent: '0' }).lineTotal).toBe('0.13');
    expect(priceLine({ quantity: 7, unitPrice: '19.99', discountPercent: '12.5' }).lineTotal).toBe('122.44');
    expect(priceLine({ quantity: 5, unitPrice: '100', discountPercent: '100' }).lineTotal).toBe('0.00');
    // Beyond a float's precision: 999999 × 999999999999.999999 = 999998999999999999.000001, exactly.
    expect(priceLine({ quantity: 999_999, unitPrice: '999999999999.999999', discountPercent: '0' })).toEqual({
      grossCents: 99999899999999999900n,
      totalCents: 99999899999999999900n,
      lineTotal: '999998999999999999.00',
    });
    expect(priceLine({ quantity: 3, unitPrice: '333333333333.333333', discountPercent: '0' }).lineTotal).toBe(
      '1000000000000.00',
    );
  });

  it('sums the rounded lines into subtotal, discounts and total', () => {
    const lines = [
      priceLine({ quantity: 2, unitPrice: '540.00', discountPercent: '10' }),
      priceLine({ quantity: 1, unitPrice: '2500', discountPercent: '0' }),
      priceLine({ quantity: 3, unitPrice: '33.333333', discountPercent: '33.33' }),
    ];
    // 1080.00 + 2500.00 + 100.00 = 3680.00; 972.00 + 2500.00 + 66.67 = 3538.67.
    expect(orderTotals(lines)).toEqual({ subtotal: '3680.00', discountTotal: '141.33', total: '3538.67' });
    expect(orderTotals([])).toEqual({ subtotal: '0.00', discountTotal: '0.00', total: '0.00' });
  });
});

describe('order workflow', () => {
  const legal = [
    ['DRAFT', 'CONFIRMED'],
    ['DRAFT', 'CANCELLED'],
    ['CONFIRMED', 'SHIPPED'],
    ['CONFIRMED', 'CANCELLED'],
    ['SHIPPED', 'DELIVERED'],
  ];

  it('allows exactly the moves of DRAFT → CONFIRMED → SHIPPED → DELIVERED, and cancelling before shipping', () => {
    const allowed = orderStatus.options.flatMap((from) =>
      orderStatus.options.filter((to) => canMoveOrder(from, to)).map((to) => [from, to]),
    );
    expect(allowed).toEqual(legal);
  });

  it('refuses any other move with CONFLICT naming the allowed ones', () => {
    const error = (() => {
      try {
        assertOrderMove('SHIPPED', 'CANCELLED');
      } catch (thrown) {
        return thrown as ConflictError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.details).toMatchObject({ status: 'SHIPPED', allowed: ['DELIVERED'] });
    expect(() => assertOrderMove('CONFIRMED', 'SHIPPED')).not.toThrow();
  });
});

describe('order numbers and input', () => {
  it('writes and reads SO-numbers', () => {
    expect(orderNumber(123)).toBe('SO-000123');
    expect(orderNumber(1234567)).toBe('SO-1234567');
    expect(parseOrderNumber('so-000123')).toBe(123);
    expect(parseOrderNumber(' 42 ')).toBe(42);
    expect(parseOrderNumber('SO-12a')).toBeUndefined();
  });

  it('rejects negative or fractional quantities, bad discounts and empty orders by field', () => {
    const base = { customerId: '6f1c1a3e-1111-4c1c-9c1c-111111111111', currency: 'eur' };
    const product = '6f1c1a3e-2222-4c1c-9c1c-222222222222';
    expect(
      placeOrderInput.safeParse({ ...base, lines: [{ productId: product, quantity: 2 }] }).data,
    ).toMatchObject({ currency: 'EUR' });
    const issues = placeOrderInput.safeParse({
      ...base,
      lines: [
        { productId: product, quantity: -1 },
        { productId: product, quantity: 1.5 },
        { productId: product, quantity: 1, discountPercent: '100.01' },
        { productId: product, quantity: 1, unitPrice: '-5' },
      ],
    }).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['lines.0.quantity', 'At least 1'],
      ['lines.1.quantity', 'A whole number'],
      ['lines.2.discountPercent', 'At most 100'],
      ['lines.3.unitPrice', expect.stringMatching(/at least 0/)],
    ]);
    expect(placeOrderInput.safeParse({ ...base, lines: [] }).error?.issues[0]?.message).toBe(
      'An order needs at least one line',
    );
  });
});
