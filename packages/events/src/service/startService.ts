import {
  AuditRecord,
  baseConfigSchema,
  createLogger,
  loadConfig,
  openDatabase,
  platformMigrations,
  serviceDatabaseName,
  startSubgraph,
  type BackgroundTask,
  type HttpRoutes,
  type DataSourceOptions,
  type EntityClass,
  type MigrationClass,
  type Logger,
  type Permissions,
  type RunningSubgraph,
} from '@crm/platform';
import type { DocumentNode } from 'graphql';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ServiceName } from '../catalogue/services';
import { createKafka } from '../kafka';
import { eventKitMigrations, eventKitEntities } from '../migrations';
import { OutboxRelay } from '../outbox/OutboxRelay';
import type { Projection } from '../projection/defineProjection';
import type { BackgroundDeps } from './serviceModule';

export const defaultPorts: Record<ServiceName, number> = {
  customer: 4001,
  sales: 4002,
  service: 4003,
  marketing: 4004,
  analytics: 4005,
};

export const serviceConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().default('127.0.0.1'),
});
export type ServiceConfig = z.output<typeof serviceConfigSchema>;

export interface ServiceDefinition {
  name: ServiceName;
  typeDefs: DocumentNode;
  resolvers: Record<string, Record<string, unknown>>;
  permissions: Permissions;
  entities: EntityClass[];
  migrations: MigrationClass[];
  /** Its configuration's schema (default serviceConfigSchema), read from the environment once at start. */
  config?: z.ZodType<ServiceConfig>;
  /** Event consumers and schedulers of this service, built once the database and Kafka are up. */
  /** What it consumes (AsyncAPI's receive operations); their consumers are part of `background`. */
  projections?: Projection[];
  /** A pattern of the consumer groups, when the service runs its projections itself (else `<service>.<name>`). */
  projectionGroup?: string;
  background?: (deps: BackgroundDeps) => BackgroundTask[];
  /** Plain HTTP routes beside /graphql, e.g. tracking links that need no login. */
  routes?: (deps: Omit<BackgroundDeps, 'kafka'>) => HttpRoutes;
}

/** A service's tables: the platform's and the event kit's, then its own (the TypeORM CLI uses it too). */
export function serviceTables(definition: Pick<ServiceDefinition, 'entities' | 'migrations'>) {
  return {
    entities: [...definition.entities, ...eventKitEntities, AuditRecord],
    migrations: [...platformMigrations, ...eventKitMigrations, ...definition.migrations],
  };
}

export interface StartServiceOptions {
  /** E.g. a StatementCounter, to count the statements a request runs. */
  sqlLogger?: DataSourceOptions['logger'];
  /**
   * Background tasks not to start, by name (`sla-scheduler`, `email-sender`): a test that runs such a task
   * itself, with its own clock or options, starts the service without it. A name no task has stops the start.
   */
  withoutTasks?: readonly string[];
}

/** The tasks but those named; every name must be a task's (a typo would quietly leave the task running). */
function withoutTasks(tasks: BackgroundTask[], names: readonly string[]): BackgroundTask[] {
  const unknown = names.filter((name) => !tasks.some((task) => task.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `No background task named ${unknown.join(', ')} (the service's: ${tasks.map((task) => task.name).join(', ')})`,
    );
  }
  return tasks.filter((task) => !names.includes(task.name));
}

export interface RunningService extends RunningSubgraph {
  log: Logger;
  dataSource: DataSource;
  kafka: Kafka;
  relay: OutboxRelay;
}

/**
 * Starts one of the five services the same way: config, its database and migrations, its topics,
 * the outbox relay and its consumers, then the subgraph. `main.ts` of each service is one call.
 */
export async function startService(
  definition: ServiceDefinition,
  env: NodeJS.ProcessEnv = process.env,
  options: StartServiceOptions = {},
): Promise<RunningService> {
  const config = loadConfig(definition.config ?? serviceConfigSchema, env);
  const log = createLogger(definition.name);
  const dataSource = await openDatabase(
    config.DATABASE_URL,
    serviceDatabaseName(config.DB_PREFIX, definition.name),
    {
      ...serviceTables(definition),
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      logger: options.sqlLogger,
    },
  );
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: definition.name, log });
  const relay = new OutboxRelay({ dataSource, kafka, service: definition.name, log });
  let background: BackgroundTask[];
  try {
    background = withoutTasks(
      [relay, ...(definition.background?.({ dataSource, kafka, config, log }) ?? [])],
      options.withoutTasks ?? [],
    );
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const subgraph = await startSubgraph({
    name: definition.name,
    port: config.PORT ?? defaultPorts[definition.name],
    host: config.HOST,
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers,
    permissions: definition.permissions,
    dataSource,
    config,
    log,
    background,
    routes: definition.routes?.({ dataSource, config, log }),
  });
  return { ...subgraph, log, dataSource, kafka, relay };
}
