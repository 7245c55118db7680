import { defineAggregate, type ChangeContext } from '@crm/events';
import { badUserInput, givenFields, parseInput, type RequestContext, type TenantDb } from '@crm/platform';
import type {
  MutationCreateContactArgs,
  MutationDeleteContactArgs,
  MutationUpdateContactArgs,
} from '../generated/graphql';
import { CustomerEntity } from '../customer/customer.entity';
import { ContactEntity, ContactRoleEntity } from './contact.entity';
import {
  contactSnapshot,
  createContactInput,
  updateContactInput,
  type ContactRoles,
  type CreateContact,
} from './contact.rules';

/** A contact and its roles at organizations: the roles are part of it, in its image and its events. */
export const contacts = defineAggregate({
  name: 'Contact',
  entity: ContactEntity,
  eventKey: 'contact',
  image: contactSnapshot,
  loadParts: (tx, contact) =>
    tx.manager.find(ContactRoleEntity, { where: { contactId: contact.id, tenantId: tx.tenantId } }),
});

/** Replaces the contact's roles; every organization must be an ORGANIZATION of this tenant. */
async function replaceRoles(
  tx: TenantDb,
  contactId: string,
  roles: ContactRoles,
): Promise<ContactRoleEntity[]> {
  const ids = roles.map((role) => role.organizationId);
  const organizations = await tx.findByIds(CustomerEntity, ids);
  roles.forEach((role, index) => {
    const organization = organizations.find((customer) => customer.id === role.organizationId);
    if (!organization) {
      throw badUserInput({ [`input.organizations.${index}.organizationId`]: 'No such customer' });
    }
    if (organization.kind !== 'ORGANIZATION') {
      throw badUserInput({ [`input.organizations.${index}.organizationId`]: 'Must be an ORGANIZATION' });
    }
  });
  await tx.manager.delete(ContactRoleEntity, { contactId, tenantId: tx.tenantId });
  const rows = roles.map((role) =>
    tx.manager.create(ContactRoleEntity, {
      contactId,
      customerId: role.organizationId,
      tenantId: tx.tenantId,
      role: role.role,
    }),
  );
  if (rows.length > 0) await tx.manager.insert(ContactRoleEntity, rows);
  return rows;
}

/** The fields of a new contact, checked (by the input rules, or by the event schema of a flow). */
export type NewContact = Omit<CreateContact, 'organizations'> & { id?: string; organizations: ContactRoles };

/** Inserts a contact and its roles with the audit record and contact.created event (also lead conversion's way in). */
export function insertContact(
  context: ChangeContext,
  operation: string,
  fields: NewContact,
): Promise<ContactEntity> {
  return contacts.create(context, operation, {
    values: {
      ...(fields.id ? { id: fields.id } : {}),
      firstName: fields.firstName,
      lastName: fields.lastName,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      title: fields.title ?? null,
    },
    writeParts: (tx, contact) => replaceRoles(tx, contact.id, fields.organizations),
    event: 'crm.customer.contact.created.v1',
  });
}

export function createContact(
  context: RequestContext,
  { input: rawInput }: MutationCreateContactArgs,
): Promise<ContactEntity> {
  const input = parseInput(createContactInput, rawInput);
  return insertContact(context, 'createContact', { ...input, organizations: input.organizations ?? [] });
}

export function updateContact(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateContactArgs,
): Promise<ContactEntity> {
  const { organizations, ...fields } = parseInput(updateContactInput, rawInput);
  return contacts.change(context, { id, expectedVersion, operation: 'updateContact' }, async (_, { tx }) => ({
    set: givenFields(fields),
    ...(organizations != null ? { parts: await replaceRoles(tx, id, organizations) } : {}),
    event: 'crm.customer.contact.updated.v1',
  }));
}

export function deleteContact(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteContactArgs,
): Promise<ContactEntity> {
  return contacts.remove(
    context,
    { id, expectedVersion, operation: 'deleteContact' },
    { event: 'crm.customer.contact.deleted.v1' },
  );
}

/**
 * Part of deleting an organization: each contact with a role there loses it, and that change of the
 * contact is published like any other (contact.updated), so that no consumer keeps a dangling role.
 */
export async function detachContactsFrom(context: ChangeContext, organizationId: string): Promise<void> {
  const detached = await context.db.manager.find(ContactRoleEntity, {
    where: { customerId: organizationId, tenantId: context.db.tenantId },
  });
  for (const { contactId } of detached) {
    await contacts.change(
      context,
      { id: contactId, operation: 'deleteCustomer' },
      async (_, { tx, parts }) => {
        await tx.manager.delete(ContactRoleEntity, {
          contactId,
          customerId: organizationId,
          tenantId: tx.tenantId,
        });
        return {
          parts: parts.filter((role) => role.customerId !== organizationId),
          event: 'crm.customer.contact.updated.v1',
        };
      },
    );
  }
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const contactMutations = { createContact, updateContact, deleteContact };
