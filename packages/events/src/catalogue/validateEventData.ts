import type { z } from 'zod';
import { findEventDefinition, type EventData, type EventType } from './eventCatalogue';

export interface EventDataIssue {
  /** Dotted path into the data, e.g. `customer.address.country`; empty for the root. */
  path: string;
  message: string;
}

export type EventValidationCode = 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT_DATA';

export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';

  constructor(
    readonly eventType: string,
    readonly code: EventValidationCode,
    readonly issues: readonly EventDataIssue[],
  ) {
    super(
      code === 'UNKNOWN_EVENT_TYPE'
        ? `Unknown event type "${eventType}": it is not in the event catalogue`
        : `Invalid data for event ${eventType}:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
  }
}

/** Returns the data parsed by the event type's schema (unknown fields stripped) or throws an EventValidationError. */
export function validateEventData<T extends EventType>(type: T, data: unknown): EventData<T>;
export function validateEventData(type: string, data: unknown): unknown;
export function validateEventData(type: string, data: unknown): unknown {
  const definition = findEventDefinition(type);
  if (!definition) {
    throw new EventValidationError(type, 'UNKNOWN_EVENT_TYPE', []);
  }
  const result = definition.data.safeParse(data);
  if (!result.success) {
    throw new EventValidationError(type, 'INVALID_EVENT_DATA', result.error.issues.map(toIssue));
  }
  return result.data;
}

function toIssue(issue: z.core.$ZodIssue): EventDataIssue {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}
