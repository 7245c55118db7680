import {
  applyFilter,
  byKeys,
  containsPattern,
  paginate,
  sortOrder,
  type Connection,
  type Filter,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { CampaignFilter, CampaignOrderBy } from '../generated/graphql';
import { CampaignEntity } from './campaign.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'c.id' },
  name: { kind: 'string', column: 'c.name' },
  type: { kind: 'enum', column: 'c.type' },
  status: { kind: 'enum', column: 'c.status' },
  ownerId: { kind: 'string', column: 'c.owner_id' },
  // Date columns take the range operators of date-times; dates are compared as calendar dates.
  startDate: { kind: 'dateTime', column: 'c.start_date' },
  endDate: { kind: 'dateTime', column: 'c.end_date' },
  createdAt: { kind: 'dateTime', column: 'c.created_at' },
  updatedAt: { kind: 'dateTime', column: 'c.updated_at' },
};

const orderProperty = {
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

/** The Date scalar's values (midnight UTC) as the calendar dates they name, whatever the process time zone. */
function withCalendarDates(filter: Filter): Filter {
  const convert = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    }
    return value;
  };
  const { startDate, endDate, and, or, not, ...rest } = filter;
  return {
    ...rest,
    startDate: convert(startDate),
    endDate: convert(endDate),
    and: and?.map(withCalendarDates),
    or: or?.map(withCalendarDates),
    not: not ? withCalendarDates(not) : not,
  };
}

/** The campaign list: search (name, location, description), typed filter, keyset pages; newest first by default. */
export function listCampaigns(
  context: RequestContext,
  args: PageArgs & {
    search?: string | null;
    filter?: CampaignFilter | null;
    orderBy?: CampaignOrderBy | null;
  },
): Promise<Connection<CampaignEntity>> {
  const query = context.db.select(CampaignEntity, 'c');
  const search = args.search?.trim();
  if (search) {
    query.andWhere('(c.name ILIKE :search OR c.location ILIKE :search OR c.description ILIKE :search)', {
      search: containsPattern(search),
    });
  }
  if (args.filter) applyFilter(query, withCalendarDates(args.filter as Filter), filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'createdAt', direction: 'DESC' }),
    args,
  );
}

/** Batches campaign lookups of one request (relations and `_entities`) into one query. */
export function campaignLoader(context: RequestContext) {
  return context.loaders.get<string, CampaignEntity | null>('campaignById', async (ids) =>
    byKeys(ids, await context.db.findByIds(CampaignEntity, ids), (campaign) => campaign.id),
  );
}
