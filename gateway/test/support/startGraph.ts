import {
  consumerGroupsOf,
  startService,
  type RunningService,
  type ServiceDefinition,
  type ServiceName,
} from '@crm/events';
import { customerService } from '@crm/customer/src/service';
import { dropDatabases, startConsumerGroupsAtEnd, testServiceEnv } from '@crm/testkit';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';

export interface TestGraph {
  env: ReturnType<typeof testServiceEnv>;
  customer: RunningService;
  /** Every service started, the customer service and the `others` asked for, by name. */
  services: Partial<Record<ServiceName, RunningService>>;
  gateway: RunningGateway;
  /** Another gateway in front of the same services, e.g. in production mode; stopped with the graph. */
  startGateway(options?: GatewayOptions): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * The real graph as a test file needs it: the customer service and any `others` (own databases, the
 * run's Kafka, their consumer groups at the end of the shared topics) started in-process on free ports,
 * and the gateway routing to them.
 */
export async function startGraph(
  gatewayEnv: NodeJS.ProcessEnv = {},
  others: ServiceDefinition[] = [],
): Promise<TestGraph> {
  const env = testServiceEnv();
  const definitions = [customerService, ...others];
  if (others.length > 0) {
    await startConsumerGroupsAtEnd(
      env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      definitions.flatMap((definition) => consumerGroupsOf(definition, env.DB_PREFIX)),
    );
  }
  const started = await Promise.allSettled(definitions.map((definition) => startService(definition, env)));
  const services: TestGraph['services'] = {};
  started.forEach((result, index) => {
    if (result.status === 'fulfilled') services[definitions[index]!.name] = result.value;
  });
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(Object.values(services).map((service) => service.stop()));
    await dropDatabases(env.DB_PREFIX);
    throw failed.reason;
  }
  const subgraphUrls = Object.fromEntries(Object.entries(services).map(([name, { url }]) => [name, url]));
  const gateways: RunningGateway[] = [];
  const start = async (options: GatewayOptions = {}) => {
    const gateway = await startGateway({
      port: 0,
      ...options,
      env: { ...env, ...gatewayEnv, ...options.env },
      subgraphUrls: { ...subgraphUrls, ...options.subgraphUrls },
    });
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await start();
  return {
    env,
    customer: services.customer!,
    services,
    gateway,
    startGateway: start,
    stop: async () => {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all(Object.values(services).map((service) => service.stop()));
      await dropDatabases(env.DB_PREFIX);
    },
  };
}
