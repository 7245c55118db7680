import { Client } from 'pg';
import { DataSource, type Logger, type MigrationInterface } from 'typeorm';

/** `crm_customer`, or `<prefix>customer` when tests run side by side. */
export function serviceDatabaseName(prefix: string, service: string): string {
  return `${prefix}${service}`;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the service's database through the admin connection if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
        .catch((error: { code?: string }) => {
          // Another replica may have created it between the check and now.
          if (error.code !== '42P04' && error.code !== '23505') throw error;
        });
    }
  } finally {
    await client.end();
  }
}

/** A TypeORM entity class (decorated). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  url: string;
  entities: EntityClass[];
  migrations: MigrationClass[];
  poolSize?: number;
  /**
   * The longest a statement may run on these connections (PostgreSQL's statement_timeout): no request, consumer
   * or job holds a connection longer. A migration that needs longer sets its own (`SET LOCAL statement_timeout`).
   */
  statementTimeoutMs?: number;
  /** E.g. a StatementCounter, with which tests and the benchmark prove that loaders batch. */
  logger?: Logger;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    extra: {
      max: options.poolSize ?? 10,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    ...(options.logger ? { logger: options.logger, logging: ['query' as const] } : {}),
  });
}

/** Creates the database if needed, connects and applies pending migrations (run at every start). */
export async function openDatabase(
  adminUrl: string,
  database: string,
  options: Omit<DataSourceOptions, 'url'>,
) {
  await ensureDatabase(adminUrl, database);
  const dataSource = createDataSource({ ...options, url: databaseUrl(adminUrl, database) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
