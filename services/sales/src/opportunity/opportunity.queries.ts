import {
  applyFilter,
  byKeys,
  childConnection,
  groupByKeys,
  containsPattern,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { OpportunityFilter, OpportunityOrderBy } from '../generated/graphql';
import { OpportunityEntity, OpportunityLineEntity, type ContactRole } from './opportunity.entity';
import { isVisibleRecord, visibleRecords, ownerScope } from '../ownership';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'op.id' },
  stage: { kind: 'enum', column: 'op.stage' },
  forecastCategory: { kind: 'enum', column: 'op.forecast_category' },
  customerId: { kind: 'id', column: 'op.customer_id' },
  campaignId: { kind: 'id', column: 'op.campaign_id' },
  ownerId: { kind: 'string', column: 'op.owner_id' },
  currency: { kind: 'string', column: 'op.currency' },
  name: { kind: 'string', column: 'op.name' },
  createdAt: { kind: 'dateTime', column: 'op.created_at' },
  updatedAt: { kind: 'dateTime', column: 'op.updated_at' },
};

const orderProperty = {
  NAME: 'name',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export function visibleOpportunities(
  context: RequestContext,
  alias = 'op',
): SelectQueryBuilder<OpportunityEntity> {
  return visibleRecords(context, OpportunityEntity, alias);
}

export function listOpportunities(
  context: RequestContext,
  args: PageArgs & {
    search?: string | null;
    filter?: OpportunityFilter | null;
    orderBy?: OpportunityOrderBy | null;
  },
): Promise<Connection<OpportunityEntity>> {
  const query = visibleOpportunities(context);
  const search = args.search?.trim();
  if (search) query.andWhere('op.name ILIKE :search', { search: containsPattern(search) });
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'createdAt', direction: 'DESC' }),
    args,
  );
}

const newestFirst: SortKey[] = [{ property: 'createdAt', direction: 'DESC' }];

/** Customer.opportunities: the first pages of a list of customers load together. */
export function opportunitiesOfCustomer(
  context: RequestContext,
  customerId: string,
  args: PageArgs,
): Promise<Connection<OpportunityEntity>> {
  return childConnection(
    context,
    {
      entity: OpportunityEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: newestFirst,
      scope: ownerScope(context),
      query: () => visibleOpportunities(context).andWhere('op.customerId = :customerId', { customerId }),
    },
    args,
  );
}

export function opportunityLoader(context: RequestContext) {
  return context.loaders.get<string, OpportunityEntity | null>('opportunityById', async (ids) =>
    byKeys(ids, await context.db.findByIds(OpportunityEntity, ids), (row) => row.id).map((row) =>
      row && isVisibleRecord(context, row) ? row : null,
    ),
  );
}

/** Opportunity.lines: one query for the lines of every deal in a request. */
export function opportunityLinesLoader(context: RequestContext) {
  return context.loaders.get<string, OpportunityLineEntity[]>('linesByOpportunity', async (ids) =>
    groupByKeys(
      ids,
      await context.db.manager.find(OpportunityLineEntity, {
        where: { opportunityId: In([...ids]), tenantId: context.db.tenantId },
        order: { position: 'ASC' },
      }),
      (line) => line.opportunityId,
    ),
  );
}

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
