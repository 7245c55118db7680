import type { BackgroundDeps } from '@crm/events';
import { RateLimiter, type HttpRequest, type HttpRoutes } from '@crm/platform';
import type { MarketingConfig } from '../config';
import { confirmConsent } from '../consent/consent.commands';
import { recordClick, recordOpen, unsubscribe } from './emailTracking';

// The smallest transparent GIF: what the open pixel always answers, valid token or not.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head>` +
  `<body><h1>${title}</h1>${body}</body></html>`;

/** The same answer for a forged, altered, expired or used token: nothing to learn from it. */
const notValid = page('This link is not valid', '<p>It may have expired or been used already.</p>');

/** Buckets each limiter holds at most (~200 bytes each): memory stays bounded whatever a flood sends. */
const limiterKeys = 50_000;

/**
 * The address a request comes from: the connection's, or with `proxyHops` reverse proxies in front, the
 * one the outermost of them added to X-Forwarded-For (the entries before it are the client's to forge).
 */
function clientAddress(req: HttpRequest, proxyHops: number): string {
  const forwarded = proxyHops > 0 ? (req.get('x-forwarded-for') ?? '').split(',') : [];
  const chain = [req.socket.remoteAddress ?? '', ...forwarded.map((hop) => hop.trim()).reverse()];
  return chain[Math.min(proxyHops, chain.length - 1)]!.slice(0, 64);
}

/** What a token's link is, for the limiter: its signature (short, and one per link). */
const linkKey = (token: string) => token.slice(token.lastIndexOf('.') + 1);

/**
 * The links of marketing email, served without a login: the open pixel, tracked links, one-click
 * unsubscribe (RFC 8058: a POST; a GET shows the button, since mail scanners follow links) and the double
 * opt-in confirmation. Each token is signed for one message (or consent request) and one purpose.
 */
export function linkRoutes({
  dataSource,
  config,
  log,
}: Omit<BackgroundDeps<MarketingConfig>, 'kafka'>): HttpRoutes {
  const { linkSigner } = config;
  const failed = (what: string) => (error: unknown) => log.error({ err: error }, `${what} not recorded`);
  // Opens and clicks are recorded within limits per link and per client address, in this process's memory
  // (docs/decisions.md); a hit over a limit is answered all the same, and records nothing.
  const refill = { windowMs: config.EMAIL_LINK_RATE_WINDOW_MS, maxKeys: limiterKeys };
  const perLink = new RateLimiter({ limit: config.EMAIL_LINK_HITS_PER_LINK, ...refill });
  const perAddress = new RateLimiter({ limit: config.EMAIL_LINK_HITS_PER_ADDRESS, ...refill });
  const withinLimits = (req: HttpRequest<{ token: string }>) =>
    perAddress.take(clientAddress(req, config.EMAIL_LINK_PROXY_HOPS)) &&
    perLink.take(linkKey(req.params.token));

  return (router) => {
    router.get('/email/o/:token', async (req, res) => {
      const claims = linkSigner.verify(req.params.token, 'open');
      if (claims?.messageId && withinLimits(req)) {
        await recordOpen(dataSource, claims.messageId).catch(failed('email open'));
      }
      res.set({ 'content-type': 'image/gif', 'cache-control': 'no-store, private' }).send(pixel);
    });

    router.get('/email/c/:token', async (req, res) => {
      const claims = linkSigner.verify(req.params.token, 'click');
      if (!claims?.messageId || !claims.url || !/^https?:\/\//i.test(claims.url)) {
        res.status(404).type('html').send(notValid);
        return;
      }
      if (withinLimits(req)) {
        await recordClick(dataSource, claims.messageId, claims.url).catch(failed('email click'));
      }
      res.redirect(302, claims.url);
    });

    router.get('/email/u/:token', (req, res) => {
      if (!linkSigner.verify(req.params.token, 'unsubscribe')?.messageId) {
        res.status(404).type('html').send(notValid);
        return;
      }
      res
        .type('html')
        .send(
          page(
            'Unsubscribe',
            '<form method="post"><p>Stop receiving our marketing emails at this address?</p>' +
              '<button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>',
          ),
        );
    });

    router.post('/email/u/:token', async (req, res) => {
      const claims = linkSigner.verify(req.params.token, 'unsubscribe');
      if (!claims?.messageId) {
        res.status(404).type('html').send(notValid);
        return;
      }
      await unsubscribe(dataSource, claims.messageId);
      res
        .type('html')
        .send(page('You are unsubscribed', '<p>You will get no more marketing emails from us.</p>'));
    });

    router.get('/consent/confirm/:token', (req, res) => {
      if (!linkSigner.verify(req.params.token, 'confirm')) {
        res.status(404).type('html').send(notValid);
        return;
      }
      res
        .type('html')
        .send(
          page(
            'Confirm your subscription',
            '<form method="post"><button type="submit">Yes, send me emails</button></form>',
          ),
        );
    });

    router.post('/consent/confirm/:token', async (req, res) => {
      const result = await confirmConsent(dataSource, linkSigner, req.params.token);
      if (result !== 'confirmed') {
        res.status(404).type('html').send(notValid);
        return;
      }
      res.type('html').send(page('Thank you', '<p>Your subscription is confirmed.</p>'));
    });
  };
}
