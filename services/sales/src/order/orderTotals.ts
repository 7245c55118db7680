/**
 * Order arithmetic on exact decimals: amounts are scaled integers (BigInt), never floats. Unit prices
 * carry up to 6 decimals; line totals and order totals are rounded half up to cents.
 */

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

/** 123450n cents → "1234.50". */
export function centsText(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
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

/** "1234.5" or "1234.50" (at most 2 decimals, as amounts are kept) → 123450n cents. */
export function toCents(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`Not a non-negative amount of at most 2 decimals: ${text}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
