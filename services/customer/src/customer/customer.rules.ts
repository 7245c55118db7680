import {
  customerKind,
  customerSnapshot as customerSnapshotSchema,
  imageOf,
  lifecycleStage,
  type CustomerSnapshot,
} from '@crm/events';
import { email, isCountryCode, optionalText, phone, requiredText, tags } from '@crm/platform';
import { z } from 'zod';
import type { Address, CustomerEntity } from './customer.entity';

const address = z
  .object({
    line1: optionalText(200),
    line2: optionalText(200),
    city: optionalText(100),
    region: optionalText(100),
    postalCode: optionalText(20),
    country: z
      .string()
      .trim()
      .toUpperCase()
      // The same list the CountryCode output scalar checks: a code stored must be readable again.
      .refine(isCountryCode, 'ISO 3166-1 alpha-2 code, e.g. DE')
      .nullish(),
  })
  .nullish();

export const createCustomerInput = z.object({
  kind: customerKind,
  name: requiredText(200),
  email,
  phone,
  address,
  industry: optionalText(100),
  segment: optionalText(100),
  lifecycleStage: lifecycleStage.nullish(),
  tags: tags.nullish(),
  ownerId: optionalText(100),
});

export const updateCustomerInput = createCustomerInput
  .omit({ kind: true })
  .partial()
  .extend({
    name: requiredText(200).optional(),
    lifecycleStage: lifecycleStage.optional(),
    tags: tags.optional(),
  });

export type CreateCustomer = z.output<typeof createCustomerInput>;
export type UpdateCustomer = z.output<typeof updateCustomerInput>;

export function toAddress(input: CreateCustomer['address']): Address {
  return {
    line1: input?.line1 ?? null,
    line2: input?.line2 ?? null,
    city: input?.city ?? null,
    region: input?.region ?? null,
    postalCode: input?.postalCode ?? null,
    country: input?.country ?? null,
  };
}

/** An address with no part set is no address (GraphQL null). */
export function hasAddress(address: Address): boolean {
  return Object.values(address).some((value) => value != null);
}

/** The customer as published in events: the catalogue's snapshot of the row. */
export function customerSnapshot(customer: CustomerEntity): CustomerSnapshot {
  return imageOf(customerSnapshotSchema, customer, {
    address: hasAddress(customer.address) ? customer.address : null,
  });
}
