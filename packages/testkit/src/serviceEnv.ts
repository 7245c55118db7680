import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_JWT_SECRET } from './tokens';

/**
 * Environment for a service started in-process by a test: its own database prefix (so test files run
 * side by side), a free port, the run's broker and PostgreSQL, the test JWT secret.
 */
export function testServiceEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv & { DB_PREFIX: string } {
  const prefix = `t${randomBytes(4).toString('hex')}_`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    DB_PREFIX: prefix,
    PORT: '0',
    JWT_SECRET: TEST_JWT_SECRET,
    JWT_ISSUER: 'crm-platform',
    JWT_AUDIENCE: 'crm-api',
    ...overrides,
  } as NodeJS.ProcessEnv & { DB_PREFIX: string };
}

/** Drops every database a test created with this prefix. */
export async function dropDatabases(prefix: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A unique tenant id per test, so that tests sharing topics never see each other's data. */
export function testTenant(label = 'tenant'): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}
