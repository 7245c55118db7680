// A statement that runs longer than the connection's limit is cancelled by PostgreSQL: no request, consumer or
// job holds a connection longer than DB_STATEMENT_TIMEOUT_MS.
import { createDataSource } from '../src/db/dataSource';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

test('a statement over the limit is cancelled, one within it runs', async () => {
  const dataSource = createDataSource({ url, entities: [], migrations: [], statementTimeoutMs: 200 });
  await dataSource.initialize();
  try {
    await expect(dataSource.query('SELECT 1 AS done FROM pg_sleep(0.05)')).resolves.toEqual([{ done: 1 }]);
    await expect(dataSource.query('SELECT pg_sleep(2)')).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '57014' }), // query_canceled
    });
  } finally {
    await dataSource.destroy();
  }
});
