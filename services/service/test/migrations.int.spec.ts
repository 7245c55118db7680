// The generated migrations build exactly the schema the entities describe: a changed entity without
// its migration fails here.
import { forThisFile } from '@crm/testkit';
import { startServiceService } from './support/serviceTestService';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

it('leaves no difference between the entities and the migrated database', async () => {
  const pending = await app.service.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((query) => query.query)).toEqual([]);
});
