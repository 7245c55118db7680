import { defineAggregate, within, type ChangeContext } from '@crm/events';
import { givenFields, parseInput, type RequestContext } from '@crm/platform';
import type {
  MutationCreateCustomerArgs,
  MutationDeleteCustomerArgs,
  MutationUpdateCustomerArgs,
} from '../generated/graphql';
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

export const customers = defineAggregate({
  name: 'Customer',
  entity: CustomerEntity,
  eventKey: 'customer',
  image: customerSnapshot,
});

/** The fields of a new customer, checked (by the input rules, or by the event schema of a flow). */
export type NewCustomer = Omit<CreateCustomer, 'ownerId'> & { id?: string; ownerId: string | null };

/** Inserts a customer with its audit record and customer.created event (also lead conversion's way in). */
export function insertCustomer(
  context: ChangeContext,
  operation: string,
  fields: NewCustomer,
): Promise<CustomerEntity> {
  return customers.create(context, operation, {
    values: {
      ...(fields.id ? { id: fields.id } : {}),
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
    },
    event: 'crm.customer.customer.created.v1',
  });
}

export function createCustomer(
  context: RequestContext,
  { input: rawInput }: MutationCreateCustomerArgs,
): Promise<CustomerEntity> {
  const input = parseInput(createCustomerInput, rawInput);
  return insertCustomer(context, 'createCustomer', {
    ...input,
    ownerId: input.ownerId ?? context.user.userId,
  });
}

export function updateCustomer(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateCustomerArgs,
): Promise<CustomerEntity> {
  const { address, ...fields } = parseInput(updateCustomerInput, rawInput);
  return customers.change(context, { id, expectedVersion, operation: 'updateCustomer' }, () => ({
    set: { ...givenFields(fields), ...(address !== undefined ? { address: toAddress(address) } : {}) },
    event: 'crm.customer.customer.updated.v1',
  }));
}

export function deleteCustomer(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteCustomerArgs,
): Promise<CustomerEntity> {
  return customers.remove(
    context,
    { id, expectedVersion, operation: 'deleteCustomer' },
    {
      event: 'crm.customer.customer.deleted.v1',
      // What depends on the customer goes first, each with its own event (not silently by cascade).
      beforeRemove: async (tx) => {
        await deleteInteractionsOf(within(context, tx), id);
        await detachContactsFrom(within(context, tx), id);
      },
    },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const customerMutations = { createCustomer, updateCustomer, deleteCustomer };
