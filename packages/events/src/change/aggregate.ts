import { changedFields, type Actor, type Principal, type TenantDb, type TenantOwned } from '@crm/platform';
import type { DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EventDataInput, EventType } from '../catalogue/eventCatalogue';
import { recordChange } from '../outbox/recordChange';

/** The root row of an aggregate: one tenant's, with an id and an optimistic-concurrency version. */
export interface AggregateRow extends ObjectLiteral, TenantOwned {
  id: string;
  version: number;
}

/**
 * Who makes a change: a request (RequestContext fits as it is) or a flow — a consumer, a scheduler —
 * with a data access scoped to the event's tenant and an actor such as `service:sales`.
 */
export interface ChangeContext {
  db: TenantDb;
  actor: Actor;
  /** The caller, when a person makes the change: `visibleTo` rules read it. */
  readonly user?: Principal;
  /** When the change happens, if not now: a scheduler's clock, the time of its events. */
  readonly now?: Date;
}

/** The same author working in the transaction `tx`: for a change that is part of another. */
export function within(context: ChangeContext, tx: TenantDb): ChangeContext {
  return {
    db: tx,
    actor: context.actor,
    get user() {
      return context.user;
    },
    ...(context.now ? { now: context.now } : {}),
  };
}

/** How the change pipeline sees one aggregate. */
export interface AggregateDefinition<E extends AggregateRow, S, P> {
  /** The name in audit records and NOT_FOUND errors, e.g. `Lead`. */
  name: string;
  entity: EntityTarget<E>;
  /** The key of the image in its events' data: `lead` in `{ lead, changedFields }`. */
  eventKey: string;
  /** The state that audit records and events carry, in the shape of the catalogue's snapshot (imageOf). */
  image(row: E, parts: P): S;
  /** The rows that belong to the aggregate (order lines, contact roles), read when it is locked. */
  loadParts?(tx: TenantDb, row: E): Promise<P>;
  /** Whether the caller may see the row (a sales rep's own records); one they may not is NOT_FOUND. */
  visibleTo?(context: ChangeContext, row: E): boolean;
}

/** Extra data of an event beyond the image and `changedFields`, e.g. `previousStatus`. */
type EventExtras<T extends EventType> = Partial<EventDataInput<T>>;

/** What a rule decides: the new values of the row, its parts if they changed, and the event to emit. */
export interface Decision<E, P, T extends EventType = EventType> {
  set?: DeepPartial<E>;
  /** The aggregate's parts after the change, already written (the image is taken from them). */
  parts?: P;
  event: T;
  data?: EventExtras<T>;
  /** Emit the event although no field of the image changed (a comment added to a ticket). */
  evenIfUnchanged?: boolean;
}

export interface NewAggregate<E, P, T extends EventType = EventType> {
  values: DeepPartial<E>;
  event: T;
  data?: EventExtras<T>;
  /** Writes the parts of the new row once it has its id, and returns them. */
  writeParts?(tx: TenantDb, row: E): Promise<P>;
}

/** Which row a command changes, on behalf of which mutation. */
export interface ChangeTarget {
  id: string;
  /** The version the caller edited: a newer one is a CONFLICT. Null or omitted: no check. */
  expectedVersion?: number | null;
  /** The audit record's operation, e.g. `updateLead` (a flow names itself, e.g. `convertLead`). */
  operation: string;
}

export interface State<S, P> {
  before: S;
  parts: P;
  tx: TenantDb;
}

/**
 * The one change pipeline of every command (docs/architecture.md §11): lock the row, check the version,
 * let the rules decide, save, take the before/after images, and write the audit record and the event
 * in the same transaction — all of it or nothing. A command is then input parsing, a `decide`, and a call.
 */
export class Aggregate<E extends AggregateRow, S, P = undefined> {
  constructor(readonly definition: AggregateDefinition<E, S, P>) {}

  /** Inserts a new aggregate with its created event. */
  create<T extends EventType>(
    context: ChangeContext,
    operation: string,
    aggregate: NewAggregate<E, P, T>,
  ): Promise<E> {
    const { entity } = this.definition;
    return context.db.transaction(async (tx) => {
      const row = tx.manager.create(entity, { ...aggregate.values, tenantId: tx.tenantId } as DeepPartial<E>);
      await tx.save(entity, row);
      const parts = aggregate.writeParts ? await aggregate.writeParts(tx, row) : await this.partsOf(tx, row);
      const after = this.definition.image(row, parts);
      await this.record(tx, context, operation, row.id, null, after, {
        event: aggregate.event,
        data: { changedFields: changedFields(null, after as object), ...aggregate.data },
      });
      return row;
    });
  }

  /** Changes an aggregate as `decide` says; a decision that changes nothing writes nothing and emits nothing. */
  change<T extends EventType>(
    context: ChangeContext,
    target: ChangeTarget,
    decide: (row: E, state: State<S, P>) => Decision<E, P, T> | null | Promise<Decision<E, P, T> | null>,
  ): Promise<E> {
    return context.db.transaction(async (tx) => {
      const { row, parts } = await this.lock(tx, context, target);
      const before = this.definition.image(row, parts);
      const decision = await decide(row, { before, parts, tx });
      if (!decision) return row;
      Object.assign(row, decision.set ?? {});
      const partsAfter = decision.parts ?? parts;
      const changed = changedFields(before as object, this.definition.image(row, partsAfter) as object);
      if (changed.length === 0 && !decision.evenIfUnchanged) return row;
      // A change of the parts alone still makes a new version of the whole aggregate.
      if (changed.length > 0 && 'updatedAt' in row) Object.assign(row, { updatedAt: new Date() });
      await tx.save(this.definition.entity, row);
      const after = this.definition.image(row, partsAfter);
      await this.record(tx, context, target.operation, row.id, before, after, {
        event: decision.event,
        data: { changedFields: changed, ...decision.data },
      });
      return row;
    });
  }

  /** Deletes an aggregate; its event carries the last state. `beforeRemove` deletes what depends on it. */
  remove<T extends EventType>(
    context: ChangeContext,
    target: ChangeTarget,
    removal: { event: T; beforeRemove?: (tx: TenantDb, row: E) => Promise<void> },
  ): Promise<E> {
    return context.db.transaction(async (tx) => {
      const { row, parts } = await this.lock(tx, context, target);
      const before = this.definition.image(row, parts);
      await removal.beforeRemove?.(tx, row);
      const { id } = row;
      await tx.remove(this.definition.entity, row);
      await this.record(tx, context, target.operation, id, before, null, {
        event: removal.event,
        data: { changedFields: [] },
      });
      return Object.assign(row, { id });
    });
  }

  /**
   * Locks the row for the rest of the transaction, with its parts. NOT_FOUND if it is not the tenant's or
   * not the caller's to see (checked before the version, so nothing about it leaks); CONFLICT if the caller
   * edited an older version.
   */
  async lock(tx: TenantDb, context: ChangeContext, target: Omit<ChangeTarget, 'operation'>) {
    const { name, entity, visibleTo } = this.definition;
    const row = await tx.findForUpdate(
      entity,
      name,
      target.id,
      target.expectedVersion,
      visibleTo && ((candidate) => visibleTo(context, candidate)),
    );
    return { row, parts: await this.partsOf(tx, row) };
  }

  /** The audit record and the event of a change, for a command whose steps the pipeline does not fit. */
  async record<T extends EventType>(
    tx: TenantDb,
    context: ChangeContext,
    operation: string,
    id: string,
    before: S | null,
    after: S | null,
    event: { event: T; data: Record<string, unknown> },
  ): Promise<void> {
    await recordChange(tx, context.actor, {
      operation,
      entityType: this.definition.name,
      entityId: id,
      before,
      after,
      event: {
        type: event.event,
        data: { [this.definition.eventKey]: after ?? before, ...event.data } as unknown as EventDataInput<T>,
        time: context.now,
      },
    });
  }

  private partsOf(tx: TenantDb, row: E): Promise<P> {
    return this.definition.loadParts?.(tx, row) ?? Promise.resolve(undefined as P);
  }
}

export function defineAggregate<E extends AggregateRow, S, P = undefined>(
  definition: AggregateDefinition<E, S, P>,
): Aggregate<E, S, P> {
  return new Aggregate(definition);
}
