import type { BackgroundDeps } from '@crm/events';
import type { HttpRoutes } from '@crm/platform';
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

/**
 * The links of marketing email, served without a login: the open pixel, tracked links, one-click
 * unsubscribe (RFC 8058: a POST; a GET shows the button, since mail scanners follow links) and the double
 * opt-in confirmation. Each token is signed for one message (or consent request) and one purpose.
 */
export function linkRoutes({
  dataSource,
  config: { linkSigner },
  log,
}: Omit<BackgroundDeps<MarketingConfig>, 'kafka'>): HttpRoutes {
  const failed = (what: string) => (error: unknown) => log.error({ err: error }, `${what} not recorded`);
  return (router) => {
    router.get('/email/o/:token', async (req, res) => {
      const claims = linkSigner.verify(req.params.token, 'open');
      if (claims?.messageId) await recordOpen(dataSource, claims.messageId).catch(failed('email open'));
      res.set({ 'content-type': 'image/gif', 'cache-control': 'no-store, private' }).send(pixel);
    });

    router.get('/email/c/:token', async (req, res) => {
      const claims = linkSigner.verify(req.params.token, 'click');
      if (!claims?.messageId || !claims.url || !/^https?:\/\//i.test(claims.url)) {
        res.status(404).type('html').send(notValid);
        return;
      }
      await recordClick(dataSource, claims.messageId, claims.url).catch(failed('email click'));
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
