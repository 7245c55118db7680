import {
  imageOf,
  interactionDirection,
  interactionKind,
  interactionSnapshot as interactionSnapshotSchema,
  type InteractionSnapshot,
} from '@crm/events';
import { optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import type { InteractionEntity } from './interaction.entity';

export const logInteractionInput = z.object({
  customerId: z.uuid('Not a UUID'),
  contactId: z.uuid('Not a UUID').nullish(),
  kind: interactionKind,
  direction: interactionDirection.nullish(),
  subject: requiredText(300),
  body: optionalText(20_000),
  occurredAt: z.date().nullish(),
});

export const updateInteractionInput = logInteractionInput
  .omit({ customerId: true })
  .partial()
  // An interaction always happened at some time: null is refused, not stored.
  .extend({
    kind: interactionKind.optional(),
    subject: requiredText(300).optional(),
    occurredAt: z.date().optional(),
  });

export function interactionSnapshot(interaction: InteractionEntity): InteractionSnapshot {
  return imageOf(interactionSnapshotSchema, interaction);
}
