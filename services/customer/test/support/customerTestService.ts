import { consumerGroupsOf, startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import {
  startConsumerGroupsAtEnd,
  startTestService,
  testToken,
  type TestService,
  type TestServiceEnv,
} from '@crm/testkit';
import type { Logger } from 'typeorm';
import { customerService } from '../../src/service';
import { noteTopicEnds } from './tenantRecords';

export { dataOf, errorOf } from '@crm/testkit';

export type CustomerTestService = TestService<RunningService>;

export interface StartOptions {
  sqlLogger?: Logger;
  /** Leaves out the timeline consumer, for a file that does not need it and wants a quiet database. */
  withoutConsumers?: boolean;
  /** The test's settings over the defaults. */
  env?: NodeJS.ProcessEnv;
}

/** The customer service started in-process for one test file, on databases of its own. */
export async function startCustomerService(options: StartOptions = {}): Promise<CustomerTestService> {
  const definition = options.withoutConsumers
    ? { ...customerService, background: undefined }
    : customerService;
  const app = await startTestService(
    async (env) => {
      if (!options.withoutConsumers) await skipHistory(env);
      return startService(definition, env, { sqlLogger: options.sqlLogger });
    },
    { env: options.env },
  );
  await noteTopicEnds(app);
  return app;
}

/**
 * Tests publish their events after the start: the new groups skip the shared broker's history (the
 * timeline reads crm.marketing.member, which carries every campaign send, open and click).
 */
async function skipHistory(env: TestServiceEnv): Promise<void> {
  await startConsumerGroupsAtEnd(
    env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    consumerGroupsOf(customerService, env.DB_PREFIX),
  );
}

/** A token of `tenantId` with one role; the user id names the role, so audit records show who acted. */
export function tokenFor(tenantId: string, role: Role = 'admin'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
