import path from 'node:path';
import { baseConfigSchema, loadConfig } from '@crm/platform';
import { z } from 'zod';

/** The committed static supergraph (written by `compose.ts`). */
export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The gateway's settings; subgraph URL overrides come as `SUBGRAPH_URL_<NAME>` (see subgraphUrls.ts). */
export const gatewayConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback by default; 0.0.0.0 behind a load balancer or in a container. */
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
  /** Memory bound of the automatic persisted query cache. */
  APQ_CACHE_MB: z.coerce.number().positive().default(16),
  /** The IDE needs it; switch off where no one explores the schema. */
  GRAPHQL_INTROSPECTION: flag.default(true),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, env);
}
