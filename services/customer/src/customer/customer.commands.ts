import { recordChange } from '@crm/events';
import { changedFields, parseInput, type RequestContext } from '@crm/platform';
import { detachContactsFrom } from '../contact/contact.commands';
import { deleteInteractionsOf } from '../interaction/interaction.commands';
import { CustomerEntity } from './customer.entity';
import { createCustomerInput, customerSnapshot, toAddress, updateCustomerInput } from './customer.rules';

export async function createCustomer(context: RequestContext, rawInput: unknown): Promise<CustomerEntity> {
  const input = parseInput(createCustomerInput, rawInput);
  return context.db.transaction(async (tx) => {
    const customer = tx.manager.create(CustomerEntity, {
      tenantId: tx.tenantId,
      kind: input.kind,
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      address: toAddress(input.address),
      industry: input.industry ?? null,
      segment: input.segment ?? null,
      lifecycleStage: input.lifecycleStage ?? 'PROSPECT',
      tags: input.tags ?? [],
      ownerId: input.ownerId ?? context.user.userId,
    });
    await tx.save(CustomerEntity, customer);
    const after = customerSnapshot(customer);
    await recordChange(tx, context, {
      operation: 'createCustomer',
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
  });
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
    await recordChange(tx, context, {
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
    await recordChange(tx, context, {
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
