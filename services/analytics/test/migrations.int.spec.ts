// The generated migrations build exactly the schema the entities describe: a changed entity without
// its migration fails here.
import { startAnalyticsService, type AnalyticsTestService } from './support/analyticsTestService';

let app: AnalyticsTestService;

beforeAll(async () => {
  app = await startAnalyticsService({ withoutConsumers: true });
});

afterAll(async () => {
  await app?.stop();
});

it('leaves no difference between the entities and the migrated database', async () => {
  const pending = await app.service.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((query) => query.query)).toEqual([]);
});
