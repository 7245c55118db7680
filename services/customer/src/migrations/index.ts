import { CustomerTables1795710071282 } from './1795710071282-CustomerTables';
import { CustomerSearchIndexes1795710071300 } from './1795710071300-CustomerSearchIndexes';

export const customerMigrations = [CustomerTables1795710071282, CustomerSearchIndexes1795710071300];
