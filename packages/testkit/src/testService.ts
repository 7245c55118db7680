import { graphql, type GraphQLResponse } from './graphqlClient';
import { dropDatabases, testServiceEnv } from './serviceEnv';

/** What a started service offers a test (the RunningService of @crm/events fits). */
export interface StartedService {
  url: string;
  dataSource: { query(sql: string, parameters?: unknown[]): Promise<unknown> };
  stop(): Promise<void>;
}

export type TestServiceEnv = ReturnType<typeof testServiceEnv>;

/** A service started in-process for one test file, on databases of its own. */
export interface TestService<S extends StartedService> {
  service: S;
  env: TestServiceEnv;
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
  /** Stops the service and drops its databases (unless they belong to another instance). */
  stop(): Promise<void>;
}

/**
 * Starts a service with `start(env)` on fresh databases, or, with `sameDatabasesAs`, as a second replica
 * on another instance's databases (which that instance drops). `env` is the test's configuration of the
 * service (`SMTP_URL`, `EMAIL_RATE_PER_SECOND`, …), over the test environment; a replica inherits it.
 */
export async function startTestService<S extends StartedService>(
  start: (env: TestServiceEnv) => Promise<S>,
  {
    sameDatabasesAs,
    env: overrides = {},
  }: { sameDatabasesAs?: TestService<StartedService>; env?: NodeJS.ProcessEnv } = {},
): Promise<TestService<S>> {
  const env = sameDatabasesAs
    ? { ...sameDatabasesAs.env, PORT: '0', ...overrides }
    : testServiceEnv(overrides);
  const ownsDatabases = !sameDatabasesAs;
  let service: S;
  try {
    service = await start(env);
  } catch (error) {
    if (ownsDatabases) await dropDatabases(env.DB_PREFIX);
    throw error;
  }
  return {
    service,
    env,
    prefix: env.DB_PREFIX,
    request: (query, variables = {}, token) => graphql(service.url, query, variables, token),
    sql: async <T>(query: string, parameters: unknown[] = []) =>
      (await service.dataSource.query(query, parameters)) as T[],
    async stop() {
      try {
        await service.stop();
      } finally {
        if (ownsDatabases) await dropDatabases(env.DB_PREFIX);
      }
    },
  };
}

/**
 * What `start` gives, for the tests of one file: started before the first, stopped after the last. The
 * handle is filled in when it has started, so tests and later hooks use it directly.
 */
export function forThisFile<T extends { stop(): Promise<void> }>(start: () => Promise<T>): T {
  const handle = {} as T;
  beforeAll(async () => {
    Object.assign(handle, await start());
  });
  afterAll(async () => {
    await handle.stop?.();
  });
  return handle;
}
