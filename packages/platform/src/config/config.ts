import { z } from 'zod';

/** Settings every service and the gateway share; each adds its own with `.extend`. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
});

export type BaseConfig = z.output<typeof baseConfigSchema>;

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
  return config;
}
