import { startService, type RunningService } from '@crm/events';
import { customerService } from '@crm/customer/src/service';
import { dropDatabases, testServiceEnv } from '@crm/testkit';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';

export interface TestGraph {
  env: ReturnType<typeof testServiceEnv>;
  customer: RunningService;
  gateway: RunningGateway;
  /** Another gateway in front of the same customer service, e.g. in production mode; stopped with the graph. */
  startGateway(options?: GatewayOptions): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * The real graph as a test file needs it: the customer service (own databases, the run's Kafka)
 * started in-process on a free port, and the gateway routing to it.
 */
export async function startGraph(gatewayEnv: NodeJS.ProcessEnv = {}): Promise<TestGraph> {
  const env = testServiceEnv();
  const customer = await startService(customerService, env);
  const gateways: RunningGateway[] = [];
  const start = async (options: GatewayOptions = {}) => {
    const gateway = await startGateway({
      port: 0,
      ...options,
      env: { ...env, ...gatewayEnv, ...options.env },
      subgraphUrls: { customer: customer.url, ...options.subgraphUrls },
    });
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await start();
  return {
    env,
    customer,
    gateway,
    startGateway: start,
    stop: async () => {
      await Promise.all(gateways.map((g) => g.stop()));
      await customer.stop();
      await dropDatabases(env.DB_PREFIX);
    },
  };
}
