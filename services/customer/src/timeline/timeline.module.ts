import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { timelineProjection } from './timeline.projection';
import { customerTimeline } from './timeline.queries';
import { TimelineEntryEntity } from './timelineEntry.entity';

const resolvers: Resolvers = {
  Customer: {
    timeline: (customer, args, context) => customerTimeline(context, customer.id, args),
  },
};

/** Customer.timeline: one feed of what every service reported about a customer, kept from their events. */
export const timelineModule = defineModule({
  resolvers,
  entities: [TimelineEntryEntity],
  projections: [timelineProjection],
});
