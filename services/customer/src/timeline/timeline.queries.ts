import { childConnection, type PageArgs, type RequestContext } from '@crm/platform';
import { TimelineEntryEntity } from './timelineEntry.entity';

/** Customer.timeline, newest first; the first pages of a whole list of customers load together. */
export function customerTimeline(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TimelineEntryEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: [{ property: 'occurredAt', direction: 'DESC' }],
    },
    args,
  );
}
