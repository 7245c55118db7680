import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import { customerLoader } from '../customer/customer.queries';
import type { Resolvers } from '../generated/graphql';
import { deleters, editors } from '../roles';
import { contactMutations } from './contact.commands';
import { ContactEntity, ContactRoleEntity } from './contact.entity';
import {
  contactLoader,
  listContacts,
  rolesByContactLoader,
  rolesByOrganizationLoader,
} from './contact.queries';

const resolvers: Resolvers = {
  Query: {
    contact: (_, { id }, context) => contactLoader(context).load(id),
    contacts: (_, args, context) => listContacts(context, args),
  },
  Mutation: commandResolvers(contactMutations),
  Customer: {
    contacts: (customer, _, context) => rolesByOrganizationLoader(context).load(customer.id),
  },
  Contact: {
    __resolveReference: (reference, context) => contactLoader(context).load(reference.id),
    fullName: (contact) => `${contact.firstName} ${contact.lastName}`,
    organizations: (contact, _, context) => rolesByContactLoader(context).load(contact.id),
  },
  ContactRole: {
    contact: async (role, _, context) => (await contactLoader(context).load(role.contactId))!,
    organization: async (role, _, context) => (await customerLoader(context).load(role.customerId))!,
  },
};

/** Contacts: people at organizations, with their roles there. */
export const contactModule = defineModule({
  resolvers,
  access: { read: everyRole, change: editors },
  permissions: { 'Mutation.deleteContact': deleters },
  entities: [ContactEntity, ContactRoleEntity],
});
