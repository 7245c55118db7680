import { CustomerTables1795710071282 } from './1795710071282-CustomerTables';
import { CustomerSearchIndexes1795710071300 } from './1795710071300-CustomerSearchIndexes';
import { TimelineOwner1796701769331 } from './1796701769331-TimelineOwner';

export const customerMigrations = [
  CustomerTables1795710071282,
  CustomerSearchIndexes1795710071300,
  TimelineOwner1796701769331,
];
