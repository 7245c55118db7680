// For the TypeORM CLI. Generate a migration after changing an entity with
//   pnpm --filter @crm/customer migration:generate src/migrations/<Name>
import { eventKitEntities, eventKitMigrations } from '@crm/events';
import { AuditRecord, createDataSource, platformMigrations } from '@crm/platform';
import { customerEntities } from '../service';
import { customerMigrations } from './index';

export default createDataSource({
  url: process.env.MIGRATION_DATABASE_URL ?? '',
  entities: [...customerEntities, ...eventKitEntities, AuditRecord],
  migrations: [...platformMigrations, ...eventKitMigrations, ...customerMigrations],
});
