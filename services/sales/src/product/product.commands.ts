import { recordChange } from '@crm/events';
import {
  changedFields,
  conflict,
  parseInput,
  type RequestContext,
  type TenantDb,
  uniqueOrConflict,
} from '@crm/platform';
import { ProductEntity } from './product.entity';
import { createProductInput, productSnapshot, updateProductInput } from './product.rules';

async function assertSkuFree(tx: TenantDb, sku: string, exceptId?: string): Promise<void> {
  const taken = await tx.select(ProductEntity, 'p').andWhere('p.sku = :sku', { sku }).getOne();
  if (taken && taken.id !== exceptId) {
    throw conflict(`SKU ${sku} is already used by product ${taken.id}`, { productId: taken.id });
  }
}

export async function createProduct(context: RequestContext, rawInput: unknown): Promise<ProductEntity> {
  const input = parseInput(createProductInput, rawInput);
  return context.db.transaction(async (tx) => {
    await assertSkuFree(tx, input.sku);
    const product = tx.manager.create(ProductEntity, {
      tenantId: tx.tenantId,
      sku: input.sku,
      name: input.name,
      family: input.family ?? null,
      description: input.description ?? null,
      active: input.active ?? true,
    });
    await uniqueOrConflict(tx.save(ProductEntity, product), `SKU ${input.sku} is already used`);
    const after = productSnapshot(product);
    await recordChange(tx, context.actor, {
      operation: 'createProduct',
      entityType: 'Product',
      entityId: product.id,
      before: null,
      after,
      event: {
        type: 'crm.sales.product.created.v1',
        data: { product: after, changedFields: changedFields(null, after) },
      },
    });
    return product;
  });
}

export async function updateProduct(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<ProductEntity> {
  const input = parseInput(updateProductInput, rawInput);
  return context.db.transaction(async (tx) => {
    const product = await tx.findForUpdate(ProductEntity, 'Product', id, expectedVersion);
    if (input.sku !== undefined) await assertSkuFree(tx, input.sku, id);
    const before = productSnapshot(product);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(product, { [key]: value });
    }
    const changed = changedFields(before, productSnapshot(product));
    if (changed.length === 0) return product;
    await uniqueOrConflict(tx.save(ProductEntity, product), `SKU ${product.sku} is already used`);
    const after = productSnapshot(product);
    await recordChange(tx, context.actor, {
      operation: 'updateProduct',
      entityType: 'Product',
      entityId: id,
      before,
      after,
      event: { type: 'crm.sales.product.updated.v1', data: { product: after, changedFields: changed } },
    });
    return product;
  });
}

/** Deletes the product and, by cascade, its prices (the price books' own events are not repeated). */
export async function deleteProduct(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<ProductEntity> {
  return context.db.transaction(async (tx) => {
    const product = await tx.findForUpdate(ProductEntity, 'Product', id, expectedVersion);
    const before = productSnapshot(product);
    await tx.remove(ProductEntity, product);
    await recordChange(tx, context.actor, {
      operation: 'deleteProduct',
      entityType: 'Product',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.sales.product.deleted.v1', data: { product: before, changedFields: [] } },
    });
    return Object.assign(product, { id });
  });
}
