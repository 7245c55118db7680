import type { DataSource } from 'typeorm';
import type { BaseConfig } from '../../src/config/config';
import { createLogger, type Logger } from '../../src/log/logger';
import { startSubgraph, type RunningSubgraph, type SubgraphOptions } from '../../src/server/subgraphServer';

/** The JWT settings of a bare subgraph, to sign its tokens with. */
export const bareSubgraphJwt = {
  JWT_SECRET: 'a-test-secret-of-enough-length',
  JWT_ISSUER: 'crm-platform',
  JWT_AUDIENCE: 'crm-api',
};

/**
 * The platform's subgraph server on a free port with a small schema of the test's own, no database
 * (`/ready` is not asked) and the test JWT settings: what a test of the server's edge needs. NODE_ENV is
 * `test` unless `nodeEnv` says otherwise; `log` replaces the service's logger (to read what it wrote).
 */
export function startBareSubgraph(
  options: Pick<SubgraphOptions, 'name' | 'typeDefs' | 'resolvers' | 'permissions' | 'routes'> & {
    nodeEnv?: BaseConfig['NODE_ENV'];
    log?: Logger;
  },
): Promise<RunningSubgraph> {
  const { nodeEnv = 'test', log, ...subgraph } = options;
  const config = { NODE_ENV: nodeEnv, ...bareSubgraphJwt } as BaseConfig;
  return startSubgraph({
    ...subgraph,
    port: 0,
    dataSource: { isInitialized: false } as DataSource,
    config,
    log: log ?? createLogger(options.name),
  });
}
