import { priceBookSnapshot as priceBookSnapshotSchema, imageOf, type EventDataInput } from '@crm/events';
import { moneyText, optionalText, requiredText, unitPrice } from '@crm/platform';
import { z } from 'zod';
import type { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';

export type PriceBookSnapshot = EventDataInput<'crm.sales.price_book.created.v1'>['priceBook'];

export const createPriceBookInput = z.object({
  name: requiredText(200),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. EUR'),
  isStandard: z.boolean().nullish(),
  active: z.boolean().nullish(),
  description: optionalText(2000),
});

/** Currency and standard-ness are what the book's prices mean: they are fixed once created. */
export const updatePriceBookInput = z.object({
  name: requiredText(200).optional(),
  active: z.boolean().optional(),
  description: optionalText(2000),
});

export const priceBookEntryInput = z.object({ unitPrice });

export function priceBookSnapshot(book: PriceBookEntity, entries: PriceBookEntryEntity[]): PriceBookSnapshot {
  return imageOf(priceBookSnapshotSchema, book, {
    entries: entries
      .map((entry) => ({ productId: entry.productId, unitPrice: moneyText(entry.unitPrice) }))
      .sort((a, b) => a.productId.localeCompare(b.productId)),
  });
}
