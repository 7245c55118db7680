import { customerService } from '@crm/customer/src/service';
import { consumerGroupsOf, startService, type RunningService } from '@crm/events';
import { startGateway, type RunningGateway } from '@crm/gateway/src/gateway';
import { dropDatabases, graphql, startConsumerGroupsAtEnd, testServiceEnv } from '@crm/testkit';
import { salesService } from '../../src/service';
import type { SalesTestService } from './salesTestService';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field by the tests */
export type Send = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<any>;

/** The customer and sales services on Kafka behind the real gateway. */
export interface SalesPlatform {
  customer: RunningService;
  sales: RunningService;
  gateway: RunningGateway;
  /** The gateway as a client for the support helpers (salesCatalogue, ...). */
  viaGateway: Pick<SalesTestService, 'request'>;
  /** Sends through the gateway as `token` unless another is given; any GraphQL error throws. */
  sender(token: string): Send;
}

/** The platform for the tests of this file: started before the first, stopped (databases dropped) after the last. */
export function salesPlatformForThisFile(): SalesPlatform {
  const env = testServiceEnv();
  const platform = {
    viaGateway: {
      request: (query, variables = {}, token) => graphql(platform.gateway.url, query, variables, token),
    },
    sender:
      (defaultToken) =>
      async (query, variables = {}, token = defaultToken) => {
        const response = await graphql(platform.gateway.url, query, variables, token);
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        return response.data!;
      },
  } as SalesPlatform;
  beforeAll(async () => {
    // The customer service's new groups (its projections) skip other runs' history.
    await startConsumerGroupsAtEnd(
      env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      consumerGroupsOf(customerService, env.DB_PREFIX),
    );
    [platform.customer, platform.sales] = await Promise.all([
      startService(customerService, env),
      startService(salesService, env),
    ]);
    platform.gateway = await startGateway({
      port: 0,
      env,
      subgraphUrls: { customer: platform.customer.url, sales: platform.sales.url },
    });
  });
  afterAll(async () => {
    await platform.gateway?.stop();
    await Promise.all([platform.customer?.stop(), platform.sales?.stop()]);
    await dropDatabases(env.DB_PREFIX);
  });
  return platform;
}
