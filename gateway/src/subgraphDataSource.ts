import http from 'node:http';
import https from 'node:https';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import fetch from 'node-fetch';
import type { GatewayContext } from './gatewayContext';

/**
 * Idle connections to a subgraph are closed after this long: shorter than the subgraphs' 75 s
 * keep-alive, so the gateway never sends on a socket the subgraph is closing (ECONNRESET).
 */
export const SUBGRAPH_IDLE_SOCKET_MS = 60_000;

export interface SubgraphAgents {
  http: http.Agent;
  https: https.Agent;
  destroy(): void;
}

export function createSubgraphAgents(): SubgraphAgents {
  const options = { keepAlive: true, timeout: SUBGRAPH_IDLE_SOCKET_MS };
  const agents = { http: new http.Agent(options), https: new https.Agent(options) };
  return { ...agents, destroy: () => Object.values(agents).forEach((agent) => agent.destroy()) };
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** node-fetch with our keep-alive agents (the gateway's default fetcher keeps sockets on its own terms). */
export function subgraphFetcher(agents: SubgraphAgents): Fetcher {
  return ((url: string, init?: Record<string, unknown>) =>
    fetch(url, {
      ...init,
      agent: (parsed: URL) => (parsed.protocol === 'https:' ? agents.https : agents.http),
    })) as unknown as Fetcher;
}

interface GraphQLErrorBody {
  errors: { message?: unknown; extensions?: Record<string, unknown> }[];
}

const codeByStatus: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

/**
 * Calls one subgraph on behalf of the caller: forwards the caller's token (the subgraph verifies it
 * again and applies its tenant and role rules) and the request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    const context = options.context as Partial<GatewayContext>;
    if (context.principal) headers.set('authorization', `Bearer ${context.principal.token}`);
    if (context.requestId) headers.set('x-request-id', context.requestId);
  }

  /**
   * A subgraph answers a refused request with an HTTP error status and a GraphQL body (401 for a
   * missing token): keep its message and `extensions.code`, not just "401: Unauthorized", and do not
   * echo the subgraph's URL to the client.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response);
    const first = isGraphQLErrorBody(body) ? body.errors[0] : undefined;
    const fallbackCode = codeByStatus[response.status];
    if (first && typeof first.message === 'string') {
      const extensions = { ...first.extensions };
      if (extensions.code === undefined && fallbackCode) extensions.code = fallbackCode;
      return new GraphQLError(first.message, { extensions });
    }
    return new GraphQLError(`Subgraph answered ${response.status} ${response.statusText}`, {
      extensions: fallbackCode ? { code: fallbackCode } : {},
    });
  }
}

function isGraphQLErrorBody(body: unknown): body is GraphQLErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { errors?: unknown }).errors) &&
    (body as GraphQLErrorBody).errors.length > 0
  );
}
