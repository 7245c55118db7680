import { defineService } from '@crm/events';
import { attributionModule } from './attribution/attribution.module';
import { campaignModule } from './campaign/campaign.module';
import { marketingConfig } from './config';
import { consentModule } from './consent/consent.module';
import { customerModule } from './customer/customer.module';
import { emailModule } from './email/email.module';
import { memberModule } from './member/member.module';
import { marketingMigrations } from './migrations';
import { segmentModule } from './segment/segment.module';
import { socialModule } from './social/social.module';

/** The marketing service: its modules, one per aggregate (docs/architecture.md §2). */
export const marketingService = defineService({
  name: 'marketing',
  srcDir: __dirname,
  config: marketingConfig,
  modules: [
    customerModule,
    attributionModule,
    campaignModule,
    memberModule,
    segmentModule,
    emailModule,
    consentModule,
    socialModule,
  ],
  migrations: marketingMigrations,
});
