import { z } from 'zod';
import type { WarrantyStatus } from '@crm/events';

/** A tenant that set nothing gives two years (the EU's legal guarantee). */
export const defaultWarrantyMonths = 24;

export const warrantyMonthsInput = z
  .number()
  .int('Whole months')
  .min(1, 'At least 1 month')
  .max(600, 'At most 50 years');

export interface WarrantyCheck {
  status: WarrantyStatus;
  /** The last day under warranty (ISO date). */
  endsOn: string;
  months: number;
}

/** `date` (YYYY-MM-DD) plus `months`, the day clamped to the target month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The warranty of goods delivered on `deliveredOn` for a repair asked on `askedAt`: under warranty up
 * to and including the day `months` after delivery.
 */
export function checkWarranty(deliveredOn: string, months: number, askedAt: Date): WarrantyCheck {
  const endsOn = addMonths(deliveredOn, months);
  const askedOn = askedAt.toISOString().slice(0, 10);
  return { status: askedOn <= endsOn ? 'IN_WARRANTY' : 'OUT_OF_WARRANTY', endsOn, months };
}
