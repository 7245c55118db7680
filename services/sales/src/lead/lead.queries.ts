import { defineList, loaderByParent, type PageArgs, type RequestContext, type SortKey } from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { LeadOrderField } from '../generated/graphql';
import { LeadEntity } from './lead.entity';
import { LeadActivityEntity } from './leadActivity.entity';
import { ownedLoader, ownedOfCustomer, visibleRecords } from '../ownership';

/** The tenant's leads this caller may see. */
export function visibleLeads(context: RequestContext, alias = 'l'): SelectQueryBuilder<LeadEntity> {
  return visibleRecords(context, LeadEntity, alias);
}

/** The lead list: a sales rep's own; search (name, company; e-mail for who may see it), typed filter. */
export const listLeads = defineList<LeadEntity, LeadOrderField>({
  entity: LeadEntity,
  alias: 'l',
  filter: {
    id: 'id',
    status: 'enum',
    source: 'enum',
    company: 'string',
    lastName: 'string',
    email: 'string',
    ownerId: 'string',
    campaignId: 'id',
    customerId: 'id',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  personalFilters: ['email'],
  orderBy: {
    LAST_NAME: 'lastName',
    COMPANY: 'company',
    SCORE: 'score',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
  },
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  rows: (context) => visibleLeads(context),
  search: (_, personal) => ({
    where: personal
      ? `(l.first_name || ' ' || l.last_name ILIKE :search OR l.company ILIKE :search OR l.email ILIKE :search)`
      : `(l.first_name || ' ' || l.last_name ILIKE :search OR l.company ILIKE :search)`,
  }),
});

const newestFirst: SortKey[] = [{ property: 'createdAt', direction: 'DESC' }];

/** Customer.leads: the leads converted into that customer. */
export const leadsOfCustomer = (context: RequestContext, customerId: string, args: PageArgs) =>
  ownedOfCustomer(context, LeadEntity, customerId, newestFirst, args);

/** Batches lead lookups of one request (`lead(id)`, `_entities`); leads the caller may not see are null. */
export const leadLoader = (context: RequestContext) => ownedLoader(context, LeadEntity);

/** Lead.activities: every follow-up of the leads of a request in one query, by due date. */
export const activitiesOfLeadLoader = (context: RequestContext) =>
  loaderByParent(context, LeadActivityEntity, 'leadId', { dueDate: 'ASC', createdAt: 'ASC' });
