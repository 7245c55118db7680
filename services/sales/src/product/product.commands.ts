import { defineAggregate, within } from '@crm/events';
import {
  conflict,
  givenFields,
  parseInput,
  type RequestContext,
  type TenantDb,
  uniqueOrConflict,
} from '@crm/platform';
import type {
  MutationCreateProductArgs,
  MutationDeleteProductArgs,
  MutationUpdateProductArgs,
} from '../generated/graphql';
import { ProductEntity } from './product.entity';
import { createProductInput, productSnapshot, updateProductInput } from './product.rules';

export const products = defineAggregate({
  name: 'Product',
  entity: ProductEntity,
  eventKey: 'product',
  image: productSnapshot,
});

async function assertSkuFree(tx: TenantDb, sku: string, exceptId?: string): Promise<void> {
  const taken = await tx.select(ProductEntity, 'p').andWhere('p.sku = :sku', { sku }).getOne();
  if (taken && taken.id !== exceptId) {
    throw conflict(`SKU ${sku} is already used by product ${taken.id}`, { productId: taken.id });
  }
}

export function createProduct(
  context: RequestContext,
  { input: rawInput }: MutationCreateProductArgs,
): Promise<ProductEntity> {
  const input = parseInput(createProductInput, rawInput);
  return context.db.transaction(async (tx) => {
    await assertSkuFree(tx, input.sku);
    return uniqueOrConflict(
      products.create(within(context, tx), 'createProduct', {
        values: {
          sku: input.sku,
          name: input.name,
          family: input.family ?? null,
          description: input.description ?? null,
          active: input.active ?? true,
        },
        event: 'crm.sales.product.created.v1',
      }),
      `SKU ${input.sku} is already used`,
    );
  });
}

export function updateProduct(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateProductArgs,
): Promise<ProductEntity> {
  const input = parseInput(updateProductInput, rawInput);
  return uniqueOrConflict(
    products.change(context, { id, expectedVersion, operation: 'updateProduct' }, async (_, { tx }) => {
      if (input.sku !== undefined) await assertSkuFree(tx, input.sku, id);
      return { set: givenFields(input), event: 'crm.sales.product.updated.v1' };
    }),
    `SKU ${input.sku} is already used`,
  );
}

/** Deletes the product and, by cascade, its prices (the price books' own events are not repeated). */
export function deleteProduct(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteProductArgs,
): Promise<ProductEntity> {
  return products.remove(
    context,
    { id, expectedVersion, operation: 'deleteProduct' },
    { event: 'crm.sales.product.deleted.v1' },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const productMutations = { createProduct, updateProduct, deleteProduct };
