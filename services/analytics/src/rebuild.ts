// `pnpm --filter @crm/analytics run rebuild:read-models`: empties the read models and starts the next generation;
// running analytics services follow it and replay every topic from the start.
import { userInfo } from 'node:os';
import { baseConfigSchema, createLogger, openDatabase, serviceDatabaseName } from '@crm/platform';
import { serviceTables } from '@crm/events';
import { rebuildReadModels } from './readModel/generation';
import { analyticsService } from './service';

async function main(): Promise<void> {
  // Only the database settings: no token is verified here.
  const config = baseConfigSchema.parse(process.env);
  const log = createLogger('analytics-rebuild');
  const dataSource = await openDatabase(
    config.DATABASE_URL,
    serviceDatabaseName(config.DB_PREFIX, 'analytics'),
    { ...serviceTables(analyticsService), statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS },
  );
  try {
    const rebuild = await rebuildReadModels(dataSource, config.DB_PREFIX, {
      actorId: `cli:${userInfo().username}`,
    });
    log.info(rebuild, 'read models emptied; running analytics services replay every topic from the start');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
