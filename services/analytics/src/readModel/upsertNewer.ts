import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { latestPerKey } from './latestPerKey';

/**
 * Inserts the rows, or overwrites a stored one only when the row's version is newer: a repeated or late
 * event (a replay) never brings back an older state. Rows are keyed by (tenant_id, id), one per key.
 */
export async function upsertNewer<
  T extends ObjectLiteral & { tenantId: string; id: string; version: number },
>(manager: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const table = metadata.tableName;
  const columns = metadata.columns.filter((column) => !column.isPrimary).map((c) => c.databaseName);
  await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows)
    .orUpdate(columns, ['tenant_id', 'id'], {
      overwriteCondition: { where: `"${table}"."version" < EXCLUDED."version"` },
    })
    .execute();
}

/** The batch's newest state of each aggregate (its row from `rowOf`), upserted where newer than stored. */
export async function upsertLatestStates<
  E,
  T extends ObjectLiteral & { tenantId: string; id: string; version: number },
>(manager: EntityManager, entity: EntityTarget<T>, events: E[], rowOf: (event: E) => T): Promise<void> {
  const rows = latestPerKey(
    events.map(rowOf),
    (row) => `${row.tenantId}|${row.id}`,
    (row) => row.version,
  );
  await upsertNewer(manager, entity, rows);
}
