import { CustomerTables1795708196558 } from './1795708196558-CustomerTables';
import { CustomerSearchIndexes1795708196600 } from './1795708196600-CustomerSearchIndexes';
import { MillisecondTimes1795710013439 } from './1795710013439-MillisecondTimes';

export const customerMigrations = [
  CustomerTables1795708196558,
  CustomerSearchIndexes1795708196600,
  MillisecondTimes1795710013439,
];
