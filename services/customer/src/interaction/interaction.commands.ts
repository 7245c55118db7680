import { recordChange } from '@crm/events';
import { badUserInput, changedFields, parseInput, type RequestContext, type TenantDb } from '@crm/platform';
import { ContactEntity } from '../contact/contact.entity';
import { CustomerEntity } from '../customer/customer.entity';
import { InteractionEntity } from './interaction.entity';
import { interactionSnapshot, logInteractionInput, updateInteractionInput } from './interaction.rules';

async function checkContact(tx: TenantDb, contactId: string | null | undefined): Promise<void> {
  if (contactId && !(await tx.findById(ContactEntity, contactId))) {
    throw badUserInput({ 'input.contactId': 'No such contact' });
  }
}

export async function logInteraction(context: RequestContext, rawInput: unknown): Promise<InteractionEntity> {
  const input = parseInput(logInteractionInput, rawInput);
  return context.db.transaction(async (tx) => {
    if (!(await tx.findById(CustomerEntity, input.customerId))) {
      throw badUserInput({ 'input.customerId': 'No such customer' });
    }
    await checkContact(tx, input.contactId);
    const interaction = tx.manager.create(InteractionEntity, {
      tenantId: tx.tenantId,
      customerId: input.customerId,
      contactId: input.contactId ?? null,
      kind: input.kind,
      direction: input.direction ?? null,
      subject: input.subject,
      body: input.body ?? null,
      occurredAt: input.occurredAt ?? new Date(),
      ownerId: context.user.userId,
    });
    await tx.save(InteractionEntity, interaction);
    const after = interactionSnapshot(interaction);
    await recordChange(tx, context.actor, {
      operation: 'logInteraction',
      entityType: 'Interaction',
      entityId: interaction.id,
      before: null,
      after,
      event: {
        type: 'crm.customer.interaction.created.v1',
        data: { interaction: after, changedFields: changedFields(null, after) },
      },
    });
    return interaction;
  });
}

export async function updateInteraction(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<InteractionEntity> {
  const input = parseInput(updateInteractionInput, rawInput);
  return context.db.transaction(async (tx) => {
    const interaction = await tx.findForUpdate(InteractionEntity, 'Interaction', id, expectedVersion);
    await checkContact(tx, input.contactId);
    const before = interactionSnapshot(interaction);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(interaction, { [key]: value });
    }
    const changed = changedFields(before, interactionSnapshot(interaction));
    if (changed.length === 0) return interaction;
    await tx.save(InteractionEntity, interaction);
    const after = interactionSnapshot(interaction);
    await recordChange(tx, context.actor, {
      operation: 'updateInteraction',
      entityType: 'Interaction',
      entityId: id,
      before,
      after,
      event: {
        type: 'crm.customer.interaction.updated.v1',
        data: { interaction: after, changedFields: changed },
      },
    });
    return interaction;
  });
}

export async function deleteInteraction(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<InteractionEntity> {
  return context.db.transaction(async (tx) => {
    const interaction = await tx.findForUpdate(InteractionEntity, 'Interaction', id, expectedVersion);
    const before = interactionSnapshot(interaction);
    await tx.remove(InteractionEntity, interaction);
    await recordChange(tx, context.actor, {
      operation: 'deleteInteraction',
      entityType: 'Interaction',
      entityId: id,
      before,
      after: null,
      event: {
        type: 'crm.customer.interaction.deleted.v1',
        data: { interaction: before, changedFields: [] },
      },
    });
    return Object.assign(interaction, { id });
  });
}

/** Part of deleting a customer: its interactions go too, each with its interaction.deleted event. */
export async function deleteInteractionsOf(tx: TenantDb, context: RequestContext, customerId: string) {
  const interactions = await tx.manager.find(InteractionEntity, {
    where: { customerId, tenantId: tx.tenantId },
    lock: { mode: 'pessimistic_write' },
  });
  for (const interaction of interactions) {
    const before = interactionSnapshot(interaction);
    await tx.remove(InteractionEntity, interaction);
    await recordChange(tx, context.actor, {
      operation: 'deleteCustomer',
      entityType: 'Interaction',
      entityId: before.id,
      before,
      after: null,
      event: {
        type: 'crm.customer.interaction.deleted.v1',
        data: { interaction: before, changedFields: [] },
      },
    });
  }
}
