import { defineList, loaderByParent, type PageArgs, type RequestContext, type SortKey } from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { OpportunityOrderField } from '../generated/graphql';
import { OpportunityEntity, OpportunityLineEntity, type ContactRole } from './opportunity.entity';
import { ownedLoader, ownedOfCustomer, visibleRecords } from '../ownership';

export function visibleOpportunities(
  context: RequestContext,
  alias = 'op',
): SelectQueryBuilder<OpportunityEntity> {
  return visibleRecords(context, OpportunityEntity, alias);
}

/** The deal list: a sales rep's own; search by name, typed filter, keyset pages. */
export const listOpportunities = defineList<OpportunityEntity, OpportunityOrderField>({
  entity: OpportunityEntity,
  alias: 'op',
  filter: {
    id: 'id',
    stage: 'enum',
    forecastCategory: 'enum',
    customerId: 'id',
    campaignId: 'id',
    ownerId: 'string',
    currency: 'string',
    name: 'string',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: {
    NAME: 'name',
    EXPECTED_CLOSE_DATE: 'expectedCloseDate',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
  },
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  rows: (context) => visibleOpportunities(context),
  search: () => ({ where: 'op.name ILIKE :search' }),
});

const newestFirst: SortKey[] = [{ property: 'createdAt', direction: 'DESC' }];

/** Customer.opportunities: the first pages of a list of customers load together. */
export const opportunitiesOfCustomer = (context: RequestContext, customerId: string, args: PageArgs) =>
  ownedOfCustomer(context, OpportunityEntity, customerId, newestFirst, args);

export const opportunityLoader = (context: RequestContext) => ownedLoader(context, OpportunityEntity);

/** Opportunity.lines: one query for the lines of every deal in a request. */
export const opportunityLinesLoader = (context: RequestContext) =>
  loaderByParent(context, OpportunityLineEntity, 'opportunityId', { position: 'ASC' });

/** A contact role as the API shows it: whether it is the deal's primary contact comes from the deal. */
export interface ContactRoleView extends ContactRole {
  isPrimary: boolean;
}

export function contactRolesOf(opportunity: OpportunityEntity): ContactRoleView[] {
  return opportunity.contactRoles.map((role) => ({
    ...role,
    isPrimary: role.contactId === opportunity.primaryContactId,
  }));
}
