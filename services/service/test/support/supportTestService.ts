import { startService, type RunningService, type ServiceDefinition } from '@crm/events';
import type { Role } from '@crm/platform';
import type { Logger } from 'typeorm';
import { dropDatabases, graphql, testServiceEnv, testToken, type GraphQLResponse } from '@crm/testkit';
import { defineSupportService, type SupportServiceOptions } from '../../src/service';

/** The service (support) service started in-process for one test file, on databases of its own. */
export interface SupportTestService {
  service: RunningService;
  prefix: string;
  env: ReturnType<typeof testServiceEnv>;
  request<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  sql<T = Record<string, any>>(query: string, parameters?: unknown[]): Promise<T[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop(): Promise<void>;
}

export interface StartOptions extends SupportServiceOptions {
  /** Leaves out the SLA scheduler, for files that drive breaches themselves or want none. */
  withoutScheduler?: boolean;
  /** Another instance's environment: a second replica on the same databases (not dropped by stop). */
  sameDatabasesAs?: SupportTestService;
  /** E.g. a StatementCounter, to prove that lists batch. */
  sqlLogger?: Logger;
}

export async function startSupportService(options: StartOptions = {}): Promise<SupportTestService> {
  const env = options.sameDatabasesAs ? { ...options.sameDatabasesAs.env, PORT: '0' } : testServiceEnv();
  const definition: ServiceDefinition = defineSupportService(options);
  if (options.withoutScheduler) definition.background = undefined;
  let service: RunningService;
  try {
    service = await startService(definition, env, { sqlLogger: options.sqlLogger });
  } catch (error) {
    if (!options.sameDatabasesAs) await dropDatabases(env.DB_PREFIX);
    throw error;
  }
  return {
    service,
    prefix: env.DB_PREFIX,
    env,
    request: (query, variables = {}, token) => graphql(service.url, query, variables, token),
    sql: (query, parameters = []) => service.dataSource.query(query, parameters),
    async stop() {
      try {
        await service.stop();
      } finally {
        if (!options.sameDatabasesAs) await dropDatabases(env.DB_PREFIX);
      }
    },
  };
}

/** A token of `tenantId` with one role; the user id names the role. */
export function tokenFor(tenantId: string, role: Role = 'support_agent'): string {
  return testToken(tenantId, [role], `user-${role}`);
}

export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected data, got ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

export function errorOf(response: GraphQLResponse<unknown>): {
  code: unknown;
  fields?: Record<string, string>;
} {
  if (response.errors?.length !== 1) {
    throw new Error(`Expected one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  const { code, fields } = response.errors[0]!.extensions ?? {};
  return fields ? { code, fields: fields as Record<string, string> } : { code };
}
