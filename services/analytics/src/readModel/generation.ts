import { recordAudit, TenantDb, type Actor } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { readModelTables } from './readModelTables';

/** The consumer group of a generation: a new group reads every topic from the start. */
export function readModelGroupId(groupPrefix: string, generation: number): string {
  return `${groupPrefix}analytics.read-models.g${generation}`;
}

/** The current generation (the first start creates generation 1). */
export async function currentGeneration(manager: EntityManager): Promise<number> {
  await manager.query(
    `INSERT INTO read_model_generation (id, generation, started_at) VALUES (1, 1, now()) ON CONFLICT (id) DO NOTHING`,
  );
  const [row] = (await manager.query('SELECT generation FROM read_model_generation WHERE id = 1')) as {
    generation: number;
  }[];
  return row!.generation;
}

/**
 * Whether a consumer of `generation` may still write. Taken in the consumer's transaction (a share
 * lock), so a rebuild waits for writes in flight, and a replica that has not yet followed the rebuild
 * writes nothing into the emptied tables.
 */
export async function isCurrentGeneration(manager: EntityManager, generation: number): Promise<boolean> {
  const [row] = (await manager.query(
    'SELECT generation FROM read_model_generation WHERE id = 1 FOR SHARE',
  )) as { generation: number }[];
  return row?.generation === generation;
}

export interface Rebuild {
  generation: number;
  startedAt: Date;
}

/**
 * Empties every read model and starts the next generation; running consumers follow it (see
 * ReadModelRunner) and replay every topic from the start. The inbox rows of the old group go too. It is an
 * operator's action: every tenant's figures are rebuilt, so it is recorded in every tenant's audit trail.
 */
export async function rebuildReadModels(
  dataSource: DataSource,
  groupPrefix: string,
  actor: Actor,
): Promise<Rebuild> {
  return dataSource.transaction(async (manager) => {
    const previous = await currentGeneration(manager);
    await manager.query('SELECT generation FROM read_model_generation WHERE id = 1 FOR UPDATE');
    const tenants = (await manager.query('SELECT DISTINCT tenant_id FROM topic_status')) as {
      tenant_id: string;
    }[];
    await manager.query(`TRUNCATE ${readModelTables.join(', ')}`);
    const [row] = (await manager.query(
      `UPDATE read_model_generation SET generation = generation + 1, started_at = now() WHERE id = 1
       RETURNING generation, started_at`,
    )) as [{ generation: number; started_at: Date }[], number];
    await manager.query('DELETE FROM inbox WHERE consumer_group = $1', [
      readModelGroupId(groupPrefix, previous),
    ]);
    const [updated] = row;
    const rebuild = { generation: updated!.generation, startedAt: updated!.started_at };
    for (const { tenant_id } of tenants) {
      await recordAudit(new TenantDb(manager, tenant_id), {
        ...actor,
        operation: 'rebuildAnalytics',
        entityType: 'ReadModels',
        entityId: 'analytics',
        before: { generation: previous },
        after: rebuild,
      });
    }
    return rebuild;
  });
}
