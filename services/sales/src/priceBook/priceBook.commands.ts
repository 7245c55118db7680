import { defineAggregate, within } from '@crm/events';
import {
  badUserInput,
  conflict,
  givenFields,
  parseInput,
  type RequestContext,
  type TenantDb,
  uniqueOrConflict,
} from '@crm/platform';
import type {
  MutationCreatePriceBookArgs,
  MutationDeletePriceBookArgs,
  MutationSetPriceBookEntryArgs,
  MutationUpdatePriceBookArgs,
} from '../generated/graphql';
import { ProductEntity } from '../product/product.entity';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';
import {
  createPriceBookInput,
  priceBookEntryInput,
  priceBookSnapshot,
  updatePriceBookInput,
} from './priceBook.rules';

/** A price book with its unit prices (entries): a price set or removed is a change of the book. */
export const priceBooks = defineAggregate({
  name: 'PriceBook',
  entity: PriceBookEntity,
  eventKey: 'priceBook',
  image: priceBookSnapshot,
  loadParts: (tx, book) =>
    tx.manager.find(PriceBookEntryEntity, { where: { priceBookId: book.id, tenantId: tx.tenantId } }),
});

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

export function createPriceBook(
  context: RequestContext,
  { input: rawInput }: MutationCreatePriceBookArgs,
): Promise<PriceBookEntity> {
  const input = parseInput(createPriceBookInput, rawInput);
  const isStandard = input.isStandard ?? false;
  return context.db.transaction(async (tx) => {
    if (isStandard) await assertNoOtherStandard(tx, input.currency);
    return uniqueOrConflict(
      priceBooks.create(within(context, tx), 'createPriceBook', {
        values: {
          name: input.name,
          currency: input.currency,
          isStandard,
          active: input.active ?? true,
          description: input.description ?? null,
        },
        // A new book has no prices yet.
        writeParts: async () => [],
        event: 'crm.sales.price_book.created.v1',
      }),
      `${input.currency} has a standard price book already`,
    );
  });
}

export function updatePriceBook(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdatePriceBookArgs,
): Promise<PriceBookEntity> {
  const input = parseInput(updatePriceBookInput, rawInput);
  return priceBooks.change(context, { id, expectedVersion, operation: 'updatePriceBook' }, () => ({
    set: givenFields(input),
    event: 'crm.sales.price_book.updated.v1',
  }));
}

export function deletePriceBook(
  context: RequestContext,
  { id, expectedVersion }: MutationDeletePriceBookArgs,
): Promise<PriceBookEntity> {
  return priceBooks.remove(
    context,
    { id, expectedVersion, operation: 'deletePriceBook' },
    { event: 'crm.sales.price_book.deleted.v1' },
  );
}

/**
 * Sets (or, with `unitPrice` null, removes) a product's unit price in a book; the book's version
 * goes up and price_book.updated names `entries`.
 */
export function setPriceBookEntry(
  context: RequestContext,
  { priceBookId, productId, unitPrice: rawUnitPrice = null }: MutationSetPriceBookEntryArgs,
): Promise<PriceBookEntity> {
  const price =
    rawUnitPrice === null
      ? null
      : parseInput(priceBookEntryInput, { unitPrice: rawUnitPrice }, 'input').unitPrice;
  return priceBooks.change(
    context,
    { id: priceBookId, operation: 'setPriceBookEntry' },
    async (_, { parts: entries, tx }) => {
      const product = await tx.findById(ProductEntity, productId);
      if (!product) throw badUserInput({ productId: 'No such product' });
      const existing = entries.find((entry) => entry.productId === productId);
      const others = entries.filter((entry) => entry !== existing);
      if (price === null) {
        if (existing) await tx.remove(PriceBookEntryEntity, existing);
        return { parts: others, event: 'crm.sales.price_book.updated.v1' };
      }
      if (!product.active && !existing) throw badUserInput({ productId: 'The product is not active' });
      const entry =
        existing ??
        tx.manager.create(PriceBookEntryEntity, { tenantId: tx.tenantId, priceBookId, productId });
      entry.unitPrice = price;
      await tx.save(PriceBookEntryEntity, entry);
      return { parts: [...others, entry], event: 'crm.sales.price_book.updated.v1' };
    },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const priceBookMutations = { createPriceBook, updatePriceBook, deletePriceBook, setPriceBookEntry };
