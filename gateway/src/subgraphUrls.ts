const overridePattern = /^SUBGRAPH_URL_([A-Z0-9_]+)$/;

/**
 * Subgraph URL overrides from the environment: `SUBGRAPH_URL_CUSTOMER=http://10.0.0.5:4001/graphql`
 * routes the `customer` subgraph there instead of the supergraph's routing URL.
 */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const name = overridePattern.exec(key)?.[1];
    if (!name || !value) continue;
    urls[name.toLowerCase()] = checkedUrl(key, value);
  }
  return urls;
}

function checkedUrl(source: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Invalid configuration:\n  ${source}: not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Invalid configuration:\n  ${source}: must be an http(s) URL: ${value}`);
  }
  return value;
}

/** Explicit overrides win over the environment's, which win over the supergraph's routing URL. */
export function resolveSubgraphUrl(
  name: string,
  routingUrl: string | undefined,
  overrides: Record<string, string>,
): string {
  const url = overrides[name] ?? routingUrl;
  if (!url)
    throw new Error(
      `Subgraph ${name} has no routing URL and no override (SUBGRAPH_URL_${name.toUpperCase()})`,
    );
  return url;
}
