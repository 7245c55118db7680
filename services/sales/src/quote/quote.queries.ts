import {
  applyFilter,
  byKeys,
  groupByKeys,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { QuoteFilter, QuoteOrderBy } from '../generated/graphql';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import { isVisibleRecord, visibleRecords } from '../ownership';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'q.id' },
  status: { kind: 'enum', column: 'q.status' },
  opportunityId: { kind: 'id', column: 'q.opportunity_id' },
  customerId: { kind: 'id', column: 'q.customer_id' },
  ownerId: { kind: 'string', column: 'q.owner_id' },
  currency: { kind: 'string', column: 'q.currency' },
  createdAt: { kind: 'dateTime', column: 'q.created_at' },
  updatedAt: { kind: 'dateTime', column: 'q.updated_at' },
};

const orderProperty = {
  NUMBER: 'number',
  VALID_UNTIL: 'validUntil',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

export function visibleQuotes(context: RequestContext, alias = 'q'): SelectQueryBuilder<QuoteEntity> {
  return visibleRecords(context, QuoteEntity, alias);
}

export function listQuotes(
  context: RequestContext,
  args: PageArgs & { filter?: QuoteFilter | null; orderBy?: QuoteOrderBy | null },
): Promise<Connection<QuoteEntity>> {
  const query = visibleQuotes(context);
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'number', direction: 'DESC' }),
    args,
  );
}

export function quoteLoader(context: RequestContext) {
  return context.loaders.get<string, QuoteEntity | null>('quoteById', async (ids) =>
    byKeys(ids, await context.db.findByIds(QuoteEntity, ids), (quote) => quote.id).map((quote) =>
      quote && isVisibleRecord(context, quote) ? quote : null,
    ),
  );
}

/** Quote.lines: one query for the lines of every quote in a request. */
export function quoteLinesLoader(context: RequestContext) {
  return context.loaders.get<string, QuoteLineEntity[]>('linesByQuote', async (quoteIds) =>
    groupByKeys(
      quoteIds,
      await context.db.manager.find(QuoteLineEntity, {
        where: { quoteId: In([...quoteIds]), tenantId: context.db.tenantId },
        order: { position: 'ASC' },
      }),
      (line) => line.quoteId,
    ),
  );
}

/** Opportunity.quotes: a deal has few quotes, newest first; one query for a whole list of deals. */
export function quotesOfOpportunityLoader(context: RequestContext) {
  return context.loaders.get<string, QuoteEntity[]>('quotesByOpportunity', async (opportunityIds) =>
    groupByKeys(
      opportunityIds,
      await visibleQuotes(context)
        .andWhere('q.opportunityId IN (:...opportunityIds)', { opportunityIds: [...opportunityIds] })
        .orderBy('q.number', 'DESC')
        .getMany(),
      (quote) => quote.opportunityId,
    ),
  );
}
