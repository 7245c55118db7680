import { MarketingTables1795713308705 } from './1795713308705-MarketingTables';
import { EmailConsentSocialAttribution1795716810494 } from './1795716810494-EmailConsentSocialAttribution';

export const marketingMigrations = [MarketingTables1795713308705, EmailConsentSocialAttribution1795716810494];
