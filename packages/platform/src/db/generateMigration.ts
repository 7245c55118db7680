/**
 * Generates a TypeORM migration from the difference between the entities and the migrations so far:
 *   tsx packages/platform/src/db/generateMigration.ts <dataSourceFile> <migrationsDir>/<Name>
 * It creates a scratch database, applies the existing migrations there, lets the TypeORM CLI diff,
 * and drops the scratch database. The data source file reads MIGRATION_DATABASE_URL.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from './dataSource';

async function main(): Promise<void> {
  const [dataSourceFile, migrationPath] = process.argv.slice(2);
  if (!dataSourceFile || !migrationPath) {
    throw new Error('usage: generateMigration.ts <dataSourceFile> <migrationsDir>/<Name>');
  }
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = `crm_migration_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const cli = require.resolve('typeorm/cli.js');
    const env = {
      ...process.env,
      MIGRATION_DATABASE_URL: databaseUrl(adminUrl, scratch),
      // The root tsconfig covers every package, so TypeORM's legacy decorators compile everywhere.
      TSX_TSCONFIG_PATH: join(__dirname, '../../../../tsconfig.json'),
    };
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: 'inherit', env });
    run('migration:run', '-d', dataSourceFile);
    run('migration:generate', migrationPath, '-d', dataSourceFile, '--pretty');
  } finally {
    await admin.query(`DROP DATABASE ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
