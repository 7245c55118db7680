import type { DataSource, QueryRunner } from 'typeorm';

/**
 * A session-level advisory lock held on a dedicated connection: whoever holds it is the one active
 * relay of a service database. The connection's end (stop, crash, network loss) frees it for a replica.
 */
export class RelayLock {
  private constructor(
    readonly connection: QueryRunner,
    private readonly key: string,
  ) {}

  /** Returns the lock, or undefined when another session holds it. */
  static async tryAcquire(dataSource: DataSource, key: string): Promise<RelayLock | undefined> {
    const connection = dataSource.createQueryRunner('master');
    try {
      const rows: { locked: boolean }[] = await connection.query(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [key],
      );
      if (rows[0]?.locked) return new RelayLock(connection, key);
    } catch (error) {
      await discard(connection, error as Error);
      throw error;
    }
    await connection.release();
    return undefined;
  }

  async release(): Promise<void> {
    if (this.connection.isReleased) return;
    try {
      if (this.connection.isTransactionActive) await this.connection.rollbackTransaction();
      await this.connection.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.key]);
      await this.connection.release();
    } catch (error) {
      // A connection that cannot unlock must not go back to the pool still holding the lock.
      await discard(this.connection, error as Error);
    }
  }
}

async function discard(connection: QueryRunner, error: Error): Promise<void> {
  // TypeORM's PostgresQueryRunner releases with an error so that pg-pool destroys the connection
  // (and with it the session's locks) instead of reusing it; the method is not in its typings.
  const runner = connection as unknown as { releasePostgresConnection?: (err: Error) => Promise<void> };
  if (runner.releasePostgresConnection) await runner.releasePostgresConnection(error);
  else await connection.release();
}
