import { MarketingTables1795713308705 } from './1795713308705-MarketingTables';
import { EmailConsentSocialAttribution1795716810494 } from './1795716810494-EmailConsentSocialAttribution';
import { EmailMessageLastHits1796701148650 } from './1796701148650-EmailMessageLastHits';

export const marketingMigrations = [
  MarketingTables1795713308705,
  EmailConsentSocialAttribution1795716810494,
  EmailMessageLastHits1796701148650,
];
