import { isServiceName, type ServiceName } from './services';

/** What an event type such as `crm.sales.opportunity.won.v1` says about itself. */
export interface EventTypeParts {
  service: ServiceName;
  aggregate: string;
  /** The event name, e.g. `won`. */
  name: string;
  version: number;
  /** `crm.<service>.<aggregate>`: one topic per aggregate, keyed by aggregate id. */
  topic: string;
  /** The CloudEvents `source`: `/crm/<service>`. */
  source: string;
}

const segment = '[a-z][a-zA-Z0-9_]*';
const eventTypePattern = new RegExp(`^crm\\.(${segment})\\.(${segment})\\.(${segment})\\.v([1-9][0-9]*)$`);

/** Parses `crm.<service>.<aggregate>.<event>.v<N>`; throws on anything else. */
export function parseEventType(type: string): EventTypeParts {
  const match = eventTypePattern.exec(type);
  if (!match) {
    throw new Error(`Invalid event type "${type}": expected crm.<service>.<aggregate>.<event>.v<N>`);
  }
  const [, service = '', aggregate = '', name = '', version = ''] = match;
  if (!isServiceName(service)) {
    throw new Error(`Invalid event type "${type}": unknown service "${service}"`);
  }
  return {
    service,
    aggregate,
    name,
    version: Number(version),
    topic: topicName(service, aggregate),
    source: sourceOf(service),
  };
}

export function topicName(service: ServiceName, aggregate: string): string {
  return `crm.${service}.${aggregate}`;
}

export function sourceOf(service: ServiceName): string {
  return `/crm/${service}`;
}

/** Each topic has one dead-letter topic, shared by the consumer groups reading it (headers name the group). */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
