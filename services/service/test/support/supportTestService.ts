import { createKafka, ensureTopics, startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { startTestService, testToken, type TestService, type TestServiceEnv } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { customerSegmentTopics } from '../../src/customer/customerSegment.consumer';
import { orderProjectionTopics } from '../../src/order/orderProjection.consumer';
import { defineSupportService, type SupportServiceOptions } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type SupportTestService = TestService<RunningService>;

export interface StartOptions extends SupportServiceOptions {
  /**
   * No background tasks at all (no consumers, no scheduler): for tests that need none, since a new consumer
   * group replays its topics from the beginning; also a quiet database to count statements on.
   */
  withoutBackground?: boolean;
  /** Another instance's environment: a second replica on the same databases (not dropped by stop). */
  sameDatabasesAs?: SupportTestService;
  /** E.g. a StatementCounter, to prove that lists batch. */
  sqlLogger?: Logger;
}

/**
 * A new consumer group reads its topics from the beginning, which on a shared broker is the history of every
 * earlier test run and bench (tens of thousands of other tenants' events, growing): replaying it outlasts
 * any test's wait. A test file publishes its events after its service starts, so its new groups (see
 * orderProjectionConsumer, customerSegmentConsumer) begin at the topics' current end instead.
 */
async function startConsumerGroupsAtEnd(env: TestServiceEnv): Promise<void> {
  const groups = [
    { groupId: `${env.DB_PREFIX}service.orders`, topics: orderProjectionTopics },
    { groupId: `${env.DB_PREFIX}service.customers`, topics: customerSegmentTopics },
  ];
  const kafka = createKafka({ brokers: env.KAFKA_BROKERS ?? '127.0.0.1:9092', clientId: 'service-test' });
  await ensureTopics(kafka, [...orderProjectionTopics, ...customerSegmentTopics]);
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const { groupId, topics } of groups) {
      for (const topic of topics) {
        const ends = await admin.fetchTopicOffsets(topic);
        await admin.setOffsets({
          groupId,
          topic,
          partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
        });
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/** The service (support) service started in-process for one test file, on databases of its own. */
export function startSupportService(options: StartOptions = {}): Promise<SupportTestService> {
  const definition = defineSupportService(options);
  if (options.withoutBackground) definition.background = undefined;
  return startTestService(
    async (env) => {
      // A replica joins the groups of the instance it shares databases with: their offsets stay.
      if (!options.withoutBackground && !options.sameDatabasesAs) await startConsumerGroupsAtEnd(env);
      return startService(definition, env, { sqlLogger: options.sqlLogger });
    },
    { sameDatabasesAs: options.sameDatabasesAs },
  );
}

/** A token of `tenantId` with one role; the user id names the role. */
export function tokenFor(tenantId: string, role: Role = 'support_agent'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
