import { defineAggregate, within, type ChangeContext } from '@crm/events';
import { badUserInput, givenFields, parseInput, type RequestContext, type TenantDb } from '@crm/platform';
import type {
  MutationDeleteInteractionArgs,
  MutationLogInteractionArgs,
  MutationUpdateInteractionArgs,
} from '../generated/graphql';
import { ContactEntity } from '../contact/contact.entity';
import { CustomerEntity } from '../customer/customer.entity';
import { InteractionEntity } from './interaction.entity';
import { interactionSnapshot, logInteractionInput, updateInteractionInput } from './interaction.rules';

export const interactions = defineAggregate({
  name: 'Interaction',
  entity: InteractionEntity,
  eventKey: 'interaction',
  image: interactionSnapshot,
});

async function checkContact(tx: TenantDb, contactId: string | null | undefined): Promise<void> {
  if (contactId && !(await tx.findById(ContactEntity, contactId))) {
    throw badUserInput({ 'input.contactId': 'No such contact' });
  }
}

export async function logInteraction(
  context: RequestContext,
  { input: rawInput }: MutationLogInteractionArgs,
): Promise<InteractionEntity> {
  const input = parseInput(logInteractionInput, rawInput);
  return context.db.transaction(async (tx) => {
    if (!(await tx.findById(CustomerEntity, input.customerId))) {
      throw badUserInput({ 'input.customerId': 'No such customer' });
    }
    await checkContact(tx, input.contactId);
    return interactions.create(within(context, tx), 'logInteraction', {
      values: {
        customerId: input.customerId,
        contactId: input.contactId ?? null,
        kind: input.kind,
        direction: input.direction ?? null,
        subject: input.subject,
        body: input.body ?? null,
        occurredAt: input.occurredAt ?? new Date(),
        ownerId: context.user.userId,
      },
      event: 'crm.customer.interaction.created.v1',
    });
  });
}

export function updateInteraction(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateInteractionArgs,
): Promise<InteractionEntity> {
  const input = parseInput(updateInteractionInput, rawInput);
  return interactions.change(
    context,
    { id, expectedVersion, operation: 'updateInteraction' },
    async (_interaction, { tx }) => {
      await checkContact(tx, input.contactId);
      return { set: givenFields(input), event: 'crm.customer.interaction.updated.v1' };
    },
  );
}

export function deleteInteraction(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteInteractionArgs,
): Promise<InteractionEntity> {
  return interactions.remove(
    context,
    { id, expectedVersion, operation: 'deleteInteraction' },
    { event: 'crm.customer.interaction.deleted.v1' },
  );
}

/** Part of deleting a customer: its interactions go too, each with its interaction.deleted event. */
export async function deleteInteractionsOf(context: ChangeContext, customerId: string): Promise<void> {
  const ofCustomer = await context.db.manager.find(InteractionEntity, {
    where: { customerId, tenantId: context.db.tenantId },
    select: { id: true },
  });
  for (const { id } of ofCustomer) {
    await interactions.remove(
      context,
      { id, operation: 'deleteCustomer' },
      {
        event: 'crm.customer.interaction.deleted.v1',
      },
    );
  }
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const interactionMutations = { logInteraction, updateInteraction, deleteInteraction };
