// For the TypeORM CLI. Generate a migration after changing an entity with
//   pnpm --filter @crm/service migration:generate src/migrations/<Name>
import { serviceTables } from '@crm/events';
import { createDataSource } from '@crm/platform';
import { serviceService } from '../service';

export default createDataSource({
  url: process.env.MIGRATION_DATABASE_URL ?? '',
  ...serviceTables(serviceService),
});
