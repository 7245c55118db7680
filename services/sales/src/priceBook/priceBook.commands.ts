import { recordChange } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  parseInput,
  type RequestContext,
  type TenantDb,
  uniqueOrConflict,
} from '@crm/platform';
import { ProductEntity } from '../product/product.entity';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';
import {
  createPriceBookInput,
  priceBookEntryInput,
  priceBookSnapshot,
  updatePriceBookInput,
} from './priceBook.rules';

function entriesOf(tx: TenantDb, priceBookId: string): Promise<PriceBookEntryEntity[]> {
  return tx.manager.find(PriceBookEntryEntity, { where: { priceBookId, tenantId: tx.tenantId } });
}

async function assertNoOtherStandard(tx: TenantDb, currency: string): Promise<void> {
  const standard = await tx
    .select(PriceBookEntity, 'b')
    .andWhere('b.currency = :currency AND b.isStandard', { currency })
    .getOne();
  if (standard) {
    throw conflict(`${currency} has a standard price book already (${standard.id})`, {
      priceBookId: standard.id,
    });
  }
}

export async function createPriceBook(context: RequestContext, rawInput: unknown): Promise<PriceBookEntity> {
  const input = parseInput(createPriceBookInput, rawInput);
  return context.db.transaction(async (tx) => {
    const isStandard = input.isStandard ?? false;
    if (isStandard) await assertNoOtherStandard(tx, input.currency);
    const book = tx.manager.create(PriceBookEntity, {
      tenantId: tx.tenantId,
      name: input.name,
      currency: input.currency,
      isStandard,
      active: input.active ?? true,
      description: input.description ?? null,
    });
    await uniqueOrConflict(
      tx.save(PriceBookEntity, book),
      `${input.currency} has a standard price book already`,
    );
    const after = priceBookSnapshot(book, []);
    await recordChange(tx, context.actor, {
      operation: 'createPriceBook',
      entityType: 'PriceBook',
      entityId: book.id,
      before: null,
      after,
      event: {
        type: 'crm.sales.price_book.created.v1',
        data: { priceBook: after, changedFields: changedFields(null, after) },
      },
    });
    return book;
  });
}

export async function updatePriceBook(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<PriceBookEntity> {
  const input = parseInput(updatePriceBookInput, rawInput);
  return context.db.transaction(async (tx) => {
    const book = await tx.findForUpdate(PriceBookEntity, 'PriceBook', id, expectedVersion);
    const entries = await entriesOf(tx, id);
    const before = priceBookSnapshot(book, entries);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(book, { [key]: value });
    }
    const changed = changedFields(before, priceBookSnapshot(book, entries));
    if (changed.length === 0) return book;
    await tx.save(PriceBookEntity, book);
    const after = priceBookSnapshot(book, entries);
    await recordChange(tx, context.actor, {
      operation: 'updatePriceBook',
      entityType: 'PriceBook',
      entityId: id,
      before,
      after,
      event: { type: 'crm.sales.price_book.updated.v1', data: { priceBook: after, changedFields: changed } },
    });
    return book;
  });
}

export async function deletePriceBook(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<PriceBookEntity> {
  return context.db.transaction(async (tx) => {
    const book = await tx.findForUpdate(PriceBookEntity, 'PriceBook', id, expectedVersion);
    const before = priceBookSnapshot(book, await entriesOf(tx, id));
    await tx.remove(PriceBookEntity, book);
    await recordChange(tx, context.actor, {
      operation: 'deletePriceBook',
      entityType: 'PriceBook',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.sales.price_book.deleted.v1', data: { priceBook: before, changedFields: [] } },
    });
    return Object.assign(book, { id });
  });
}

/**
 * Sets (or, with `unitPrice` null, removes) a product's unit price in a book; the book's version
 * goes up and price_book.updated names `entries`.
 */
export async function setPriceBookEntry(
  context: RequestContext,
  priceBookId: string,
  productId: string,
  rawUnitPrice: string | null,
): Promise<PriceBookEntity> {
  const price =
    rawUnitPrice === null
      ? null
      : parseInput(priceBookEntryInput, { unitPrice: rawUnitPrice }, 'input').unitPrice;
  return context.db.transaction(async (tx) => {
    const book = await tx.findForUpdate(PriceBookEntity, 'PriceBook', priceBookId);
    const product = await tx.findById(ProductEntity, productId);
    if (!product) throw badUserInput({ productId: 'No such product' });
    const entries = await entriesOf(tx, priceBookId);
    const before = priceBookSnapshot(book, entries);
    const existing = entries.find((entry) => entry.productId === productId);
    let remaining = entries.filter((entry) => entry !== existing);
    if (price !== null) {
      if (!product.active && !existing) throw badUserInput({ productId: 'The product is not active' });
      const entry =
        existing ??
        tx.manager.create(PriceBookEntryEntity, { tenantId: tx.tenantId, priceBookId, productId });
      entry.unitPrice = price;
      await tx.save(PriceBookEntryEntity, entry);
      remaining = [...remaining, entry];
    } else if (existing) {
      await tx.remove(PriceBookEntryEntity, existing);
    }
    const changed = changedFields(before, priceBookSnapshot(book, remaining));
    if (changed.length === 0) return book;
    // An entry change alone still bumps the book's version: the book as a whole changed.
    book.updatedAt = new Date();
    await tx.save(PriceBookEntity, book);
    const after = priceBookSnapshot(book, remaining);
    await recordChange(tx, context.actor, {
      operation: 'setPriceBookEntry',
      entityType: 'PriceBook',
      entityId: priceBookId,
      before,
      after,
      event: { type: 'crm.sales.price_book.updated.v1', data: { priceBook: after, changedFields: changed } },
    });
    return book;
  });
}
