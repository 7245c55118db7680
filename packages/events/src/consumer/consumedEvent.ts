import type { CloudEvent } from '../cloudevents';
import type { EventData, EventType } from '../catalogue/eventCatalogue';

/** A decoded event whose data passed the catalogue's schema, with where it was read. */
export interface ConsumedEvent extends CloudEvent {
  topic: string;
  partition: number;
  offset: string;
}

/** An event of one of the types `T`; a check of `type` narrows `data` to that type's. */
export type ConsumedEventOf<T extends EventType> = T extends EventType
  ? ConsumedEvent & { type: T; data: EventData<T> }
  : never;

/** An event of any type of one topic, e.g. `ConsumedEventOfTopic<'crm.sales.quote'>`. */
export type ConsumedEventOfTopic<Topic extends string> = ConsumedEventOf<
  Extract<EventType, `${Topic}.${string}`>
>;
