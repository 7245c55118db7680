import path from 'node:path';
import { baseConfigSchema, loadConfig } from '@crm/platform';
import { z } from 'zod';
import type { TenantQuota } from './quotas/quotas';

/** The committed static supergraph (written by `compose.ts`). */
export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

const tenantQuotas = z.record(
  z.string(),
  z.strictObject({
    tenantCapacity: z.number().positive().optional(),
    tenantRefillPerSecond: z.number().positive().optional(),
    subjectCapacity: z.number().positive().optional(),
    subjectRefillPerSecond: z.number().positive().optional(),
    concurrentReports: z.number().int().positive().optional(),
  }),
);

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The gateway's settings; subgraph URL overrides come as `SUBGRAPH_URL_<NAME>` (see subgraphUrls.ts). */
export const gatewayConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback by default; 0.0.0.0 behind a load balancer or in a container. */
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
  /** Memory bound of the automatic persisted query cache. */
  APQ_CACHE_MB: z.coerce.number().positive().default(16),
  // Quotas: request cost per tenant and per user, refilled per second (docs/decisions.md, "Quotas").
  QUOTA_TENANT_CAPACITY: z.coerce.number().positive().default(200_000),
  QUOTA_TENANT_REFILL_PER_SECOND: z.coerce.number().positive().default(40_000),
  QUOTA_SUBJECT_CAPACITY: z.coerce.number().positive().default(50_000),
  QUOTA_SUBJECT_REFILL_PER_SECOND: z.coerce.number().positive().default(10_000),
  /** Reports (fields of weight ≥ 100) of one tenant running at once, per replica. */
  QUOTA_CONCURRENT_REPORTS: z.coerce.number().int().positive().default(4),
  /** Per-tenant quotas over those defaults, as JSON: `{"acme": {"tenantCapacity": 500000, ...}}`. */
  TENANT_QUOTAS: z
    .string()
    .default('{}')
    .transform((text, context) => {
      const parsed = tenantQuotas.safeParse(safeJson(text));
      if (parsed.success) return parsed.data;
      context.addIssue({ code: 'custom', message: `not a map of tenant quotas: ${parsed.error.message}` });
      return z.NEVER;
    }),
  /** The IDE needs it; switch off where no one explores the schema. */
  GRAPHQL_INTROSPECTION: flag.default(true),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = loadConfig(gatewayConfigSchema, env);
  // A bucket smaller than the largest request would refuse that request for ever.
  const capacities = [config.QUOTA_TENANT_CAPACITY, config.QUOTA_SUBJECT_CAPACITY].concat(
    Object.values(config.TENANT_QUOTAS).flatMap((quota) => [
      quota.tenantCapacity ?? Infinity,
      quota.subjectCapacity ?? Infinity,
    ]),
  );
  if (Math.min(...capacities) < config.MAX_QUERY_COST) {
    throw new Error('Invalid configuration:\n  quota capacities must be at least MAX_QUERY_COST');
  }
  return config;
}

/** A tenant's quota: its own settings over the defaults. */
export function tenantQuota(config: GatewayConfig, tenantId: string): TenantQuota {
  const own = config.TENANT_QUOTAS[tenantId] ?? {};
  return {
    tenant: {
      capacity: own.tenantCapacity ?? config.QUOTA_TENANT_CAPACITY,
      refillPerSecond: own.tenantRefillPerSecond ?? config.QUOTA_TENANT_REFILL_PER_SECOND,
    },
    subject: {
      capacity: own.subjectCapacity ?? config.QUOTA_SUBJECT_CAPACITY,
      refillPerSecond: own.subjectRefillPerSecond ?? config.QUOTA_SUBJECT_REFILL_PER_SECOND,
    },
    concurrentReports: own.concurrentReports ?? config.QUOTA_CONCURRENT_REPORTS,
  };
}
