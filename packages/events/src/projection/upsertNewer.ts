import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * How a consumer stores another service's aggregate in its projection: inserts the row, or overwrites the
 * stored one only when the event's version is newer (a redelivered, replayed or late event never brings back
 * an older state) and the tenant is the same. Returns whether the row was written.
 */
export async function upsertNewer<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T & { tenantId: string; version: number },
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(entity);
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(row)
    .orUpdate(
      metadata.columns.filter((column) => column.propertyName !== 'id').map((column) => column.databaseName),
      ['id'],
      {
        overwriteCondition: {
          where: `"${metadata.tableName}"."version" < EXCLUDED."version" AND "${metadata.tableName}"."tenant_id" = EXCLUDED."tenant_id"`,
        },
      },
    )
    .returning(['id'])
    .execute();
  return (result.raw as unknown[]).length > 0;
}
