import type { z } from 'zod';
import { parseEventType, type EventTypeParts } from './eventType';

export interface EventDefinition<
  Type extends string = string,
  Data extends z.ZodType = z.ZodType,
> extends EventTypeParts {
  type: Type;
  description: string;
  /** The schema of the CloudEvent's data: the aggregate's state after the change plus what changed. */
  data: Data;
}

export function defineEvent<const Type extends string, Data extends z.ZodType>(definition: {
  type: Type;
  description: string;
  data: Data;
}): EventDefinition<Type, Data> {
  return { ...parseEventType(definition.type), ...definition };
}
