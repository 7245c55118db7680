import { eventCatalogue, type CatalogueEvent } from '@crm/events';
import type { z } from 'zod';

type SalesEvent = Extract<CatalogueEvent, { type: `crm.sales.${string}` }>;
type DataOf<T extends SalesEvent['type']> = Extract<SalesEvent, { type: T }>['data'];

/**
 * The catalogue's schema of an aggregate's snapshot (for imageOf), read from one of its events: the kit's
 * index exports the customer service's snapshot schemas, not those of sales.
 */
export function snapshotSchema<T extends SalesEvent['type'], K extends keyof DataOf<T>['shape'] & string>(
  type: T,
  key: K,
): DataOf<T>['shape'][K] {
  const definition = eventCatalogue.find((event) => event.type === type)!;
  return (definition.data as z.ZodObject).shape[key] as DataOf<T>['shape'][K];
}
