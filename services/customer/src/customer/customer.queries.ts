import { defineList, loaderById, type RequestContext } from '@crm/platform';
import type { CustomerOrderField } from '../generated/graphql';
import { CustomerEntity } from './customer.entity';

/** The customer list: search (trigram-indexed, case-insensitive), typed filter, keyset pages. */
export const listCustomers = defineList<CustomerEntity, CustomerOrderField>({
  entity: CustomerEntity,
  alias: 'c',
  filter: {
    id: 'id',
    kind: 'enum',
    name: 'string',
    email: 'string',
    industry: 'string',
    segment: 'string',
    lifecycleStage: 'enum',
    country: { kind: 'string', column: 'c.address_country' },
    ownerId: 'string',
    tags: 'stringList',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  personalFilters: ['email'],
  orderBy: { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  defaultOrder: { property: 'name', direction: 'ASC' },
  search: (_, personal) => ({
    where: personal
      ? '(c.name ILIKE :search OR c.email ILIKE :search OR c.phone ILIKE :search)'
      : 'c.name ILIKE :search',
  }),
});

/** Batches customer lookups of one request (relations and `_entities`) into one query. */
export const customerLoader = (context: RequestContext) => loaderById(context, CustomerEntity);
