import type { DataSource } from 'typeorm';
import type { BaseConfig } from '../../src/config/config';
import { createLogger } from '../../src/log/logger';
import { startSubgraph, type RunningSubgraph, type SubgraphOptions } from '../../src/server/subgraphServer';

/**
 * The platform's subgraph server on a free port with a small schema of the test's own, no database
 * (`/ready` is not asked) and the test JWT settings: what a test of the server's edge needs.
 */
export function startBareSubgraph(
  options: Pick<SubgraphOptions, 'name' | 'typeDefs' | 'resolvers' | 'permissions' | 'routes'>,
): Promise<RunningSubgraph> {
  const config = {
    NODE_ENV: 'test',
    JWT_SECRET: 'a-test-secret-of-enough-length',
    JWT_ISSUER: 'crm-platform',
    JWT_AUDIENCE: 'crm-api',
  } as BaseConfig;
  return startSubgraph({
    ...options,
    port: 0,
    dataSource: { isInitialized: false } as DataSource,
    config,
    log: createLogger(options.name),
  });
}
