import type { BaseConfig } from '@crm/platform';
import { EmailLinks, LinkSigner } from './email/signedLinks';
import { marketingSettings, type MarketingSettings } from './marketingConfig';

/**
 * What the marketing service's resolvers, routes and background tasks share once it starts: its settings
 * and the signer of its links. Built at start, from the service's configuration.
 */
export class MarketingRuntime {
  private started?: { settings: MarketingSettings; signer: LinkSigner; links: EmailLinks };

  constructor(private readonly overrides: Partial<MarketingSettings> = {}) {}

  start(config: BaseConfig): void {
    const settings = marketingSettings(process.env, config, this.overrides);
    const signer = new LinkSigner(settings.linkSecret);
    this.started = { settings, signer, links: new EmailLinks(settings.publicUrl, signer) };
  }

  get settings(): MarketingSettings {
    return this.ready().settings;
  }

  get signer(): LinkSigner {
    return this.ready().signer;
  }

  get links(): EmailLinks {
    return this.ready().links;
  }

  private ready() {
    if (!this.started) throw new Error('The marketing service has not started');
    return this.started;
  }
}
