import { defineModule } from '@crm/events';
import { commandResolvers, everyRole, forbidden, parseInput } from '@crm/platform';
import type { MarketingContext } from '../config';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { consentMutations } from './consent.commands';
import { ConsentEntity } from './consent.entity';
import { consentLoader, customerConsentLoader, listConsents } from './consent.queries';
import { emailAddress } from './consent.rules';

const resolvers: Resolvers<MarketingContext> = {
  Query: {
    consent: (_, { email }, context) => {
      // Who may not see addresses may not probe them either (the customer service's rule for filters).
      if (!context.seesPersonalData) throw forbidden('Your roles may not look up consent by address');
      return consentLoader(context).load(parseInput(emailAddress, email, 'email'));
    },
    consents: (_, args, context) => listConsents(context, args),
  },
  Mutation: commandResolvers(consentMutations),
  Customer: {
    consent: (customer, _, context) => customerConsentLoader(context).load(customer.id),
  },
  Consent: {
    // Free text of whoever recorded it, which often names the person or the address.
  },
};

/** Consent to marketing email, by address; double opt-in mails a link signed with the service's key. */
export const consentModule = defineModule({
  resolvers,
  access: { read: everyRole, change: marketers },
  entities: [ConsentEntity],
});
