import type { ConsumedEvent } from '@crm/events';

/**
 * Whether an event of the aggregate's topic carries the aggregate's state under `key` (every event of
 * the catalogue's aggregates does; an event type added later without it is counted, not applied).
 */
export function carries(event: ConsumedEvent, typePrefix: string, key: string): boolean {
  return (
    event.type.startsWith(typePrefix) &&
    typeof event.data === 'object' &&
    event.data !== null &&
    key in event.data
  );
}
