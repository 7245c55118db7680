import http from 'node:http';
import https from 'node:https';
import { secretLinkPaths, type Logger } from '@crm/platform';
import express, { type RequestHandler, type Router } from 'express';

/** What a link's answer depends on; nothing else of the request (no cookie, no credentials) goes on. */
const forwardedHeaders = ['accept', 'accept-language', 'content-length', 'content-type', 'user-agent'];
const hopByHopHeaders = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Marketing's mail links (open pixel, tracked clicks, unsubscribe, double opt-in) served through the gateway,
 * so that a deployment publishes the gateway's port alone: the request goes to the marketing subgraph's
 * origin as it came (method, path, body), and its answer (a page, a GIF, a redirect) comes back as it is.
 * `marketingUrl` gives the marketing subgraph's URL, or undefined before the supergraph has loaded.
 */
export function mailLinkRouter(marketingUrl: () => string | undefined): Router {
  const forward: RequestHandler = (req, res) => {
    const log = (req as { log?: Logger }).log;
    const base = marketingUrl();
    if (!base) {
      res.status(503).type('text/plain').send('Not ready\n');
      return;
    }
    const target = new URL(req.originalUrl, base);
    const headers: http.OutgoingHttpHeaders = { 'x-request-id': String(req.id) };
    for (const name of forwardedHeaders)
      if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    const upstream = (target.protocol === 'https:' ? https : http).request(
      target,
      { method: req.method, headers, timeout: ANSWER_TIMEOUT_MS },
      (answer) => {
        const answerHeaders: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !hopByHopHeaders.has(name)) answerHeaders[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, answerHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('the marketing service did not answer in time')));
    upstream.on('error', (error) => {
      log?.error({ err: error }, 'mail link not forwarded to the marketing service');
      if (res.headersSent) res.destroy();
      else res.status(502).type('text/plain').send('Bad gateway\n');
    });
    req.pipe(upstream);
  };

  const router = express.Router();
  const paths = secretLinkPaths.map((prefix) => `${prefix}:token`);
  router.get(paths, forward);
  router.post(paths, forward);
  return router;
}
