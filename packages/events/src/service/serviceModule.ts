import {
  readServiceSchema,
  type BackgroundTask,
  type BaseConfig,
  type EntityClass,
  type HttpRoutes,
  type Logger,
  type MigrationClass,
  type Permissions,
  type Role,
} from '@crm/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { ServiceName } from '../catalogue/services';
import { projectionConsumer, type Projection } from '../projection/defineProjection';
import type { ServiceConfig, ServiceDefinition } from './startService';

export interface BackgroundDeps<C extends BaseConfig = BaseConfig> {
  dataSource: DataSource;
  kafka: Kafka;
  /** The service's typed configuration, read and validated once at start. */
  config: C;
  log: Logger;
}

/** Who may use an aggregate: `read` its queries and entity lookups, `change` it through its mutations. */
export interface ModuleAccess {
  read?: readonly Role[] | 'public';
  change?: readonly Role[];
}

/**
 * One aggregate's part of a service, beside its commands, queries and rules: the resolvers of its schema
 * fragment (`<module>.graphql` in the same folder), who may call them, its tables, and what it runs in the
 * background (projections, schedulers) or serves as plain HTTP.
 */
export interface ServiceModule<C extends BaseConfig = BaseConfig> {
  /**
   * Typed with the service's generated `Resolvers` (`Resolvers<RequestContext<C>>` when they read the service's
   * own settings from `context.config`); every root field and entity lookup needs a permission.
   */
  resolvers?: object;
  /** The roles of the module's root fields and entity lookups, unless `permissions` names a field's own. */
  access?: ModuleAccess;
  /** The exceptions to `access`, by field (`'Mutation.deleteContact'`). */
  permissions?: Permissions;
  entities?: EntityClass[];
  /** What it keeps from other services' events; each gets its consumer. */
  projections?: Projection[];
  /** Schedulers and other tasks of its own. */
  background?: (deps: BackgroundDeps<C>) => BackgroundTask[];
  routes?: (deps: Omit<BackgroundDeps<C>, 'kafka'>) => HttpRoutes;
}

/**
 * A module with the permission of each root field and entity lookup it resolves: its own entry in
 * `permissions`, else its `access`. A field left without either makes the service fail at start
 * (docs/architecture.md §7).
 */
export function defineModule<C extends BaseConfig = BaseConfig>(module: ServiceModule<C>): ServiceModule<C> {
  const permissions: Permissions = {};
  for (const [typeName, fields] of Object.entries((module.resolvers ?? {}) as Record<string, object>)) {
    for (const field of Object.keys(fields)) {
      const key = `${typeName}.${field}`;
      const roles = module.permissions?.[key] ?? accessOf(module.access, typeName, field);
      if (roles) permissions[key] = roles;
    }
  }
  for (const key of Object.keys(module.permissions ?? {})) {
    if (!(key in permissions)) throw new Error(`A permission for ${key}, which the module does not resolve`);
  }
  return { ...module, permissions };
}

function accessOf(access: ModuleAccess | undefined, typeName: string, field: string) {
  if (typeName === 'Mutation') return access?.change;
  if (typeName === 'Query' || field === '__resolveReference') return access?.read;
  return undefined;
}

/** A service of modules: its schema is every fragment in `srcDir`, the rest is merged from the modules. */
export function defineService<C extends ServiceConfig = ServiceConfig>(service: {
  name: ServiceName;
  /** The service's `src` folder (its `__dirname` in service.ts). */
  srcDir: string;
  /** Its configuration: the common settings extended with its own (default: the common ones). */
  config?: z.ZodType<C>;
  modules: ServiceModule<C>[];
  migrations: MigrationClass[];
  /**
   * Runs the modules' projections itself instead of one consumer each (analytics feeds every read model
   * from one consumer group per rebuild generation), in module order; `consumerGroup` is a pattern of the
   * group names it uses (for the AsyncAPI document).
   */
  runProjections?: {
    consumerGroup: string;
    run: (projections: Projection[], deps: BackgroundDeps<C>) => BackgroundTask[];
  };
}): ServiceDefinition {
  const { modules } = service;
  const routes = modules.flatMap((module) => (module.routes ? [module.routes] : []));
  const projections = modules.flatMap((module) => module.projections ?? []);
  return {
    name: service.name,
    typeDefs: readServiceSchema(service.srcDir),
    resolvers: mergeResolvers(modules.map((module) => module.resolvers ?? {})),
    permissions: mergePermissions(modules.map((module) => module.permissions ?? {})),
    entities: modules.flatMap((module) => module.entities ?? []),
    migrations: service.migrations,
    ...(service.config ? { config: service.config } : {}),
    projections,
    ...(service.runProjections ? { projectionGroup: service.runProjections.consumerGroup } : {}),
    // startService read the configuration with this service's schema: its deps carry a C.
    background: (deps) => [
      ...(service.runProjections
        ? service.runProjections.run(projections, deps as BackgroundDeps<C>)
        : projections.map((projection) => projectionConsumer(service.name, projection, deps))),
      ...modules.flatMap((module) => module.background?.(deps as BackgroundDeps<C>) ?? []),
    ],
    ...(routes.length > 0
      ? {
          routes: (deps) => {
            const mounted = routes.map((route) => route(deps as Omit<BackgroundDeps<C>, 'kafka'>));
            return (router) => mounted.forEach((mount) => mount(router));
          },
        }
      : {}),
  };
}

function mergeResolvers(maps: object[]): ServiceDefinition['resolvers'] {
  const merged: ServiceDefinition['resolvers'] = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map as Record<string, object>)) {
      // Scalars are resolver objects of their own, not maps of fields.
      if (!isFieldMap(fields)) {
        merged[typeName] = fields as Record<string, unknown>;
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Two modules resolve ${typeName}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

function isFieldMap(value: object): value is Record<string, unknown> {
  return Object.getPrototypeOf(value) === Object.prototype;
}

function mergePermissions(maps: Permissions[]): Permissions {
  const merged: Permissions = {};
  for (const map of maps) {
    for (const [key, roles] of Object.entries(map)) {
      if (key in merged) throw new Error(`Two modules give permissions for ${key}`);
      merged[key] = roles;
    }
  }
  return merged;
}
