// A scratch DataSource for the TypeORM CLI only; services list eventKitEntities and eventKitMigrations
// in their own DataSource. After changing OutboxEvent or InboxEvent, regenerate from packages/events:
//   psql postgres://postgres@127.0.0.1:5432/postgres -c 'CREATE DATABASE events_scratch'
//   export DATABASE_URL=postgres://postgres@127.0.0.1:5432/events_scratch
//   npx tsx node_modules/typeorm/cli.js migration:run -d src/migrations/dataSource.ts
//   npx tsx node_modules/typeorm/cli.js migration:generate -d src/migrations/dataSource.ts src/migrations/EventKit<Change>
//   psql postgres://postgres@127.0.0.1:5432/postgres -c 'DROP DATABASE events_scratch'
// then add the new class to eventKitMigrations (src/migrations/index.ts).
import { DataSource } from 'typeorm';
import { eventKitEntities, eventKitMigrations } from './index';

export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/events_scratch',
  entities: eventKitEntities,
  migrations: eventKitMigrations,
});
