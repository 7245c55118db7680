// The pure rules of after-sales: the RMA workflow and its steps, what a return may ask, the value of
// returned units and the warranty of a repair.
import {
  refundTooHigh,
  returnedLineValue,
  returnedValue,
  returnErrors,
  rmaMoveAllowed,
  rmaMove,
  rmaNumber,
} from '../src/rma/rma.rules';
import { addMonths, checkWarranty } from '../src/warranty/warranty.rules';

describe('the RMA workflow', () => {
  test.each([
    ['ISSUED', 'APPROVED', true],
    ['ISSUED', 'REJECTED', true],
    ['APPROVED', 'RECEIVED', true],
    ['APPROVED', 'REJECTED', true],
    ['RECEIVED', 'REFUNDED', true],
    ['ISSUED', 'RECEIVED', false],
    ['ISSUED', 'REFUNDED', false],
    ['APPROVED', 'REFUNDED', false],
    ['RECEIVED', 'REJECTED', false],
    ['REFUNDED', 'REJECTED', false],
    ['REJECTED', 'APPROVED', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(rmaMoveAllowed(from, to)).toBe(allowed);
  });

  test('numbers read RMA-000042', () => {
    expect(rmaNumber(42)).toBe('RMA-000042');
    expect(rmaNumber(1234567)).toBe('RMA-1234567');
  });
});

describe('what a return may ask', () => {
  const ordered = [
    { id: 'a', quantity: 4 },
    { id: 'b', quantity: 1 },
  ];

  test('at most the units ordered less those under an RMA already', () => {
    const returned = new Map([['a', 3]]);
    expect(returnErrors([{ orderLineId: 'a', quantity: 1 }], ordered, returned)).toEqual({});
    expect(returnErrors([{ orderLineId: 'a', quantity: 2 }], ordered, returned)).toEqual({
      'input.lines.0.quantity': 'At most 1 can still be returned',
    });
    expect(returnErrors([{ orderLineId: 'a', quantity: 1 }], ordered, new Map([['a', 4]]))).toEqual({
      'input.lines.0.quantity': 'Every unit of this line is returned already',
    });
  });

  test('only lines of the order, each once', () => {
    expect(
      returnErrors(
        [
          { orderLineId: 'b', quantity: 1 },
          { orderLineId: 'x', quantity: 1 },
          { orderLineId: 'b', quantity: 1 },
        ],
        ordered,
        new Map(),
      ),
    ).toEqual({
      'input.lines.1.orderLineId': 'Not a line of this order',
      'input.lines.2.orderLineId': 'Listed twice',
    });
  });
});

describe('the value of returned units', () => {
  test('is the line total shared by the units ordered, rounded half up to cents', () => {
    // 3 units for 100.00: one is 33.333… → 33.33, two are 66.666… → 66.67.
    expect(returnedLineValue('100.00', 1, 3)).toBe(3333n);
    expect(returnedLineValue('100.00', 2, 3)).toBe(6667n);
    expect(returnedLineValue('0.05', 1, 2)).toBe(3n); // 2.5 cents → 3
    expect(returnedLineValue(null, 1, 2)).toBeNull();
    expect(returnedValue([3333n, 6667n, 5n])).toBe('100.05');
    expect(returnedValue([3333n, null])).toBeNull();
  });

  test('caps the refund', () => {
    expect(refundTooHigh('100.05', '100.05')).toBe(false);
    expect(refundTooHigh('100.06', '100.05')).toBe(true);
    expect(refundTooHigh('1000000', null)).toBe(false);
  });
});

describe('the warranty of a repair', () => {
  test('runs whole months from delivery, the day clamped to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', 24)).toBe('2026-03-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });

  test('covers a repair asked up to and including its last day', () => {
    expect(checkWarranty('2024-03-15', 24, new Date('2026-03-15T23:59:00Z'))).toEqual({
      status: 'IN_WARRANTY',
      endsOn: '2026-03-15',
      months: 24,
    });
    expect(checkWarranty('2024-03-15', 24, new Date('2026-03-16T00:00:00Z')).status).toBe('OUT_OF_WARRANTY');
  });
});

const now = new Date('2026-03-10T12:00:00.000Z');

describe('rmaMove', () => {
  it('records each step with its time and event', () => {
    const issued = { status: 'ISSUED', returnedValue: '100.00' } as const;
    expect(rmaMove(issued, { to: 'REJECTED', reason: 'Used' }, now)).toEqual({
      set: { status: 'REJECTED', rejectedAt: now, rejectionReason: 'Used' },
      event: 'crm.service.rma.rejected.v1',
    });
    expect(rmaMove({ ...issued, status: 'RECEIVED' }, { to: 'REFUNDED', amount: '100' }, now)).toEqual({
      set: { status: 'REFUNDED', refundAmount: '100', refundedAt: now },
      event: 'crm.service.rma.refunded.v1',
    });
  });

  it('refuses a step out of order (CONFLICT) and a refund above the goods (BAD_USER_INPUT)', () => {
    expect(() => rmaMove({ status: 'ISSUED', returnedValue: null }, { to: 'RECEIVED' }, now)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'An RMA ISSUED cannot become RECEIVED' }),
    );
    expect(() =>
      rmaMove({ status: 'RECEIVED', returnedValue: '10.00' }, { to: 'REFUNDED', amount: '10.01' }, now),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        fields: { amount: 'At most 10.00, what the returned goods cost' },
      }),
    );
  });
});
