import { centsText, optionalText } from '@crm/platform';
import { z } from 'zod';
import { calendarDate } from '../order/order.rules';

/** Sums of amounts per currency, kept in cents: money is never a float. */
export class CurrencySums {
  private readonly cents = new Map<string, bigint>();

  add(currency: string, cents: bigint): void {
    this.cents.set(currency, (this.cents.get(currency) ?? 0n) + cents);
  }

  /** One amount per currency, by currency code. */
  toMoney(): { amount: string; currency: string }[] {
    return [...this.cents.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, cents]) => ({ amount: centsText(cents), currency }));
  }
}

/** A share, or null when there is nothing to share (no deals, no leads). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The filters every analysis takes: a period of days (UTC, both included) and an owner. */
export const analysisFilter = z
  .object({
    from: calendarDate.nullish(),
    to: calendarDate.nullish(),
    ownerId: optionalText(100),
    campaignId: z.uuid('Not a UUID').nullish(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ['to'],
    message: 'Must not be before from',
  });
export type AnalysisFilter = z.output<typeof analysisFilter>;
