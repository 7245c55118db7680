import { AnalyticsReadModels1795716592920 } from './1795716592920-AnalyticsReadModels';

export const analyticsMigrations = [AnalyticsReadModels1795716592920];
