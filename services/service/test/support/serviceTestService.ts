import { consumerGroupsOf as projectionGroupsOf, startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import {
  startConsumerGroupsAtEnd,
  startTestService,
  testToken,
  type ConsumerGroupTopics,
  type TestService,
  type TestServiceEnv,
} from '@crm/testkit';
import type { Logger } from 'typeorm';
import { customerService } from '@crm/customer/src/service';
import { serviceService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type ServiceTestService = TestService<RunningService>;

export interface StartOptions {
  /**
   * Background tasks not to start, by name: `sla-scheduler` for tests whose scheduler ticks would get in the
   * way, or that run it themselves with their own clock.
   */
  withoutTasks?: string[];
  /**
   * No background tasks at all (no consumers, no scheduler): for tests that need none, since a new consumer
   * group replays its topics from the beginning; also a quiet database to count statements on.
   */
  withoutBackground?: boolean;
  /** Another instance's environment: a second replica on the same databases (not dropped by stop). */
  sameDatabasesAs?: ServiceTestService;
  /** E.g. a StatementCounter, to prove that lists batch. */
  sqlLogger?: Logger;
}

/** The new consumer groups of an end-to-end test's services: this one's and the customer service's timeline. */
export function consumerGroupsOf(env: TestServiceEnv): ConsumerGroupTopics[] {
  return [
    ...projectionGroupsOf(serviceService, env.DB_PREFIX),
    ...projectionGroupsOf(customerService, env.DB_PREFIX).filter((group) =>
      group.groupId.endsWith('.timeline'),
    ),
  ];
}

/** The `service` service started in-process for one test file, on databases of its own. */
export function startServiceService(options: StartOptions = {}): Promise<ServiceTestService> {
  const definition = options.withoutBackground
    ? { ...serviceService, background: undefined }
    : serviceService;
  return startTestService(
    async (env) => {
      // Their history is other test runs' (see startConsumerGroupsAtEnd); a replica joins the groups of the
      // instance it shares databases with, whose offsets stay.
      if (!options.withoutBackground && !options.sameDatabasesAs) {
        await startConsumerGroupsAtEnd(
          env.KAFKA_BROKERS ?? '127.0.0.1:9092',
          projectionGroupsOf(definition, env.DB_PREFIX),
        );
      }
      return startService(definition, env, {
        sqlLogger: options.sqlLogger,
        withoutTasks: options.withoutTasks,
      });
    },
    { sameDatabasesAs: options.sameDatabasesAs },
  );
}

/** A token of `tenantId` with one role; the user id names the role. */
export function tokenFor(tenantId: string, role: Role = 'support_agent'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
