import { defineList, groupByKeys, loaderByParent, type RequestContext } from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { QuoteOrderField } from '../generated/graphql';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import { ownedLoader, visibleRecords } from '../ownership';

export function visibleQuotes(context: RequestContext, alias = 'q'): SelectQueryBuilder<QuoteEntity> {
  return visibleRecords(context, QuoteEntity, alias);
}

/** The quote list: a sales rep's own; typed filter, keyset pages (no search). */
export const listQuotes = defineList<QuoteEntity, QuoteOrderField>({
  entity: QuoteEntity,
  alias: 'q',
  filter: {
    id: 'id',
    status: 'enum',
    approvalStatus: { kind: 'enum', column: 'q.approval_status' },
    opportunityId: 'id',
    customerId: 'id',
    ownerId: 'string',
    currency: 'string',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: {
    NUMBER: 'number',
    VALID_UNTIL: 'validUntil',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
  },
  defaultOrder: { property: 'number', direction: 'DESC' },
  rows: (context) => visibleQuotes(context),
});

export const quoteLoader = (context: RequestContext) => ownedLoader(context, QuoteEntity);

/** Quote.lines: one query for the lines of every quote in a request. */
export const quoteLinesLoader = (context: RequestContext) =>
  loaderByParent(context, QuoteLineEntity, 'quoteId', { position: 'ASC' });

// Not loaderByParent: a sales rep sees only their own quotes of a deal.
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
