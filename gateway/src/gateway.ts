import './disableTelemetry';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import {
  costTableOf,
  createLogger,
  httpErrorHandler,
  introspectionNeedsToken,
  isDevelopment,
  logInternalErrors,
  maskErrors,
  queryLimitsOf,
  queryLimitsPlugin,
  requestLogger,
  type CostTable,
  type Logger,
} from '@crm/platform';
import express from 'express';
import { parse } from 'graphql';
import { loadGatewayConfig, tenantQuota } from './config';
import { gatewayContext, requestIdOf, type GatewayContext } from './gatewayContext';
import { graphiqlRouter } from './graphiql';
import { mailLinkRouter } from './mailLinks';
import { quotaAdmission } from './quotas/quotas';
import { TokenBuckets } from './quotas/tokenBuckets';
import { createSubgraphAgents, subgraphFetcher, SubgraphDataSource } from './subgraphDataSource';
import { resolveSubgraphUrl, subgraphUrlsFromEnv } from './subgraphUrls';
import { watchSupergraphFile } from './watchSupergraphFile';

export interface GatewayOptions {
  /** Settings (JWT, limits, NODE_ENV, SUBGRAPH_URL_<NAME>); see config.ts. */
  env?: NodeJS.ProcessEnv;
  /** Overrides PORT; 0 picks a free port. */
  port?: number;
  /** Overrides SUPERGRAPH_PATH. */
  supergraphPath?: string;
  /** Subgraph name → URL, over the environment's and the supergraph's routing URLs. */
  subgraphUrls?: Record<string, string>;
  log?: Logger;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const CLIENT_KEEP_ALIVE_MS = 75_000;

/** Which supergraph is in service, for /ready. */
interface LoadedSupergraph {
  sha256: string;
  loadedAt: string;
}

/**
 * The public entry of the graph: a static supergraph (hot-reloaded when its file changes), the
 * caller's token verified here and forwarded, depth and cost limits, automatic persisted queries,
 * masked internal errors, GraphiQL at /graphiql, marketing's mail links, /health and /ready.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = loadGatewayConfig(options.env ?? process.env);
  const log = options.log ?? createLogger('gateway');
  const production = config.NODE_ENV === 'production';
  const development = isDevelopment(config);
  const supergraphPath = options.supergraphPath ?? config.SUPERGRAPH_PATH;
  const urlOverrides = { ...subgraphUrlsFromEnv(options.env ?? process.env), ...options.subgraphUrls };
  const agents = createSubgraphAgents();
  const buckets = await TokenBuckets.open(config.DATABASE_URL, config.DB_PREFIX);
  const fetcher = subgraphFetcher(agents);
  /** Each subgraph's URL in the supergraph in service (the mail links go to marketing's). */
  const subgraphUrls = new Map<string, string>();

  let supergraph: LoadedSupergraph | undefined;
  let stopping = false;
  const gateway = new ApolloGateway({
    supergraphSdl: watchSupergraphFile(supergraphPath, log),
    buildService: ({ name, url }) => {
      subgraphUrls.set(name, resolveSubgraphUrl(name, url, urlOverrides));
      return new SubgraphDataSource({ url: subgraphUrls.get(name)!, fetcher });
    },
    logger: log,
  });
  // The declared costs (@cost, @listSize) are not in the API schema: they are read from the supergraph.
  let costTable: CostTable = new Map();
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    costTable = costTableOf(parse(coreSupergraphSdl));
    supergraph = {
      sha256: createHash('sha256').update(coreSupergraphSdl).digest('hex'),
      loadedAt: new Date().toISOString(),
    };
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  // Longer than a load balancer's usual 60 s idle timeout, for the same reason as the subgraphs' 75 s.
  httpServer.keepAliveTimeout = CLIENT_KEEP_ALIVE_MS;
  httpServer.headersTimeout = CLIENT_KEEP_ALIVE_MS + 1_000;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    csrfPrevention: true,
    introspection: config.GRAPHQL_INTROSPECTION, // outside development with a token only (below)
    includeStacktraceInErrorResponses: development,
    formatError: maskErrors(production),
    persistedQueries: {
      cache: new InMemoryLRUCache<string>({
        maxSize: config.APQ_CACHE_MB * 1024 * 1024,
        sizeCalculation: InMemoryLRUCache.sizeCalculation,
      }),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(), // the IDE is self-hosted at /graphiql; Apollo's pages load from a CDN
      ...(development ? [] : [introspectionNeedsToken<GatewayContext>()]),
      queryLimitsPlugin(
        queryLimitsOf(config),
        () => costTable,
        quotaAdmission(buckets, (tenantId) => tenantQuota(config, tenantId), log),
      ),
      logInternalErrors<GatewayContext>(log),
    ],
  });
  await apollo.start();

  app.use(
    requestLogger({
      logger: log,
      genReqId: requestIdOf,
      autoLogging: {
        ignore: (req) =>
          req.url === '/health' || req.url === '/ready' || !!req.url?.startsWith('/graphiql/assets/'),
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    if (!supergraph || stopping) {
      res.status(503).json({ status: 'not ready', reason: stopping ? 'stopping' : 'supergraph not loaded' });
      return;
    }
    res.json({ status: 'ready', service: 'gateway', supergraph });
  });
  app.use(graphiqlRouter());
  app.use(mailLinkRouter(() => subgraphUrls.get('marketing')));
  // A person who opens the endpoint in a browser wants the IDE.
  app.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query;
    if (wantsPage) res.redirect('/graphiql');
    else next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: gatewayContext(config) }),
  );
  app.use(httpErrorHandler(development));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? config.PORT, config.HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await apollo.stop();
    agents.destroy();
    await buckets.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}/graphql`;
  log.info(
    { port, supergraph: supergraphPath },
    `gateway ready at ${url}, GraphQL IDE at http://${host}:${port}/graphiql`,
  );

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await apollo.stop(); // drains in-flight requests, stops the gateway and its file watcher
        agents.destroy();
        await buckets.close();
        log.info('gateway stopped');
      })()),
  };
}
