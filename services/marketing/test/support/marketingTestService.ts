import { createServer } from 'node:net';
import { consumerGroupsOf, startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import type { Logger } from 'typeorm';
import {
  startConsumerGroupsAtEnd,
  startTestService,
  testToken,
  type ConsumerGroupTopics,
  type TestService,
  type TestServiceEnv,
} from '@crm/testkit';
import { startDevMailServer, type DevMailServer } from '../../src/email/devMailServer';
import { marketingService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type MarketingTestService = TestService<RunningService>;

/** A port free now, for a service whose links must name its address before it listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The new consumer groups of a marketing instance (customer projection, attribution). */
export function marketingConsumerGroups(env: TestServiceEnv): ConsumerGroupTopics[] {
  return consumerGroupsOf(marketingService, env.DB_PREFIX);
}

/** Tests publish their events after the start: a new instance's groups skip the shared broker's history. */
async function skipHistory(env: TestServiceEnv): Promise<void> {
  await startConsumerGroupsAtEnd(env.KAFKA_BROKERS ?? '127.0.0.1:9092', marketingConsumerGroups(env));
}

/** The marketing service started in-process for one test file, on databases of its own. */
export function startMarketingService(
  options: { withoutConsumers?: boolean; sqlLogger?: Logger } = {},
): Promise<MarketingTestService> {
  const definition = options.withoutConsumers
    ? { ...marketingService, background: undefined }
    : marketingService;
  return startTestService(async (env) => {
    await skipHistory(env);
    return startService(definition, env, { sqlLogger: options.sqlLogger });
  });
}

export interface MarketingWithMail {
  app: MarketingTestService;
  mail: DevMailServer;
  /** The service's address, where its links point. */
  publicUrl: string;
  stop(): Promise<void>;
}

export interface MarketingWithMailOptions {
  /** The test's settings (`EMAIL_RATE_PER_SECOND`, `SOCIAL_WEBHOOK_URL`, …), over the mail server's. */
  env?: NodeJS.ProcessEnv;
  /** Background tasks the test runs itself (`email-sender`), or that would get in its way. */
  withoutTasks?: string[];
}

/**
 * The marketing service mailing through a dev SMTP server of the test's own, its links pointing at its
 * own (pre-picked) port; the sender looks for work every 100 ms.
 */
export async function startMarketingWithMail(
  options: MarketingWithMailOptions = {},
  mailOptions: Parameters<typeof startDevMailServer>[0] = {},
): Promise<MarketingWithMail> {
  const mail = await startDevMailServer(mailOptions);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const app = await startTestService(
    async (env) => {
      await skipHistory(env);
      return startService(
        marketingService,
        { ...env, PORT: String(port) },
        { withoutTasks: options.withoutTasks },
      );
    },
    {
      // A replica on the same databases (sameDatabasesAs) mails and links the same way.
      env: {
        SMTP_URL: mail.smtpUrl,
        MARKETING_PUBLIC_URL: publicUrl,
        EMAIL_SEND_INTERVAL_MS: '100',
        ...options.env,
      },
    },
  );
  return {
    app,
    mail,
    publicUrl,
    stop: async () => {
      await app.stop();
      await mail.stop();
    },
  };
}

/** A token of `tenantId` with one role; the user id names the role, so audit records show who acted. */
export function tokenFor(tenantId: string, role: Role = 'marketer'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
