import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A local copy of another service's aggregate: one tenant's, with the version its events carry. */
export interface VersionedCopy extends ObjectLiteral {
  tenantId: string;
  version: number;
}

/**
 * How a projection stores other services' aggregates: inserts the rows, or overwrites a stored one only
 * when the row's version is newer (a redelivered, replayed or late event never brings back an older
 * state) and the tenant is the same. Keyed by the entity's primary key; one row per key. Returns how
 * many rows were written.
 */
export async function upsertNewer<T extends VersionedCopy>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T | T[],
): Promise<number> {
  const values = Array.isArray(rows) ? rows : [rows];
  if (values.length === 0) return 0;
  const metadata = manager.connection.getMetadata(entity);
  const table = metadata.tableName;
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values)
    .orUpdate(
      metadata.columns.filter((column) => !column.isPrimary).map((column) => column.databaseName),
      metadata.primaryColumns.map((column) => column.databaseName),
      {
        overwriteCondition: {
          where: `"${table}"."version" < EXCLUDED."version" AND "${table}"."tenant_id" = EXCLUDED."tenant_id"`,
        },
      },
    )
    .returning(metadata.primaryColumns.map((column) => column.databaseName))
    .execute();
  return (result.raw as unknown[]).length;
}

/**
 * The item to apply per aggregate of a batch: the highest rank (the aggregate's version), the later one
 * on a tie. Earlier states of the batch would be overwritten anyway; a replayed older event loses.
 */
export function latestPerKey<E>(items: E[], keyOf: (item: E) => string, rankOf: (item: E) => number): E[] {
  const latest = new Map<string, E>();
  for (const item of items) {
    const key = keyOf(item);
    const kept = latest.get(key);
    if (!kept || rankOf(item) >= rankOf(kept)) latest.set(key, item);
  }
  return [...latest.values()];
}

/** A batch's newest state of each aggregate (its row from `rowOf`), upserted where newer than stored. */
export async function upsertLatestStates<E, T extends VersionedCopy & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  events: E[],
  rowOf: (event: E) => T,
): Promise<number> {
  const rows = latestPerKey(
    events.map(rowOf),
    (row) => `${row.tenantId}|${row.id}`,
    (row) => row.version,
  );
  return upsertNewer(manager, entity, rows);
}
