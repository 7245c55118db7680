import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Router } from 'express';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { principalFromHeader } from '../auth/token';
import { isDevelopment, queryLimitsOf, type BaseConfig } from '../config/config';
import { guardResolvers, type Permissions } from '../auth/permissions';
import { guardPersonalFields } from '../auth/personalFields';
import { commonTypeDefs, scalarResolvers } from '../graphql/scalars';
import type { Logger } from '../log/logger';
import { requestLogger } from '../log/requestLogger';
import { atTheEdge, domainErrorsAtTheEdge, fieldsOfVariableError } from '../errors/graphqlErrors';
import { maskErrors } from '../errors/maskErrors';
import { costTableOf } from '../limits/queryCost';
import { queryLimitsPlugin } from '../limits/queryLimits';
import { httpErrorHandler } from './httpErrors';
import { introspectionNeedsToken } from './introspection';
import { logInternalErrors } from './logInternalErrors';
import { RequestContext } from './context';
import { stringInputsAtTheEdge } from './stringInputsAtTheEdge';

/** Something that runs beside the HTTP server: the outbox relay, event consumers, schedulers. */
export interface BackgroundTask {
  /** For logs, and for a test that starts a service without it (`startService`'s `withoutTasks`). */
  readonly name: string;
  start(): Promise<void> | void;
  stop(): Promise<void>;
}

export interface SubgraphOptions {
  name: string;
  port: number;
  /** 127.0.0.1 by default; 0.0.0.0 in a container. */
  host?: string;
  typeDefs: DocumentNode;
  resolvers: Record<string, Record<string, unknown>>;
  permissions: Permissions;
  dataSource: DataSource;
  /** The service's configuration; every request's context carries it (`context.config`). */
  config: BaseConfig;
  log: Logger;
  background?: BackgroundTask[];
  /** Plain HTTP routes beside /graphql (e.g. links opened from an email), mounted before it; no token is read. */
  routes?: HttpRoutes;
}

/** Adds a service's own HTTP routes to the subgraph's server. */
export type HttpRoutes = (router: Router) => void;

/** A request to one of those routes. */
export type HttpRequest<P = Record<string, string>> = Request<P>;

export interface RunningSubgraph {
  url: string;
  port: number;
  httpServer: Server;
  stop(): Promise<void>;
}

// Longer than the gateway's keep-alive, so the gateway never reuses a socket we just closed (ECONNRESET).
const KEEP_ALIVE_MS = 75_000;

/** graphql-js names a bad variable's field only in its message: add it as `fields`, as our own errors do. */
function withVariableFields(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.fields) return formatted;
  const fields = fieldsOfVariableError(formatted.message);
  return fields ? { ...formatted, extensions: { ...formatted.extensions, fields } } : formatted;
}

/** Starts a federated subgraph: GraphQL at /graphql, /health, /ready, /metrics, graceful stop. */
export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const { config, log, dataSource } = options;
  const production = config.NODE_ENV === 'production';
  const development = isDevelopment(config);
  const app = express();
  const httpServer = createServer(app);
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;

  const schema = buildSubgraphSchema([
    { typeDefs: commonTypeDefs, resolvers: scalarResolvers as unknown as GraphQLResolverMap },
    {
      typeDefs: options.typeDefs,
      resolvers: guardResolvers(options.resolvers, options.permissions) as GraphQLResolverMap,
    },
  ]);
  guardPersonalFields(schema);
  const costTable = costTableOf(options.typeDefs);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No Apollo usage reporting here, so no federated traces to attach to responses.
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo would pick a page by process.env.NODE_ENV, and its pages load from a CDN; the IDE is the gateway's.
      ApolloServerPluginLandingPageDisabled(),
      ...(development ? [] : [introspectionNeedsToken<RequestContext>()]),
      stringInputsAtTheEdge<RequestContext>(),
      domainErrorsAtTheEdge<RequestContext>(),
      // A subgraph is reachable without the gateway: it enforces the same limits on what reaches it.
      queryLimitsPlugin(queryLimitsOf(config), () => costTable),
      logInternalErrors<RequestContext>(log),
    ],
    formatError: (formatted, error) => maskErrors(production)(withVariableFields(formatted), error),
    includeStacktraceInErrorResponses: development,
    introspection: true, // outside development for callers with a token only (introspectionNeedsToken)
  });
  await apollo.start();

  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const requestSeconds = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['route', 'status'],
    registers: [metrics],
  });

  app.use(
    requestLogger({
      logger: log,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: {
        ignore: (req) => req.url === '/health' || req.url === '/ready' || req.url === '/metrics',
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: (error as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  if (options.routes) {
    const router = express.Router();
    options.routes(router);
    app.use(router);
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      const end = requestSeconds.startTimer({ route: '/graphql' });
      res.on('finish', () => end({ status: String(res.statusCode) }));
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        new RequestContext(
          String(req.id),
          atTheEdge(() => principalFromHeader(req.headers.authorization, config, req.log)),
          req.log,
          dataSource,
          config,
        ),
    }),
  );
  app.use(httpErrorHandler(development));

  for (const task of options.background ?? []) await task.start();
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  log.info({ port }, `${options.name} subgraph ready at http://127.0.0.1:${port}/graphql`);

  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    httpServer,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop(); // stops accepting, drains in-flight requests
        for (const task of [...(options.background ?? [])].reverse()) await task.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
        log.info(`${options.name} stopped`);
      })()),
  };
}

/** Stops the service cleanly on SIGINT/SIGTERM (drains HTTP, relay and consumers first). */
export function stopOnSignals(stop: () => Promise<void>, log: Logger): void {
  const handler = (signal: string) => {
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
