import { z } from 'zod';

const secondsPerUnit = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** A duration in whole seconds, written `3600`, `90m`, `24h` or `7d`. */
const durationSeconds = z
  .string()
  .trim()
  .regex(/^\d+[smhd]?$/, 'seconds, or a number with s, m, h or d (e.g. 24h)')
  .transform((value) => {
    const unit = value.at(-1)! in secondsPerUnit ? (value.at(-1) as keyof typeof secondsPerUnit) : 's';
    return Number.parseInt(value, 10) * secondsPerUnit[unit];
  })
  .refine((seconds) => seconds > 0, 'must be longer than 0 seconds');

/** JWT_MAX_LIFETIME's default: 24 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_S = 24 * 3_600;

/** Settings every service and the gateway share; each adds its own with `.extend`. */
export const baseConfigSchema = z.object({
  /**
   * Production unless told otherwise (docs/architecture.md §7). Only `development` shows stack traces, lets
   * callers without a token introspect and accepts a development JWT_SECRET; `test` (jest, the test kit)
   * differs from production only in showing internal errors unmasked, so that a failing test names its cause.
   */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  DB_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _')
    .default('crm_'),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) => value.split(',').map((broker) => broker.trim())),
  JWT_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_ISSUER: z.string().default('crm-platform'),
  JWT_AUDIENCE: z.string().default('crm-api'),
  /** The longest a token may live (`exp` − `iat`); a token without `exp`, or living longer, is refused. */
  JWT_MAX_LIFETIME: durationSeconds.default(DEFAULT_MAX_TOKEN_LIFETIME_S),
  // What one request may ask for, the same at the gateway and at every subgraph (limits/queryLimits.ts).
  /** Deepest field nesting an operation may have (introspection not counted). */
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  /** Aliased fields in one operation (300 aliases of one report were one request). */
  MAX_QUERY_ALIASES: z.coerce.number().int().nonnegative().default(30),
  /** Root fields in one operation. */
  MAX_ROOT_FIELDS: z.coerce.number().int().positive().default(20),
  /** The largest estimated cost of one operation (limits/queryCost.ts: objects, and reports by weight). */
  MAX_QUERY_COST: z.coerce.number().int().positive().default(10_000),
  /** No statement of a request, consumer or job may hold a database connection longer. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
});

/** The request limits of a configuration. */
export const queryLimitsOf = (config: BaseConfig) => ({
  maxDepth: config.MAX_QUERY_DEPTH,
  maxAliases: config.MAX_QUERY_ALIASES,
  maxRootFields: config.MAX_ROOT_FIELDS,
  maxCost: config.MAX_QUERY_COST,
});

export type BaseConfig = z.output<typeof baseConfigSchema>;

/** Whether NODE_ENV says development: the one mode with stack traces, anonymous introspection, weak secrets. */
export const isDevelopment = (config: Pick<BaseConfig, 'NODE_ENV'>): boolean =>
  config.NODE_ENV === 'development';

/** Shortest JWT_SECRET production accepts: 32 bytes, the length of the HS256 hash (RFC 7518 §3.2). */
export const MIN_PRODUCTION_SECRET_BYTES = 32;

/** Secrets that were ever written in this repository (its test kit's former fixed secret): anyone can sign with them. */
const knownSecrets: ReadonlySet<string> = new Set(['test-secret-for-jest-only-0123456789']);

/** Why `secret` is fit for development only, or null when production may use it. */
export function developmentSecretReason(secret: string): string | null {
  if (knownSecrets.has(secret)) return 'a secret published in this repository';
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_PRODUCTION_SECRET_BYTES) {
    return `${bytes} bytes, shorter than the ${MIN_PRODUCTION_SECRET_BYTES} production needs`;
  }
  return null;
}

/** Reads settings from the environment once at start; every bad variable is named in one clear error. */
export function loadConfig<S extends z.ZodType<BaseConfig>>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (!config.JWT_SECRET && !config.JWT_PUBLIC_KEY) {
    throw new Error('Invalid configuration:\n  JWT_SECRET or JWT_PUBLIC_KEY must be set');
  }
  const weakSecret =
    config.JWT_SECRET && !isDevelopment(config) ? developmentSecretReason(config.JWT_SECRET) : null;
  if (weakSecret) {
    throw new Error(
      `Invalid configuration:\n  JWT_SECRET: a development secret (${weakSecret}) outside development; ` +
        'set a random one (e.g. openssl rand -hex 32), or NODE_ENV=development to develop',
    );
  }
  return config;
}
