// The migrations (TypeORM CLI generated, plus the hand-written search indexes) build exactly the schema
// the entities describe: a changed entity without its migration fails here.
import { forThisFile } from '@crm/testkit';
import { startCustomerService } from './support/customerTestService';

const app = forThisFile(() => startCustomerService({ withoutConsumers: true }));

it('leaves no difference between the entities and the migrated database', async () => {
  const pending = await app.service.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  const indexes = await app.sql<{ indexname: string }>(
    "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm' ORDER BY 1",
  );
  expect(indexes.map((row) => row.indexname)).toEqual([
    'contact_search_trgm',
    'customer_search_email_trgm',
    'customer_search_name_trgm',
    'customer_search_phone_trgm',
  ]);
});
