import type { BaseConfig } from '@crm/platform';
import { z } from 'zod';

/** The marketing service's own settings (environment), beside the settings every service shares. */
const marketingEnvSchema = z.object({
  SMTP_URL: z.string().default('smtp://127.0.0.1:2525'),
  MAIL_FROM: z.string().default('CRM Marketing <marketing@crm.localhost>'),
  /** Where tracking, unsubscribe and opt-in links point: this service as the recipients reach it. */
  MARKETING_PUBLIC_URL: z.url().optional(),
  /** The key of signed links; derived from JWT_SECRET when not set. */
  MARKETING_LINK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  EMAIL_RATE_PER_SECOND: z.coerce.number().positive().default(10),
  EMAIL_SEND_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  EMAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
  SOCIAL_WEBHOOK_URL: z.url().optional(),
  SOCIAL_WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  SOCIAL_PUBLISH_INTERVAL_MS: z.coerce.number().int().min(10).default(30_000),
  SOCIAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  SOCIAL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
});

export interface MarketingSettings {
  smtpUrl: string;
  mailFrom: string;
  publicUrl: string;
  linkSecret: string;
  /** Campaign messages per second, per replica. */
  emailRatePerSecond: number;
  /** Messages one replica has in flight with the SMTP server at once. */
  emailSendConcurrency: number;
  emailSendIntervalMs: number;
  socialWebhookUrl: string | null;
  socialWebhookSecret: string | null;
  socialPublishIntervalMs: number;
  socialMaxAttempts: number;
  socialRetryBaseMs: number;
}

/** Settings from the environment; `overrides` (tests) win. */
export function marketingSettings(
  env: NodeJS.ProcessEnv,
  config: BaseConfig & { PORT?: number },
  overrides: Partial<MarketingSettings> = {},
): MarketingSettings {
  const parsed = marketingEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const vars = parsed.data;
  const linkSecret = overrides.linkSecret ?? vars.MARKETING_LINK_SECRET ?? config.JWT_SECRET;
  if (!linkSecret) {
    throw new Error('Invalid configuration:\n  MARKETING_LINK_SECRET must be set when JWT_SECRET is not');
  }
  return {
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    publicUrl: (vars.MARKETING_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT || 4004}`).replace(/\/$/, ''),
    linkSecret,
    emailRatePerSecond: vars.EMAIL_RATE_PER_SECOND,
    emailSendConcurrency: vars.EMAIL_SEND_CONCURRENCY,
    emailSendIntervalMs: vars.EMAIL_SEND_INTERVAL_MS,
    socialWebhookUrl: vars.SOCIAL_WEBHOOK_URL ?? null,
    socialWebhookSecret: vars.SOCIAL_WEBHOOK_SECRET ?? null,
    socialPublishIntervalMs: vars.SOCIAL_PUBLISH_INTERVAL_MS,
    socialMaxAttempts: vars.SOCIAL_MAX_ATTEMPTS,
    socialRetryBaseMs: vars.SOCIAL_RETRY_BASE_MS,
    ...overrides,
  };
}
