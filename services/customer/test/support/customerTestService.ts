import { startService, type RunningService, type ServiceDefinition } from '@crm/events';
import type { Role } from '@crm/platform';
import { dropDatabases, graphql, testServiceEnv, testToken, type GraphQLResponse } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { customerService } from '../../src/service';

/** The customer service started in-process for one test file, on databases of its own. */
export interface CustomerTestService {
  service: RunningService;
  /** The database prefix of this instance (also the prefix of its consumer groups). */
  prefix: string;
  /** POSTs an operation as a client would; no token when `token` is undefined. */
  request<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** SQL on the service's own database, to check what was (or was not) written. */
  sql<T = Record<string, any>>(query: string, parameters?: unknown[]): Promise<T[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop(): Promise<void>;
}

export interface StartOptions {
  sqlLogger?: Logger;
  /** Leaves out the timeline consumer, for a file that does not need it and wants a quiet database. */
  withoutConsumers?: boolean;
}

export async function startCustomerService(options: StartOptions = {}): Promise<CustomerTestService> {
  const env = testServiceEnv();
  const definition: ServiceDefinition = options.withoutConsumers
    ? { ...customerService, background: undefined }
    : customerService;
  let service: RunningService;
  try {
    service = await startService(definition, env, { sqlLogger: options.sqlLogger });
  } catch (error) {
    await dropDatabases(env.DB_PREFIX);
    throw error;
  }
  return {
    service,
    prefix: env.DB_PREFIX,
    request: (query, variables = {}, token) => graphql(service.url, query, variables, token),
    sql: (query, parameters = []) => service.dataSource.query(query, parameters),
    async stop() {
      try {
        await service.stop();
      } finally {
        await dropDatabases(env.DB_PREFIX);
      }
    },
  };
}

/** A token of `tenantId` with one role; the user id names the role, so audit records show who acted. */
export function tokenFor(tenantId: string, role: Role = 'admin'): string {
  return testToken(tenantId, [role], `user-${role}`);
}

/** The data of a response that must have succeeded; otherwise fails showing its errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected data, got ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The one error of a response: its code and, for BAD_USER_INPUT, the fields it names. */
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
