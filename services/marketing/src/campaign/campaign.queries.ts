import { defineList, loaderById, type Filter, type PageArgs, type RequestContext } from '@crm/platform';
import type { CampaignFilter, CampaignOrderBy, CampaignOrderField } from '../generated/graphql';
import { CampaignEntity } from './campaign.entity';

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

const campaigns = defineList<CampaignEntity, CampaignOrderField>({
  entity: CampaignEntity,
  alias: 'c',
  filter: {
    id: 'id',
    name: 'string',
    type: 'enum',
    status: 'enum',
    ownerId: 'string',
    // Date columns take the range operators of date-times; dates are compared as calendar dates.
    startDate: 'dateTime',
    endDate: 'dateTime',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  search: () => ({
    where: '(c.name ILIKE :search OR c.location ILIKE :search OR c.description ILIKE :search)',
  }),
});

/** The campaign list: search (name, location, description), typed filter, keyset pages; newest first by default. */
export const listCampaigns = (
  context: RequestContext,
  args: PageArgs & {
    search?: string | null;
    filter?: CampaignFilter | null;
    orderBy?: CampaignOrderBy | null;
  },
) =>
  // The list kit has no hook for filter values: dates become calendar dates before it applies the filter.
  campaigns(context, {
    ...args,
    filter: args.filter ? withCalendarDates(args.filter as Filter) : args.filter,
  });

export const campaignLoader = (context: RequestContext) => loaderById(context, CampaignEntity);
