import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import { conflict, notFound } from '../errors/errors';

/** Every tenant-owned entity has this column. */
export interface TenantOwned {
  tenantId: string;
}

/**
 * The only data access a resolver gets: every query it builds is already limited to the caller's
 * tenant, so an unscoped query has to be written on purpose against the raw DataSource.
 */
export class TenantDb {
  constructor(
    readonly manager: EntityManager,
    readonly tenantId: string,
  ) {}

  /** A query builder with `alias.tenantId = :tenantId` already applied. */
  select<T extends ObjectLiteral & TenantOwned>(
    entity: EntityTarget<T>,
    alias: string,
  ): SelectQueryBuilder<T> {
    return this.manager
      .createQueryBuilder(entity, alias)
      .where(`${alias}.tenantId = :tenantId`, { tenantId: this.tenantId });
  }

  async findById<T extends ObjectLiteral & TenantOwned>(
    entity: EntityTarget<T>,
    id: string,
  ): Promise<T | null> {
    return this.manager.findOne(entity, { where: { id, tenantId: this.tenantId } as never });
  }

  async findByIds<T extends ObjectLiteral & TenantOwned & { id: string }>(
    entity: EntityTarget<T>,
    ids: readonly string[],
  ): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.manager.find(entity, { where: { id: In([...ids]), tenantId: this.tenantId } as never });
  }

  /**
   * Locks the row for the rest of the transaction; NOT_FOUND if it is not this tenant's or not `visible`
   * to the caller (checked before the version, so nothing about it leaks), CONFLICT if the caller edited
   * an older version (optimistic concurrency on top of the row lock).
   */
  async findForUpdate<T extends ObjectLiteral & TenantOwned & { version: number }>(
    entity: EntityTarget<T>,
    name: string,
    id: string,
    expectedVersion?: number | null,
    visible?: (row: T) => boolean,
  ): Promise<T> {
    const row = await this.manager.findOne(entity, {
      where: { id, tenantId: this.tenantId } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || (visible && !visible(row))) throw notFound(name, id);
    if (expectedVersion != null && row.version !== expectedVersion) {
      throw conflict(
        `${name} ${id} was changed by someone else (version ${row.version}, expected ${expectedVersion})`,
        { currentVersion: row.version },
      );
    }
    return row;
  }

  /** Saves rows of this tenant only: a row of another tenant is a bug, never a write. */
  async save<T extends ObjectLiteral & TenantOwned>(entity: EntityTarget<T>, row: T): Promise<T> {
    if (row.tenantId !== this.tenantId) throw new Error('Refusing to save a row of another tenant');
    return this.manager.save(entity, row);
  }

  async remove<T extends ObjectLiteral & TenantOwned>(entity: EntityTarget<T>, row: T): Promise<void> {
    if (row.tenantId !== this.tenantId) throw new Error('Refusing to delete a row of another tenant');
    await this.manager.remove(entity, row);
  }

  /**
   * Runs `work` in one transaction; the change, its audit record and its events commit together. Inside
   * a transaction already (a command that is part of another), `work` joins it.
   */
  transaction<R>(work: (tx: TenantDb) => Promise<R>): Promise<R> {
    if (this.manager.queryRunner?.isTransactionActive) return work(this);
    return this.manager.transaction((manager) => work(new TenantDb(manager, this.tenantId)));
  }
}
