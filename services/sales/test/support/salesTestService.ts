import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { dropDatabases, graphql, testServiceEnv, testToken, type GraphQLResponse } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { salesService } from '../../src/service';

/** The sales service started in-process for one test file, on databases of its own. */
export interface SalesTestService {
  service: RunningService;
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

export async function startSalesService(options: { sqlLogger?: Logger } = {}): Promise<SalesTestService> {
  const env = testServiceEnv();
  let service: RunningService;
  try {
    service = await startService(salesService, env, { sqlLogger: options.sqlLogger });
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

/** A token of `tenantId` with one role; the user id names the role unless given. */
export function tokenFor(tenantId: string, role: Role = 'admin', userId = `user-${role}`): string {
  return testToken(tenantId, [role], userId);
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
