import {
  childConnection,
  seesOnlyOwnRecords,
  loaderById,
  type Connection,
  type PageArgs,
  type Principal,
  type RequestContext,
  type SortKey,
  type TenantOwned,
} from '@crm/platform';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A lead, deal, quote or order: owned by one sales rep. */
export interface OwnedRecord {
  ownerId: string | null;
}

/** The tenant's rows of `entity` this caller may see. */
export function visibleRecords<T extends ObjectLiteral & TenantOwned & OwnedRecord>(
  context: RequestContext,
  entity: EntityTarget<T>,
  alias: string,
): SelectQueryBuilder<T> {
  const query = context.db.select(entity, alias);
  if (seesOnlyOwnRecords(context.user)) {
    query.andWhere(`${alias}.ownerId = :viewerId`, { viewerId: context.user.userId });
  }
  return query;
}

/** Whether the caller may see the record; a flow (no user) sees every one. The owned aggregates' visibleTo. */
export function isVisibleRecord<R extends OwnedRecord>(
  context: { readonly user?: Principal },
  record: R,
): boolean {
  const { user } = context;
  return !user || !seesOnlyOwnRecords(user) || record.ownerId === user.userId;
}

/** The `scope` of a childConnection under a customer: a sales rep's own rows only. */
export function ownerScope(context: RequestContext): { property: 'ownerId'; value: string } | undefined {
  return seesOnlyOwnRecords(context.user) ? { property: 'ownerId', value: context.user.userId } : undefined;
}

type OwnedEntity = ObjectLiteral & TenantOwned & OwnedRecord & { id: string; customerId: string | null };

/** Customer.leads, .opportunities, .orders: the caller's own, the first pages of a list of customers together. */
export function ownedOfCustomer<T extends OwnedEntity>(
  context: RequestContext,
  entity: EntityTarget<T>,
  customerId: string,
  sort: SortKey[],
  args: PageArgs,
): Promise<Connection<T>> {
  return childConnection(
    context,
    { entity, parentProperty: 'customerId', parentId: customerId, sort, scope: ownerScope(context) },
    args,
  );
}

/** Batches lookups by id of owned records (`lead(id)`, `_entities`); those the caller may not see are null. */
export function ownedLoader<T extends ObjectLiteral & TenantOwned & OwnedRecord & { id: string }>(
  context: RequestContext,
  entity: EntityTarget<T>,
) {
  return loaderById(context, entity, (row) => isVisibleRecord(context, row));
}
