import { paginate, type PageArgs, type RequestContext } from '@crm/platform';
import { TimelineEntryEntity } from './timelineEntry.entity';

export function customerTimeline(context: RequestContext, customerId: string, args: PageArgs) {
  const query = context.db
    .select(TimelineEntryEntity, 't')
    .andWhere('t.customerId = :customerId', { customerId });
  return paginate(query, [{ property: 'occurredAt', direction: 'DESC' }], args);
}
