// The event kit's own tables (outbox, inbox), for the TypeORM CLI. After changing OutboxEvent or InboxEvent:
//   npx tsx packages/platform/src/db/generateMigration.ts packages/events/src/migrations/dataSource.ts packages/events/src/migrations/EventKit<Change>
import { createDataSource } from '@crm/platform';
import { eventKitEntities, eventKitMigrations } from './index';

export default createDataSource({
  url: process.env.MIGRATION_DATABASE_URL ?? '',
  entities: eventKitEntities,
  migrations: eventKitMigrations,
});
