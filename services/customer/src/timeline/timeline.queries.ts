import { childConnection, seesOnlyOwnRecords, type PageArgs, type RequestContext } from '@crm/platform';
import { TimelineEntryEntity } from './timelineEntry.entity';

/**
 * Customer.timeline, newest first; the first pages of a whole list of customers load together. A sales rep who
 * sees only their own records sees no line of another rep's order or deal (the lines of others stay).
 */
export function customerTimeline(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TimelineEntryEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: [{ property: 'occurredAt', direction: 'DESC' }],
      ...(seesOnlyOwnRecords(context.user)
        ? { scope: { property: 'ownerId', value: context.user.userId, orNull: true } }
        : {}),
    },
    args,
  );
}
