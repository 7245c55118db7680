// Marketing's mail links through the gateway, the one published port (docker-compose.yml): pages, the
// pixel, redirects and POSTs come back as the marketing service answers them, and the gateway's access log
// keeps no link token.
import { randomUUID } from 'node:crypto';
import { startService, type RunningService } from '@crm/events';
import { marketingService } from '@crm/marketing/src/service';
import { EmailLinks, LinkSigner } from '@crm/marketing/src/email/signedLinks';
import { dropDatabases, testServiceEnv } from '@crm/testkit';
import { startGateway, type RunningGateway } from '../src/gateway';
import { captureLog, type CapturedLog } from './support/captureLog';

const linkSecret = `links-${randomUUID()}`;
const env = testServiceEnv();
let marketing: RunningService;
let gateway: RunningGateway;
let captured: CapturedLog;
let links: EmailLinks;
const messageId = randomUUID(); // no such message: the links still answer, and change nothing

beforeAll(async () => {
  // Only the HTTP side: no consumers, no sender; links signed with a key of this test's own.
  marketing = await startService(
    { ...marketingService, background: undefined },
    {
      ...env,
      MARKETING_LINK_SECRET: linkSecret,
    },
  );
  captured = captureLog();
  gateway = await startGateway({
    env,
    port: 0,
    subgraphUrls: { marketing: marketing.url },
    log: captured.log,
  });
  links = new EmailLinks(new URL(gateway.url).origin, new LinkSigner(linkSecret));
});

afterAll(async () => {
  await gateway?.stop();
  await marketing?.stop();
  await dropDatabases(env.DB_PREFIX);
});

test('GET /email/u/<token> at the gateway shows marketing’s unsubscribe page; a forged token its refusal', async () => {
  const page = await fetch(links.unsubscribe(messageId));
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await page.text()).toContain('<button type="submit" name="List-Unsubscribe" value="One-Click">');

  const forged = await fetch(`${new URL(gateway.url).origin}/email/u/not-a-token`);
  expect(forged.status).toBe(404);
  expect(await forged.text()).toContain('This link is not valid');
});

test('POST /email/u/<token> (one-click unsubscribe, a form body) reaches marketing', async () => {
  const response = await fetch(links.unsubscribe(messageId), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('You are unsubscribed');
  const confirm = await fetch(`${new URL(gateway.url).origin}/consent/confirm/not-a-token`, {
    method: 'POST',
  });
  expect(confirm.status).toBe(404);
});

test('the open pixel is a GIF, a tracked click a redirect the gateway passes on without following it', async () => {
  const pixel = await fetch(links.openPixel(messageId));
  expect(pixel.status).toBe(200);
  expect(pixel.headers.get('content-type')).toBe('image/gif');
  expect((await pixel.arrayBuffer()).byteLength).toBeGreaterThan(0);

  const click = await fetch(links.click(messageId, 'https://shop.example/spring'), { redirect: 'manual' });
  expect(click.status).toBe(302);
  expect(click.headers.get('location')).toBe('https://shop.example/spring');
});

test('the gateway’s access log names the link but not its token', async () => {
  const link = links.unsubscribe(messageId);
  await (await fetch(link)).text();
  const token = link.split('/').pop()!;
  const lines = captured.entries();
  expect(lines).toContainEqual(
    expect.objectContaining({ req: expect.objectContaining({ url: '/email/u/[redacted]' }) }),
  );
  expect(JSON.stringify(lines)).not.toContain(token);
});
