import { productSnapshot as productSnapshotSchema, imageOf, type EventDataInput } from '@crm/events';
import { optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import type { ProductEntity } from './product.entity';

export type ProductSnapshot = EventDataInput<'crm.sales.product.created.v1'>['product'];

export const createProductInput = z.object({
  sku: requiredText(64).regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'Letters, digits and . _ - / only'),
  name: requiredText(200),
  family: optionalText(100),
  description: optionalText(2000),
  active: z.boolean().nullish(),
});

export const updateProductInput = createProductInput.partial().extend({
  sku: createProductInput.shape.sku.optional(),
  name: requiredText(200).optional(),
  active: z.boolean().optional(),
});

export function productSnapshot(product: ProductEntity): ProductSnapshot {
  return imageOf(productSnapshotSchema, product);
}
