import { CustomerTables1795708196558 } from './1795708196558-CustomerTables';
import { CustomerSearchIndexes1795708196600 } from './1795708196600-CustomerSearchIndexes';

export const customerMigrations = [CustomerTables1795708196558, CustomerSearchIndexes1795708196600];
