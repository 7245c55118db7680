import { MarketingTables1795713308705 } from './1795713308705-MarketingTables';

export const marketingMigrations = [MarketingTables1795713308705];
