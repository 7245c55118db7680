import { defineList, type PageArgs, type RequestContext } from '@crm/platform';
import { CustomerProfileEntity } from '../customer/customerProfile.entity';
import type { ConsentStatus } from '../generated/graphql';
import { ConsentEntity } from './consent.entity';

/** Consent as the API shows it; an address without a row is UNKNOWN at version 0. */
export type ConsentView = Pick<
  ConsentEntity,
  'email' | 'status' | 'source' | 'proof' | 'changedAt' | 'confirmationRequestedAt' | 'version'
>;

function unknownConsent(email: string): ConsentView {
  return {
    email,
    status: 'UNKNOWN',
    source: null,
    proof: null,
    changedAt: null,
    confirmationRequestedAt: null,
    version: 0,
  };
}

/** Consent by (lower-cased) address, batched per request. */
export function consentLoader(context: RequestContext) {
  return context.loaders.get<string, ConsentView>('consentByEmail', async (emails) => {
    const rows = await context.db
      .select(ConsentEntity, 'c')
      .andWhere('c.email = ANY(:emails)', { emails: [...emails] })
      .getMany();
    const byEmail = new Map(rows.map((row) => [row.email, row]));
    return emails.map((email) => byEmail.get(email) ?? unknownConsent(email));
  });
}

/** Consents by status, last changed first (no search, filter or choice of order). */
export const listConsents = defineList<ConsentEntity, never, PageArgs & { status?: ConsentStatus | null }>({
  entity: ConsentEntity,
  alias: 'c',
  filter: {},
  orderBy: {},
  defaultOrder: { property: 'updatedAt', direction: 'DESC' },
  rows: (context, args) => {
    const query = context.db.select(ConsentEntity, 'c');
    return args.status ? query.andWhere('c.status = :status', { status: args.status }) : query;
  },
});

/** Customer.consent: the consent of the customer's address as marketing's projection knows it. */
export function customerConsentLoader(context: RequestContext) {
  return context.loaders.get<string, ConsentView | null>('customerConsent', async (customerIds) => {
    const customers = await context.db.findByIds(CustomerProfileEntity, customerIds);
    const emails = new Map(customers.map((customer) => [customer.id, customer.email?.toLowerCase() ?? null]));
    return Promise.all(
      customerIds.map((id) => {
        const email = emails.get(id);
        return email ? consentLoader(context).load(email) : null;
      }),
    );
  });
}
