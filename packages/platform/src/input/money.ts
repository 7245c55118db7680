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
