import { createContact, deleteContact, updateContact } from './contact/contact.commands';
import {
  contactLoader,
  listContacts,
  rolesByContactLoader,
  rolesByOrganizationLoader,
} from './contact/contact.queries';
import { createCustomer, deleteCustomer, updateCustomer } from './customer/customer.commands';
import { customerLoader, listCustomers } from './customer/customer.queries';
import { hasAddress } from './customer/customer.rules';
import type { Resolvers } from './generated/graphql';
import { deleteInteraction, logInteraction, updateInteraction } from './interaction/interaction.commands';
import {
  interactionLoader,
  interactionsOfCustomer,
  listInteractions,
} from './interaction/interaction.queries';
import { customerTimeline } from './timeline/timeline.queries';

/** Personal contact data is null for callers who may not see it (analysts). */
export const resolvers: Resolvers = {
  Query: {
    customer: (_, { id }, context) => customerLoader(context).load(id),
    customers: (_, args, context) => listCustomers(context, args),
    contact: (_, { id }, context) => contactLoader(context).load(id),
    contacts: (_, args, context) => listContacts(context, args),
    interaction: (_, { id }, context) => interactionLoader(context).load(id),
    interactions: (_, args, context) => listInteractions(context, args),
  },
  Mutation: {
    createCustomer: (_, { input }, context) => createCustomer(context, input),
    updateCustomer: (_, { id, input, expectedVersion }, context) =>
      updateCustomer(context, id, input, expectedVersion),
    deleteCustomer: (_, { id, expectedVersion }, context) => deleteCustomer(context, id, expectedVersion),
    createContact: (_, { input }, context) => createContact(context, input),
    updateContact: (_, { id, input, expectedVersion }, context) =>
      updateContact(context, id, input, expectedVersion),
    deleteContact: (_, { id, expectedVersion }, context) => deleteContact(context, id, expectedVersion),
    logInteraction: (_, { input }, context) => logInteraction(context, input),
    updateInteraction: (_, { id, input, expectedVersion }, context) =>
      updateInteraction(context, id, input, expectedVersion),
    deleteInteraction: (_, { id, expectedVersion }, context) =>
      deleteInteraction(context, id, expectedVersion),
  },
  Customer: {
    __resolveReference: (reference, context) => customerLoader(context).load(reference.id),
    email: (customer, _, context) => context.personal(customer.email),
    phone: (customer, _, context) => context.personal(customer.phone),
    address: (customer, _, context) =>
      hasAddress(customer.address) ? context.personal(customer.address) : null,
    contacts: (customer, _, context) => rolesByOrganizationLoader(context).load(customer.id),
    interactions: (customer, args, context) => interactionsOfCustomer(context, customer.id, args),
    timeline: (customer, args, context) => customerTimeline(context, customer.id, args),
  },
  Contact: {
    __resolveReference: (reference, context) => contactLoader(context).load(reference.id),
    fullName: (contact) => `${contact.firstName} ${contact.lastName}`,
    email: (contact, _, context) => context.personal(contact.email),
    phone: (contact, _, context) => context.personal(contact.phone),
    organizations: (contact, _, context) => rolesByContactLoader(context).load(contact.id),
  },
  ContactRole: {
    contact: async (role, _, context) => (await contactLoader(context).load(role.contactId))!,
    organization: async (role, _, context) => (await customerLoader(context).load(role.customerId))!,
  },
  Interaction: {
    __resolveReference: (reference, context) => interactionLoader(context).load(reference.id),
    customer: async (interaction, _, context) =>
      (await customerLoader(context).load(interaction.customerId))!,
    contact: (interaction, _, context) =>
      interaction.contactId ? contactLoader(context).load(interaction.contactId) : null,
  },
};
