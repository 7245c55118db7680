import { defineList, loaderById, loaderByParent, type RequestContext } from '@crm/platform';
import type { ContactOrderField } from '../generated/graphql';
import { ContactEntity, ContactRoleEntity } from './contact.entity';

/** The contact list: search (name; e-mail and phone for who may see them), typed filter, keyset pages. */
export const listContacts = defineList<ContactEntity, ContactOrderField>({
  entity: ContactEntity,
  alias: 'k',
  filter: {
    id: 'id',
    firstName: 'string',
    lastName: 'string',
    email: 'string',
    organizationId: {
      kind: 'idList',
      column: 'ARRAY(SELECT r.customer_id FROM contact_role r WHERE r.contact_id = k.id)',
    },
    createdAt: 'dateTime',
  },
  personalFilters: ['email'],
  orderBy: { LAST_NAME: 'lastName', CREATED_AT: 'createdAt' },
  defaultOrder: { property: 'lastName', direction: 'ASC' },
  search: (_, personal) => {
    const name = "(k.first_name || ' ' || k.last_name) ILIKE :search";
    return { where: personal ? `(${name} OR k.email ILIKE :search OR k.phone ILIKE :search)` : name };
  },
});

export const contactLoader = (context: RequestContext) => loaderById(context, ContactEntity);

/** Roles of many organizations in one query (Customer.contacts over a list). */
export const rolesByOrganizationLoader = (context: RequestContext) =>
  loaderByParent(context, ContactRoleEntity, 'customerId', { role: 'ASC' });

export const rolesByContactLoader = (context: RequestContext) =>
  loaderByParent(context, ContactRoleEntity, 'contactId', { role: 'ASC' });
