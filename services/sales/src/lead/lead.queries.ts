import {
  applyFilter,
  byKeys,
  childConnection,
  containsPattern,
  filterUses,
  forbidden,
  groupByKeys,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { LeadFilter, LeadOrderBy } from '../generated/graphql';
import { LeadEntity } from './lead.entity';
import { LeadActivityEntity } from './leadActivity.entity';
import { isVisibleRecord, visibleRecords, ownerScope } from '../ownership';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'l.id' },
  status: { kind: 'enum', column: 'l.status' },
  source: { kind: 'enum', column: 'l.source' },
  company: { kind: 'string', column: 'l.company' },
  lastName: { kind: 'string', column: 'l.last_name' },
  email: { kind: 'string', column: 'l.email' },
  ownerId: { kind: 'string', column: 'l.owner_id' },
  campaignId: { kind: 'id', column: 'l.campaign_id' },
  customerId: { kind: 'id', column: 'l.customer_id' },
  createdAt: { kind: 'dateTime', column: 'l.created_at' },
  updatedAt: { kind: 'dateTime', column: 'l.updated_at' },
};

const orderProperty = {
  LAST_NAME: 'lastName',
  COMPANY: 'company',
  SCORE: 'score',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

/** The tenant's leads this caller may see. */
export function visibleLeads(context: RequestContext, alias = 'l'): SelectQueryBuilder<LeadEntity> {
  return visibleRecords(context, LeadEntity, alias);
}

export function listLeads(
  context: RequestContext,
  args: PageArgs & { search?: string | null; filter?: LeadFilter | null; orderBy?: LeadOrderBy | null },
): Promise<Connection<LeadEntity>> {
  // Who may not see email may not search or filter by it either (no probing).
  const personal = context.seesPersonalData;
  if (!personal && filterUses(args.filter, ['email'])) throw forbidden('Your roles may not filter by email');
  const query = visibleLeads(context);
  const search = args.search?.trim();
  if (search) {
    query.andWhere(
      personal
        ? `(l.first_name || ' ' || l.last_name ILIKE :search OR l.company ILIKE :search OR l.email ILIKE :search)`
        : `(l.first_name || ' ' || l.last_name ILIKE :search OR l.company ILIKE :search)`,
      { search: containsPattern(search) },
    );
  }
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'createdAt', direction: 'DESC' }),
    args,
  );
}

const newestFirst: SortKey[] = [{ property: 'createdAt', direction: 'DESC' }];

/** Customer.leads: the leads converted into that customer. */
export function leadsOfCustomer(
  context: RequestContext,
  customerId: string,
  args: PageArgs,
): Promise<Connection<LeadEntity>> {
  const query = () => visibleLeads(context).andWhere('l.customerId = :customerId', { customerId });
  return childConnection(
    context,
    {
      entity: LeadEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: newestFirst,
      scope: ownerScope(context),
      query,
    },
    args,
  );
}

/** Batches lead lookups of one request (`lead(id)`, `_entities`); leads the caller may not see are null. */
export function leadLoader(context: RequestContext) {
  return context.loaders.get<string, LeadEntity | null>('leadById', async (ids) =>
    byKeys(ids, await context.db.findByIds(LeadEntity, ids), (lead) => lead.id).map((lead) =>
      lead && isVisibleRecord(context, lead) ? lead : null,
    ),
  );
}

/** Lead.activities: every follow-up of the leads of a request in one query, by due date. */
export function activitiesOfLeadLoader(context: RequestContext) {
  return context.loaders.get<string, LeadActivityEntity[]>('activitiesByLead', async (leadIds) =>
    groupByKeys(
      leadIds,
      await context.db.manager.find(LeadActivityEntity, {
        where: { leadId: In([...leadIds]), tenantId: context.db.tenantId },
        order: { dueDate: 'ASC', createdAt: 'ASC' },
      }),
      (activity) => activity.leadId,
    ),
  );
}
