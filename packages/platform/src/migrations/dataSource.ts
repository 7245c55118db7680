// The platform's own tables (audit_log), for the TypeORM CLI. Regenerate a migration with
//   npx tsx packages/platform/src/db/generateMigration.ts packages/platform/src/migrations/dataSource.ts packages/platform/src/migrations/<Name>
import { AuditRecord } from '../audit/auditRecord';
import { createDataSource } from '../db/dataSource';
import { platformMigrations } from './index';

export default createDataSource({
  url: process.env.MIGRATION_DATABASE_URL ?? '',
  entities: [AuditRecord],
  migrations: platformMigrations,
});
