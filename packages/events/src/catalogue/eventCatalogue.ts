import type { z } from 'zod';
import { customerEvents } from './customer';
import { marketingEvents } from './marketing';
import { salesEvents } from './sales';
import { serviceEvents } from './service';
import type { EventDefinition } from './defineEvent';
import type { ServiceName } from './services';

/** Every event type of the platform. A service's events join with `...salesEvents` etc. */
export const eventCatalogue = [
  ...customerEvents,
  ...salesEvents,
  ...serviceEvents,
  ...marketingEvents,
] as const;

export type CatalogueEvent = (typeof eventCatalogue)[number];
export type EventType = CatalogueEvent['type'];
/** The data of an event type as consumers read it (after validation). */
export type EventData<T extends EventType> = z.output<Extract<CatalogueEvent, { type: T }>['data']>;
/** The data of an event type as producers pass it to `recordEvent`. */
export type EventDataInput<T extends EventType> = z.input<Extract<CatalogueEvent, { type: T }>['data']>;

const definitionsByType = new Map<string, EventDefinition>();
for (const definition of eventCatalogue) {
  if (definitionsByType.has(definition.type)) {
    throw new Error(`Event type ${definition.type} is defined twice in the catalogue`);
  }
  definitionsByType.set(definition.type, definition);
}

export function findEventDefinition(type: string): EventDefinition | undefined {
  return definitionsByType.get(type);
}

export function isCatalogueEventType(type: string): type is EventType {
  return definitionsByType.has(type);
}

/** Every event type of one topic, e.g. `eventsOfTopic('crm.sales.lead')`: what a projection of the whole aggregate handles. */
export function eventsOfTopic<Topic extends string>(
  topic: Topic,
): Extract<EventType, `${Topic}.${string}`>[] {
  return eventCatalogue
    .filter((definition) => definition.topic === topic)
    .map((definition) => definition.type as Extract<EventType, `${Topic}.${string}`>);
}

/** The topics a service publishes to, sorted. */
export function topicsOf(service: ServiceName): string[] {
  return uniqueSorted(eventCatalogue.filter((d) => d.service === service).map((d) => d.topic));
}

/** Every topic of the catalogue, sorted. */
export function allTopics(): string[] {
  return uniqueSorted(eventCatalogue.map((d) => d.topic));
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}
