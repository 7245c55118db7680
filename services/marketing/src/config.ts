import { defaultPorts, serviceConfigSchema } from '@crm/events';
import { developmentSecretReason, isDevelopment, type RequestContext } from '@crm/platform';
import { z } from 'zod';
import { EmailLinks, LinkSigner } from './email/signedLinks';

const atLeast16 = 'at least 16 characters';

/**
 * The marketing service's settings: the common ones and its own, validated at start. What follows from
 * them is derived here, once: the public URL (this service's port unless MARKETING_PUBLIC_URL says
 * otherwise), the signer of its links (keyed by MARKETING_LINK_SECRET, else JWT_SECRET) and the builder of
 * the links in its mail.
 */
export const marketingConfig = serviceConfigSchema
  .extend({
    SMTP_URL: z.string().default('smtp://127.0.0.1:2525'),
    MAIL_FROM: z.string().default('CRM Marketing <marketing@crm.localhost>'),
    /** Where tracking, unsubscribe and opt-in links point: this service as the recipients reach it. */
    MARKETING_PUBLIC_URL: z.url().optional(),
    /** The key of signed links; derived from JWT_SECRET when not set. */
    MARKETING_LINK_SECRET: z.string().min(16, atLeast16).optional(),
    /** Campaign messages per second, per replica. */
    EMAIL_RATE_PER_SECOND: z.coerce.number().positive().default(10),
    /** Messages one replica has in flight with the SMTP server at once. */
    EMAIL_SEND_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
    EMAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
    // The open pixel and tracked links answer anyone: what they record is rate-limited (linkRoutes.ts).
    /** The window over which the link limits refill. */
    EMAIL_LINK_RATE_WINDOW_MS: z.coerce.number().int().positive().default(3_600_000),
    /** Hits of one link (a message's pixel, one of its tracked links) recorded per window. */
    EMAIL_LINK_HITS_PER_LINK: z.coerce.number().int().positive().default(20),
    /** Hits from one client address, over every link, recorded per window. */
    EMAIL_LINK_HITS_PER_ADDRESS: z.coerce.number().int().positive().default(1_000),
    /**
     * Reverse proxies in front of this service: the client's address is the one the outermost of them added
     * to X-Forwarded-For (0: the connection's own address; a forwarded header is then ignored).
     */
    EMAIL_LINK_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SOCIAL_WEBHOOK_URL: z.url().optional(),
    SOCIAL_WEBHOOK_SECRET: z.string().min(16, atLeast16).optional(),
    SOCIAL_PUBLISH_INTERVAL_MS: z.coerce.number().int().min(10).default(30_000),
    SOCIAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    SOCIAL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
  })
  .transform((vars, context) => {
    const linkSecret = vars.MARKETING_LINK_SECRET ?? vars.JWT_SECRET;
    if (!linkSecret) {
      context.addIssue({
        code: 'custom',
        path: ['MARKETING_LINK_SECRET'],
        message: 'must be set when JWT_SECRET is not',
      });
      return z.NEVER;
    }
    // Whoever knows the key forges unsubscribe and click links: the same rule as JWT_SECRET (loadConfig).
    const weak =
      vars.MARKETING_LINK_SECRET && !isDevelopment(vars)
        ? developmentSecretReason(vars.MARKETING_LINK_SECRET)
        : null;
    if (weak) {
      context.addIssue({
        code: 'custom',
        path: ['MARKETING_LINK_SECRET'],
        message: `a development secret (${weak}) outside development`,
      });
      return z.NEVER;
    }
    const publicUrl = (
      vars.MARKETING_PUBLIC_URL ?? `http://127.0.0.1:${vars.PORT || defaultPorts.marketing}`
    ).replace(/\/$/, '');
    const linkSigner = new LinkSigner(linkSecret);
    return {
      ...vars,
      MARKETING_PUBLIC_URL: publicUrl,
      /** Signs and checks the tokens of the links in marketing mail. */
      linkSigner,
      /** The URLs of a campaign message (open pixel, tracked links, unsubscribe) and of opt-in mail. */
      links: new EmailLinks(publicUrl, linkSigner),
    };
  });
export type MarketingConfig = z.output<typeof marketingConfig>;

/** What marketing's resolvers and commands receive: the request, with the service's configuration. */
export type MarketingContext = RequestContext<MarketingConfig>;
