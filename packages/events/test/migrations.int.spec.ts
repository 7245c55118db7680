import { openEventKitEnvironment, type EventKitEnvironment } from './support/eventKitEnvironment';

let env: EventKitEnvironment;

beforeAll(async () => {
  env = await openEventKitEnvironment('event_kit_migrations');
});

afterAll(async () => {
  await env?.close();
});

it('eventKitMigrations create exactly what the entities describe (no drift)', async () => {
  const pending = await env.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  const tables = await env.dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('outbox', 'inbox') ORDER BY 1",
  );
  expect(tables).toEqual([{ table_name: 'inbox' }, { table_name: 'outbox' }]);
});
