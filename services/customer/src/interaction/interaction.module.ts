import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import { contactLoader } from '../contact/contact.queries';
import { customerLoader } from '../customer/customer.queries';
import type { Resolvers } from '../generated/graphql';
import { editors } from '../roles';
import { interactionMutations } from './interaction.commands';
import { InteractionEntity } from './interaction.entity';
import { interactionLoader, interactionsOfCustomer, listInteractions } from './interaction.queries';

const resolvers: Resolvers = {
  Query: {
    interaction: (_, { id }, context) => interactionLoader(context).load(id),
    interactions: (_, args, context) => listInteractions(context, args),
  },
  Mutation: commandResolvers(interactionMutations),
  Customer: {
    interactions: (customer, args, context) => interactionsOfCustomer(context, customer.id, args),
  },
  Interaction: {
    __resolveReference: (reference, context) => interactionLoader(context).load(reference.id),
    customer: async (interaction, _, context) =>
      (await customerLoader(context).load(interaction.customerId))!,
    contact: (interaction, _, context) =>
      interaction.contactId ? contactLoader(context).load(interaction.contactId) : null,
  },
};

/** Interactions with a customer: calls, e-mails, meetings, notes, chats. */
export const interactionModule = defineModule({
  resolvers,
  access: { read: everyRole, change: editors },
  entities: [InteractionEntity],
});
