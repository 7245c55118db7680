import { recordChange } from '@crm/events';
import { changedFields, parseInput, type Actor, type RequestContext, type TenantDb } from '@crm/platform';
import { detachContactsFrom } from '../contact/contact.commands';
import { deleteInteractionsOf } from '../interaction/interaction.commands';
import { CustomerEntity } from './customer.entity';
import {
  createCustomerInput,
  customerSnapshot,
  toAddress,
  updateCustomerInput,
  type CreateCustomer,
} from './customer.rules';

/** The fields of a new customer, checked (by the input rules, or by the event schema of a flow). */
export type NewCustomer = Omit<CreateCustomer, 'ownerId'> & { id?: string; ownerId: string | null };

/** Inserts a customer with its audit record and customer.created event, in the caller's transaction. */
export async function insertCustomer(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  fields: NewCustomer,
): Promise<CustomerEntity> {
  const customer = tx.manager.create(CustomerEntity, {
    ...(fields.id ? { id: fields.id } : {}),
    tenantId: tx.tenantId,
    kind: fields.kind,
    name: fields.name,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    address: toAddress(fields.address),
    industry: fields.industry ?? null,
    segment: fields.segment ?? null,
    lifecycleStage: fields.lifecycleStage ?? 'PROSPECT',
    tags: fields.tags ?? [],
    ownerId: fields.ownerId,
  });
  await tx.save(CustomerEntity, customer);
  const after = customerSnapshot(customer);
  await recordChange(tx, actor, {
    operation,
    entityType: 'Customer',
    entityId: customer.id,
    before: null,
    after,
    event: {
      type: 'crm.customer.customer.created.v1',
      data: { customer: after, changedFields: changedFields(null, after) },
    },
  });
  return customer;
}

export async function createCustomer(context: RequestContext, rawInput: unknown): Promise<CustomerEntity> {
  const input = parseInput(createCustomerInput, rawInput);
  return context.db.transaction((tx) =>
    insertCustomer(tx, context.actor, 'createCustomer', {
      ...input,
      ownerId: input.ownerId ?? context.user.userId,
    }),
  );
}

export async function updateCustomer(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<CustomerEntity> {
  const input = parseInput(updateCustomerInput, rawInput);
  return context.db.transaction(async (tx) => {
    const customer = await tx.findForUpdate(CustomerEntity, 'Customer', id, expectedVersion);
    const before = customerSnapshot(customer);
    const { address, ...fields } = input;
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(customer, { [key]: value });
    }
    if (address !== undefined) customer.address = toAddress(address);
    const changed = changedFields(before, customerSnapshot(customer));
    if (changed.length === 0) return customer; // nothing to write, no event
    await tx.save(CustomerEntity, customer);
    const after = customerSnapshot(customer);
    await recordChange(tx, context.actor, {
      operation: 'updateCustomer',
      entityType: 'Customer',
      entityId: id,
      before,
      after,
      event: { type: 'crm.customer.customer.updated.v1', data: { customer: after, changedFields: changed } },
    });
    return customer;
  });
}

export async function deleteCustomer(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<CustomerEntity> {
  return context.db.transaction(async (tx) => {
    const customer = await tx.findForUpdate(CustomerEntity, 'Customer', id, expectedVersion);
    const before = customerSnapshot(customer);
    // What depends on the customer goes first, each with its own event (not silently by cascade).
    await deleteInteractionsOf(tx, context, id);
    await detachContactsFrom(tx, context, id);
    await tx.remove(CustomerEntity, customer);
    await recordChange(tx, context.actor, {
      operation: 'deleteCustomer',
      entityType: 'Customer',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.customer.customer.deleted.v1', data: { customer: before, changedFields: [] } },
    });
    return Object.assign(customer, { id });
  });
}
