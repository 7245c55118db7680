import { z } from 'zod';

/** A unit price as the Decimal scalar gives it, at least zero. */
export const unitPrice = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,6})?$/, 'A decimal of at least 0 with at most 6 decimals, e.g. "1234.50"');

/**
 * PostgreSQL's numeric(21,6) text without the padding zeros ("120.500000" → "120.50"): two decimals at
 * least, as money is written, and every significant one.
 */
export function moneyText(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  const significant = fraction.replace(/0+$/, '');
  return `${whole}.${significant.padEnd(2, '0')}`;
}

/** "1234.5" or "1234.50" (at most 2 decimals, as amounts are kept) → 123450n cents: money is never a float. */
export function toCents(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`Not a non-negative amount of at most 2 decimals: ${text}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 123450n cents → "1234.50". */
export function centsText(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
