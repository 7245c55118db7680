import { recordChange } from '@crm/events';
import {
  badUserInput,
  changedFields,
  parseInput,
  type Actor,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { CustomerEntity } from '../customer/customer.entity';
import { ContactEntity, ContactRoleEntity } from './contact.entity';
import {
  contactSnapshot,
  createContactInput,
  updateContactInput,
  type ContactRoles,
  type CreateContact,
} from './contact.rules';

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

function rolesOf(tx: TenantDb, contactId: string): Promise<ContactRoleEntity[]> {
  return tx.manager.find(ContactRoleEntity, { where: { contactId, tenantId: tx.tenantId } });
}

/** The fields of a new contact, checked (by the input rules, or by the event schema of a flow). */
export type NewContact = Omit<CreateContact, 'organizations'> & { id?: string; organizations: ContactRoles };

/** Inserts a contact and its roles with the audit record and contact.created event, in the caller's transaction. */
export async function insertContact(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  fields: NewContact,
): Promise<ContactEntity> {
  const contact = tx.manager.create(ContactEntity, {
    ...(fields.id ? { id: fields.id } : {}),
    tenantId: tx.tenantId,
    firstName: fields.firstName,
    lastName: fields.lastName,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    title: fields.title ?? null,
  });
  await tx.save(ContactEntity, contact);
  const roles = await replaceRoles(tx, contact.id, fields.organizations);
  const after = contactSnapshot(contact, roles);
  await recordChange(tx, actor, {
    operation,
    entityType: 'Contact',
    entityId: contact.id,
    before: null,
    after,
    event: {
      type: 'crm.customer.contact.created.v1',
      data: { contact: after, changedFields: changedFields(null, after) },
    },
  });
  return contact;
}

export async function createContact(context: RequestContext, rawInput: unknown): Promise<ContactEntity> {
  const input = parseInput(createContactInput, rawInput);
  return context.db.transaction((tx) =>
    insertContact(tx, context.actor, 'createContact', { ...input, organizations: input.organizations ?? [] }),
  );
}

export async function updateContact(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<ContactEntity> {
  const input = parseInput(updateContactInput, rawInput);
  return context.db.transaction(async (tx) => {
    const contact = await tx.findForUpdate(ContactEntity, 'Contact', id, expectedVersion);
    const currentRoles = await rolesOf(tx, id);
    const before = contactSnapshot(contact, currentRoles);
    const { organizations, ...fields } = input;
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(contact, { [key]: value });
    }
    const roles = organizations != null ? await replaceRoles(tx, id, organizations) : currentRoles;
    const changed = changedFields(before, contactSnapshot(contact, roles));
    if (changed.length === 0) return contact;
    // A role change alone still bumps the version: the contact as a whole changed.
    contact.updatedAt = new Date();
    await tx.save(ContactEntity, contact);
    const after = contactSnapshot(contact, roles);
    await recordChange(tx, context.actor, {
      operation: 'updateContact',
      entityType: 'Contact',
      entityId: id,
      before,
      after,
      event: { type: 'crm.customer.contact.updated.v1', data: { contact: after, changedFields: changed } },
    });
    return contact;
  });
}

export async function deleteContact(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<ContactEntity> {
  return context.db.transaction(async (tx) => {
    const contact = await tx.findForUpdate(ContactEntity, 'Contact', id, expectedVersion);
    const before = contactSnapshot(contact, await rolesOf(tx, id));
    await tx.remove(ContactEntity, contact);
    await recordChange(tx, context.actor, {
      operation: 'deleteContact',
      entityType: 'Contact',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.customer.contact.deleted.v1', data: { contact: before, changedFields: [] } },
    });
    return Object.assign(contact, { id });
  });
}

/**
 * Part of deleting an organization: each contact with a role there loses it, and that change of the
 * contact is published like any other (contact.updated), so that no consumer keeps a dangling role.
 */
export async function detachContactsFrom(tx: TenantDb, context: RequestContext, organizationId: string) {
  const detached = await tx.manager.find(ContactRoleEntity, {
    where: { customerId: organizationId, tenantId: tx.tenantId },
  });
  for (const { contactId } of detached) {
    const contact = await tx.findForUpdate(ContactEntity, 'Contact', contactId);
    const roles = await rolesOf(tx, contactId);
    const before = contactSnapshot(contact, roles);
    const remaining = roles.filter((role) => role.customerId !== organizationId);
    await tx.manager.delete(ContactRoleEntity, {
      contactId,
      customerId: organizationId,
      tenantId: tx.tenantId,
    });
    contact.updatedAt = new Date();
    await tx.save(ContactEntity, contact);
    const after = contactSnapshot(contact, remaining);
    await recordChange(tx, context.actor, {
      operation: 'deleteCustomer',
      entityType: 'Contact',
      entityId: contactId,
      before,
      after,
      event: {
        type: 'crm.customer.contact.updated.v1',
        data: { contact: after, changedFields: ['organizations'] },
      },
    });
  }
}
