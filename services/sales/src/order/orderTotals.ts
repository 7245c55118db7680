/**
 * Order arithmetic on exact decimals: amounts are scaled integers (BigInt), never floats. Unit prices
 * carry up to 6 decimals; line totals and order totals are rounded half up to cents.
 */

import { centsText } from '@crm/platform';

const priceScale = 6;
const priceUnit = 10n ** BigInt(priceScale);
const centsPerPriceUnit = 10n ** BigInt(priceScale - 2);
const hundredPercent = 100n * priceUnit;

/** "12.5" → 12500000n (6 decimals). */
function toMicros(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) throw new Error(`Not a non-negative decimal of at most 6 decimals: ${text}`);
  return BigInt(match[1]!) * priceUnit + BigInt((match[2] ?? '').padEnd(priceScale, '0'));
}

function roundedDivision(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator / 2n) / denominator;
}

export interface LinePricing {
  quantity: number;
  unitPrice: string;
  discountPercent: string;
}

export interface PricedLine {
  /** quantity × unitPrice, in cents. */
  grossCents: bigint;
  /** The gross less the discount, in cents. */
  totalCents: bigint;
  lineTotal: string;
}

export function priceLine(line: LinePricing): PricedLine {
  const gross = BigInt(line.quantity) * toMicros(line.unitPrice);
  const net = gross * (hundredPercent - toMicros(line.discountPercent));
  const totalCents = roundedDivision(net, hundredPercent * centsPerPriceUnit);
  return {
    grossCents: roundedDivision(gross, centsPerPriceUnit),
    totalCents,
    lineTotal: centsText(totalCents),
  };
}

export interface OrderTotals {
  subtotal: string;
  discountTotal: string;
  total: string;
}

/** Subtotal (before discounts), the discounts and the total: the sums of the lines' rounded amounts. */
export function orderTotals(lines: PricedLine[]): OrderTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.grossCents, 0n);
  const total = lines.reduce((sum, line) => sum + line.totalCents, 0n);
  return {
    subtotal: centsText(subtotal),
    discountTotal: centsText(subtotal - total),
    total: centsText(total),
  };
}

/** The largest amount an event or the numeric(21,2) columns carry: 15 digits before the point. */
export const maxCents = 10n ** 17n - 1n;
