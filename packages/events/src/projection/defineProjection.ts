import type { BackgroundTask, BaseConfig, Logger } from '@crm/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { findEventDefinition, type EventType } from '../catalogue/eventCatalogue';
import type { ServiceName } from '../catalogue/services';
import type { ConsumedEvent, ConsumedEventOf } from '../consumer/consumedEvent';
import { EventConsumer } from '../consumer/EventConsumer';

/**
 * A service's reaction to other services' events (docs/architecture.md §6): a local copy kept from them, a
 * flow they start, a read model. It names the event types it handles; the kit derives the topics, the
 * consumer group (`<prefix><service>.<name>`), hands it only those events, typed, and lists it in the
 * AsyncAPI document as a receiver.
 */
export interface Projection {
  /** Unique within the service; with the service's name it is the consumer group. */
  name: string;
  description: string;
  handles: readonly EventType[];
  /** Many events per transaction and per offset commit (projections that replay a whole topic). */
  batched: boolean;
  /** Applies the events of its types among `events`, in the order read, in the consumer's transaction. */
  apply(events: ConsumedEvent[], manager: EntityManager): Promise<void>;
}

type Apply<T extends EventType> =
  | { applyEach: (event: ConsumedEventOf<T>, manager: EntityManager) => Promise<void> }
  | { applyAll: (events: ConsumedEventOf<T>[], manager: EntityManager) => Promise<void> };

export function defineProjection<const T extends EventType>(
  projection: { name: string; description: string; handles: readonly T[]; batched?: boolean } & Apply<T>,
): Projection {
  for (const type of projection.handles) {
    if (!findEventDefinition(type))
      throw new Error(`${projection.name} handles ${type}, which is not in the catalogue`);
  }
  // Looked up for every event of every batch the consumer reads.
  const types: ReadonlySet<string> = new Set(projection.handles);
  const handled = (events: ConsumedEvent[]) =>
    events.filter((event): event is ConsumedEventOf<T> => types.has(event.type));
  return {
    name: projection.name,
    description: projection.description,
    handles: projection.handles,
    batched: projection.batched ?? false,
    apply: async (events, manager) => {
      if ('applyAll' in projection) return projection.applyAll(handled(events), manager);
      for (const event of handled(events)) await projection.applyEach(event, manager);
    },
  };
}

/** The topics a projection reads: those of the event types it handles. */
export function topicsOfProjection(projection: Projection): string[] {
  return [...new Set(projection.handles.map((type) => findEventDefinition(type)!.topic))].sort();
}

/** The consumer group that feeds a projection of `service`, and the topics it reads. */
export function consumerGroupOf(service: ServiceName, projection: Projection, prefix: string) {
  return { groupId: `${prefix}${service}.${projection.name}`, topics: topicsOfProjection(projection) };
}

/** Every consumer group of a service's projections (tests start them at the end of a shared broker's topics). */
export function consumerGroupsOf(service: { name: ServiceName; projections?: Projection[] }, prefix: string) {
  return (service.projections ?? []).map((projection) => consumerGroupOf(service.name, projection, prefix));
}

/** The consumer that feeds a projection: other event types on its topics are read and skipped. */
export function projectionConsumer(
  service: ServiceName,
  projection: Projection,
  deps: { kafka: Kafka; dataSource: DataSource; config: Pick<BaseConfig, 'DB_PREFIX'>; log: Logger },
): BackgroundTask {
  return new EventConsumer({
    name: projection.name,
    kafka: deps.kafka,
    dataSource: deps.dataSource,
    ...consumerGroupOf(service, projection, deps.config.DB_PREFIX),
    handle: (event, manager) => projection.apply([event], manager),
    ...(projection.batched
      ? { batch: { handleBatch: (events, manager) => projection.apply(events, manager) } }
      : {}),
    log: deps.log,
  });
}
