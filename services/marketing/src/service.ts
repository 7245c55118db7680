import { defineService, type ServiceDefinition } from '@crm/events';
import { attributionModule } from './attribution/attribution.module';
import { campaignModule } from './campaign/campaign.module';
import { consentModule } from './consent/consent.module';
import { customerModule } from './customer/customer.module';
import { emailModule, type EmailModuleOptions } from './email/email.module';
import type { MarketingSettings } from './marketingConfig';
import { MarketingRuntime } from './marketingRuntime';
import { memberModule } from './member/member.module';
import { marketingMigrations } from './migrations';
import { segmentModule } from './segment/segment.module';
import { socialModule } from './social/social.module';

export interface MarketingServiceOptions {
  /** Settings that win over the environment (tests). */
  settings?: Partial<MarketingSettings>;
  /** Tuning of the email sender (tests). */
  sender?: EmailModuleOptions['sender'];
  /** Runs neither the email sender nor the social publisher (a replica that only serves). */
  withoutSchedulers?: boolean;
}

/** The marketing service: its modules, one per aggregate; the runtime gives them its settings once started. */
export function defineMarketingService(options: MarketingServiceOptions = {}): ServiceDefinition {
  const runtime = new MarketingRuntime(options.settings);
  const withoutScheduler = options.withoutSchedulers;
  return defineService({
    name: 'marketing',
    srcDir: __dirname,
    modules: [
      customerModule,
      attributionModule,
      campaignModule,
      memberModule,
      segmentModule,
      emailModule(runtime, { sender: options.sender, withoutScheduler }),
      consentModule(runtime),
      socialModule(runtime, { withoutScheduler }),
    ],
    migrations: marketingMigrations,
  });
}

export const marketingService = defineMarketingService();
