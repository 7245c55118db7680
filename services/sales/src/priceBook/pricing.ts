import { badUserInput, type TenantDb } from '@crm/platform';
import { In, type DeepPartial, type EntityTarget, type FindManyOptions } from 'typeorm';
import { maxCents, orderTotals, priceLine, type OrderTotals, type PricedLine } from '../order/orderTotals';
import { ProductEntity } from '../product/product.entity';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';
import type { ProductLineRecord } from './productLine.entity';

/** A line as a client asks for it: the price comes from the book unless a permitted role gave one. */
export interface LineRequest {
  productId: string;
  quantity: number;
  unitPrice?: string | null;
  discountPercent?: string | null;
}

/** A line priced by the service: what orders, quotes and opportunity lines store. */
export interface PricedProductLine {
  position: number;
  productId: string;
  sku: string;
  productName: string;
  quantity: number;
  unitPrice: string;
  /** The book's price (null when the book has none and a permitted role gave the price). */
  listPrice: string | null;
  priceOverridden: boolean;
  discountPercent: string;
  lineTotal: string;
  priced: PricedLine;
}

/** The tenant's active standard price book of a currency, if any. */
export function standardPriceBook(tx: TenantDb, currency: string): Promise<PriceBookEntity | null> {
  return tx
    .select(PriceBookEntity, 'b')
    .andWhere('b.currency = :currency AND b.isStandard AND b.active', { currency })
    .getOne();
}

/**
 * The price book a deal's lines or quote are priced from: the one named (active, in the deal's currency),
 * else the standard book of the deal's currency.
 */
export async function chosenPriceBook(
  tx: TenantDb,
  priceBookId: string | null | undefined,
  currency: string,
): Promise<PriceBookEntity> {
  const field = 'input.priceBookId';
  if (!priceBookId) {
    const standard = await standardPriceBook(tx, currency);
    if (!standard) throw badUserInput({ [field]: `No active standard price book for ${currency}` });
    return standard;
  }
  const book = await tx.findById(PriceBookEntity, priceBookId);
  if (!book) throw badUserInput({ [field]: 'No such price book' });
  if (!book.active) throw badUserInput({ [field]: 'The price book is not active' });
  if (book.currency !== currency) {
    throw badUserInput({ [field]: `The price book is in ${book.currency}, the opportunity in ${currency}` });
  }
  return book;
}

function missingPrice(book: PriceBookEntity | null, currency: string): string {
  if (!book) return `No active standard price book for ${currency}`;
  return book.isStandard ? `No price in the standard ${currency} price book` : `No price in ${book.name}`;
}

/**
 * Prices lines from a price book: each product must be the tenant's and active, its unit price is the
 * book's unless the line gives one (the caller checks who may). Every problem is reported at once, by
 * line (`<field>.<index>.productId`), before anything is written. Totals as orderTotals computes them.
 */
export async function priceFromBook(
  tx: TenantDb,
  book: PriceBookEntity | null,
  currency: string,
  requests: LineRequest[],
  field = 'input.lines',
): Promise<{ lines: PricedProductLine[]; totals: OrderTotals }> {
  const productIds = [...new Set(requests.map((line) => line.productId))];
  const products = await tx.findByIds(ProductEntity, productIds);
  const entries = book
    ? await tx.manager.find(PriceBookEntryEntity, {
        where: { tenantId: tx.tenantId, priceBookId: book.id, productId: In(productIds) },
      })
    : [];
  const errors: Record<string, string> = {};
  const lines = requests.map((line, index) => {
    const lineField = `${field}.${index}`;
    const product = products.find((candidate) => candidate.id === line.productId);
    const listPrice = entries.find((entry) => entry.productId === line.productId)?.unitPrice ?? null;
    if (!product) errors[`${lineField}.productId`] = 'No such product';
    else if (!product.active) errors[`${lineField}.productId`] = 'The product is not active';
    else if (line.unitPrice == null && listPrice === null) {
      errors[`${lineField}.productId`] = missingPrice(book, currency);
    }
    const unitPrice = line.unitPrice ?? listPrice ?? '0';
    const discountPercent = line.discountPercent ?? '0';
    const priced = priceLine({ quantity: line.quantity, unitPrice, discountPercent });
    if (priced.grossCents > maxCents) errors[`${lineField}.quantity`] = 'The line total is too large';
    return {
      position: index + 1,
      productId: line.productId,
      sku: product?.sku ?? '',
      productName: product?.name ?? '',
      quantity: line.quantity,
      unitPrice,
      listPrice,
      priceOverridden: line.unitPrice != null,
      discountPercent,
      lineTotal: priced.lineTotal,
      priced,
    };
  });
  if (Object.keys(errors).length > 0) throw badUserInput(errors);
  const totals = orderTotals(lines.map((line) => line.priced));
  if (BigInt(totals.subtotal.replace('.', '')) > maxCents) {
    throw badUserInput({ [field]: 'The total is too large' });
  }
  return { lines, totals };
}

/** A priced line as a quote, order or deal stores it (a quote keeps no list price). */
export type ProductLineValues = Omit<PricedProductLine, 'priced'>;

/** Writes an aggregate's priced lines in the caller's transaction, in their order; `owner` links them. */
export async function writeLines<L extends ProductLineRecord>(
  tx: TenantDb,
  entity: EntityTarget<L>,
  owner: DeepPartial<L>,
  lines: readonly ProductLineValues[],
): Promise<L[]> {
  const rows: L[] = [];
  for (const line of lines) {
    // create() keeps the columns the entity has: a quote line drops the list price.
    const row = tx.manager.create(entity, { ...line, ...owner, tenantId: tx.tenantId } as DeepPartial<L>);
    await tx.save(entity, row);
    rows.push(row);
  }
  return rows;
}

/** An aggregate's lines in their order, read when it is locked: the loadParts of quotes, orders and deals. */
export function linesOf<L extends ProductLineRecord>(
  entity: EntityTarget<L>,
  key: 'quoteId' | 'orderId' | 'opportunityId',
): (tx: TenantDb, row: { id: string }) => Promise<L[]> {
  return (tx, row) =>
    tx.manager.find(entity, {
      where: { [key]: row.id, tenantId: tx.tenantId },
      order: { position: 'ASC' },
    } as FindManyOptions<L>);
}
