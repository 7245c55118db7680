import {
  applyFilter,
  forbidden,
  filterUses,
  containsPattern,
  byKeys,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { CustomerFilter, CustomerOrderBy } from '../generated/graphql';
import { CustomerEntity } from './customer.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'c.id' },
  kind: { kind: 'enum', column: 'c.kind' },
  name: { kind: 'string', column: 'c.name' },
  email: { kind: 'string', column: 'c.email' },
  industry: { kind: 'string', column: 'c.industry' },
  segment: { kind: 'string', column: 'c.segment' },
  lifecycleStage: { kind: 'enum', column: 'c.lifecycle_stage' },
  country: { kind: 'string', column: 'c.address_country' },
  ownerId: { kind: 'string', column: 'c.owner_id' },
  tags: { kind: 'stringList', column: 'c.tags' },
  createdAt: { kind: 'dateTime', column: 'c.created_at' },
  updatedAt: { kind: 'dateTime', column: 'c.updated_at' },
};

const orderProperty = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The customer list: search (trigram-indexed, case-insensitive), typed filter, keyset pages. */
export function listCustomers(
  context: RequestContext,
  args: PageArgs & {
    search?: string | null;
    filter?: CustomerFilter | null;
    orderBy?: CustomerOrderBy | null;
  },
): Promise<Connection<CustomerEntity>> {
  // Who may not see email and phone may not search or filter by them either (no probing).
  const personal = context.seesPersonalData;
  if (!personal && filterUses(args.filter, ['email'])) throw forbidden('Your roles may not filter by email');
  const query = context.db.select(CustomerEntity, 'c');
  const search = args.search?.trim();
  if (search) {
    query.andWhere(
      personal
        ? '(c.name ILIKE :search OR c.email ILIKE :search OR c.phone ILIKE :search)'
        : 'c.name ILIKE :search',
      { search: containsPattern(search) },
    );
  }
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'name', direction: 'ASC' }),
    args,
  );
}

/** Batches customer lookups of one request (relations and `_entities`) into one query. */
export function customerLoader(context: RequestContext) {
  return context.loaders.get<string, CustomerEntity | null>('customerById', async (ids) =>
    byKeys(ids, await context.db.findByIds(CustomerEntity, ids), (customer) => customer.id),
  );
}
