import {
  applyFilter,
  forbidden,
  filterUses,
  containsPattern,
  byKeys,
  groupByKeys,
  paginate,
  sortOrder,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import { In } from 'typeorm';
import type { ContactFilter, ContactOrderBy } from '../generated/graphql';
import { ContactEntity, ContactRoleEntity } from './contact.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'k.id' },
  firstName: { kind: 'string', column: 'k.first_name' },
  lastName: { kind: 'string', column: 'k.last_name' },
  email: { kind: 'string', column: 'k.email' },
  organizationId: {
    kind: 'idList',
    column: 'ARRAY(SELECT r.customer_id FROM contact_role r WHERE r.contact_id = k.id)',
  },
  createdAt: { kind: 'dateTime', column: 'k.created_at' },
};

const orderProperty = { LAST_NAME: 'lastName', CREATED_AT: 'createdAt' } as const;

export function listContacts(
  context: RequestContext,
  args: PageArgs & { search?: string | null; filter?: ContactFilter | null; orderBy?: ContactOrderBy | null },
) {
  // Who may not see email and phone may not search or filter by them either (no probing).
  const personal = context.seesPersonalData;
  if (!personal && filterUses(args.filter, ['email'])) throw forbidden('Your roles may not filter by email');
  const query = context.db.select(ContactEntity, 'k');
  const search = args.search?.trim();
  if (search) {
    const name = "(k.first_name || ' ' || k.last_name) ILIKE :search";
    query.andWhere(personal ? `(${name} OR k.email ILIKE :search OR k.phone ILIKE :search)` : name, {
      search: containsPattern(search),
    });
  }
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'lastName', direction: 'ASC' }),
    args,
  );
}

export function contactLoader(context: RequestContext) {
  return context.loaders.get<string, ContactEntity | null>('contactById', async (ids) =>
    byKeys(ids, await context.db.findByIds(ContactEntity, ids), (contact) => contact.id),
  );
}

/** Roles of many organizations in one query (Customer.contacts over a list). */
export function rolesByOrganizationLoader(context: RequestContext) {
  return context.loaders.get<string, ContactRoleEntity[]>('rolesByOrganization', async (ids) =>
    groupByKeys(
      ids,
      await context.db.manager.find(ContactRoleEntity, {
        where: { customerId: In([...ids]), tenantId: context.db.tenantId },
        order: { role: 'ASC' },
      }),
      (role) => role.customerId,
    ),
  );
}

export function rolesByContactLoader(context: RequestContext) {
  return context.loaders.get<string, ContactRoleEntity[]>('rolesByContact', async (ids) =>
    groupByKeys(
      ids,
      await context.db.manager.find(ContactRoleEntity, {
        where: { contactId: In([...ids]), tenantId: context.db.tenantId },
        order: { role: 'ASC' },
      }),
      (role) => role.contactId,
    ),
  );
}
