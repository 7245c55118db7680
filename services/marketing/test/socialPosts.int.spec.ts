// Social posts: drafts, scheduling, the publisher posting due posts to a real local webhook that checks the
// HMAC-SHA256 signature and timestamp, retries with backoff until PUBLISHED or FAILED, metrics by mutation.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testTenant, waitFor } from '@crm/testkit';
import { WebhookConnector } from '../src/social/socialConnector';
import { publishDuePosts } from '../src/social/socialPublisher';
import { outboxOf } from './support/marketingOperations';
import {
  dataOf,
  errorOf,
  startMarketingWithMail,
  tokenFor,
  type MarketingWithMail,
} from './support/marketingTestService';

const secret = 'webhook-secret-of-the-test-0123';
let env: MarketingWithMail;
let webhook: Server;
const received: { body: Record<string, unknown>; validSignature: boolean }[] = [];
const failuresLeft = new Map<string, number>();

/** What a receiver does: recompute HMAC-SHA256 over "<timestamp>.<body>" and compare in constant time. */
function signatureValid(timestamp: string | undefined, body: string, signature: string | undefined): boolean {
  if (!timestamp || !signature) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(
    `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

beforeAll(async () => {
  webhook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const validSignature = signatureValid(
        req.headers['x-crm-timestamp'] as string | undefined,
        body,
        req.headers['x-crm-signature'] as string | undefined,
      );
      const post = JSON.parse(body) as { id: string; text: string };
      received.push({ body: post, validSignature });
      const left = failuresLeft.get(post.text) ?? 0;
      if (!validSignature || left > 0) {
        failuresLeft.set(post.text, left - 1);
        res.writeHead(503).end('try later');
        return;
      }
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `ext-${post.id.slice(0, 8)}` }));
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  env = await startMarketingWithMail({
    env: {
      SOCIAL_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/posts`,
      SOCIAL_WEBHOOK_SECRET: secret,
      SOCIAL_PUBLISH_INTERVAL_MS: '100',
      SOCIAL_RETRY_BASE_MS: '100',
      SOCIAL_MAX_ATTEMPTS: '3',
    },
  });
});

afterAll(async () => {
  await env?.stop();
  await new Promise((resolve) => webhook?.close(resolve));
});

const postFields =
  'id status channel text mediaUrl scheduledAt attempts failureReason externalId publishedAt impressions engagements clicks version';
const createPost = `mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { ${postFields} } }`;
const schedulePost = `mutation($id: UUID!, $at: DateTime) { scheduleSocialPost(id: $id, scheduledAt: $at) { ${postFields} } }`;
const postQuery = `query($id: UUID!) { socialPost(id: $id) { ${postFields} } }`;
const metrics = `mutation($id: UUID!, $input: SocialPostMetricsInput!) { recordSocialPostMetrics(id: $id, input: $input) { ${postFields} } }`;

it('publishes a scheduled post through the signed webhook, after a retry, and records its metrics', async () => {
  const tenant = testTenant('social');
  const token = tokenFor(tenant);
  const bad = await env.app.request(
    createPost,
    { input: { channel: 'LINKEDIN', text: ' ', mediaUrl: 'ftp://x/y.png' } },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.text': 'Required', 'input.mediaUrl': 'An http(s) URL' },
  });
  expect(await outboxOf(env.app, tenant)).toEqual([]);

  const text = `Spring is here ${tenant}`;
  failuresLeft.set(text, 1); // the network is down once
  const draft = dataOf(
    await env.app.request(
      createPost,
      { input: { channel: 'LINKEDIN', text, mediaUrl: 'https://cdn.example/spring.png' } },
      token,
    ),
  ).createSocialPost;
  expect(draft).toMatchObject({ status: 'DRAFT', attempts: 0 });
  expect(errorOf(await env.app.request(schedulePost, { id: draft.id }, token))).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { scheduledAt: 'Give the time to publish at' },
  });
  expect(
    errorOf(
      await env.app.request(
        metrics,
        { id: draft.id, input: { impressions: 1, engagements: 0, clicks: 0 } },
        token,
      ),
    ).code,
  ).toBe('CONFLICT');
  const scheduled = dataOf(
    await env.app.request(
      schedulePost,
      { id: draft.id, at: new Date(Date.now() - 1000).toISOString() },
      token,
    ),
  ).scheduleSocialPost;
  expect(scheduled.status).toBe('SCHEDULED');

  const published = await waitFor(
    async () => dataOf(await env.app.request(postQuery, { id: draft.id }, token)).socialPost,
    { until: (post) => post.status === 'PUBLISHED', timeoutMs: 10_000, what: 'the post to be published' },
  );
  expect(published).toMatchObject({
    attempts: 2,
    failureReason: null,
    externalId: `ext-${draft.id.slice(0, 8)}`,
  });
  const deliveries = received.filter((delivery) => delivery.body.text === text);
  expect(deliveries).toHaveLength(2);
  expect(deliveries.every((delivery) => delivery.validSignature)).toBe(true);
  expect(deliveries[0]!.body).toMatchObject({
    id: draft.id,
    channel: 'LINKEDIN',
    mediaUrl: 'https://cdn.example/spring.png',
  });

  const counted = dataOf(
    await env.app.request(
      metrics,
      { id: draft.id, input: { impressions: 120, engagements: 9, clicks: 4 } },
      token,
    ),
  ).recordSocialPostMetrics;
  expect(counted).toMatchObject({ impressions: 120, engagements: 9, clicks: 4 });
  expect(
    errorOf(
      await env.app.request(
        metrics,
        { id: draft.id, input: { impressions: 100, engagements: 9, clicks: 4 } },
        token,
      ),
    ),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.impressions': 'Lower than the 120 recorded: metrics are totals to date' },
  });
  expect((await outboxOf(env.app, tenant)).map((event) => event.type)).toEqual([
    'crm.marketing.social.created.v1',
    'crm.marketing.social.scheduled.v1',
    'crm.marketing.social.published.v1',
    'crm.marketing.social.metrics_recorded.v1',
  ]);
});

it('fails a post after its retries, with the reason', async () => {
  const tenant = testTenant('social-fail');
  const token = tokenFor(tenant);
  const text = `Never lands ${tenant}`;
  failuresLeft.set(text, 10);
  const post = dataOf(
    await env.app.request(
      createPost,
      { input: { channel: 'X', text, scheduledAt: new Date().toISOString() } },
      token,
    ),
  ).createSocialPost;
  dataOf(await env.app.request(schedulePost, { id: post.id }, token));
  const failed = await waitFor(
    async () => dataOf(await env.app.request(postQuery, { id: post.id }, token)).socialPost,
    { until: (view) => view.status === 'FAILED', timeoutMs: 10_000, what: 'the post to fail' },
  );
  expect(failed).toMatchObject({
    attempts: 3,
    failureReason: 'Webhook answered 503: try later',
    publishedAt: null,
  });
  expect(received.filter((delivery) => delivery.body.text === text)).toHaveLength(3);
  expect((await outboxOf(env.app, tenant)).map((event) => event.type).at(-1)).toBe(
    'crm.marketing.social.failed.v1',
  );
});

it('publishes each due post once with several publishers at work (replicas)', async () => {
  const tenant = testTenant('social-replicas');
  const token = tokenFor(tenant);
  const texts = Array.from({ length: 6 }, (_, index) => `Replica post ${index} ${tenant}`);
  const ids: string[] = [];
  for (const text of texts) {
    const { createSocialPost: post } = dataOf(
      await env.app.request(createPost, { input: { channel: 'FACEBOOK', text } }, token),
    );
    ids.push(post.id);
  }
  const connector = new WebhookConnector(
    `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/posts`,
    secret,
  );
  const settings = { connectors: { FACEBOOK: connector }, maxAttempts: 3, retryBaseMs: 100 };
  for (const id of ids) {
    dataOf(await env.app.request(schedulePost, { id, at: new Date(Date.now() - 1000).toISOString() }, token));
  }
  // Two more publishers beside the service's own, on the same database.
  await Promise.all([
    publishDuePosts(env.app.service.dataSource, settings),
    publishDuePosts(env.app.service.dataSource, settings),
  ]);
  await waitFor(
    async () =>
      (
        await Promise.all(
          ids.map(async (id) => dataOf(await env.app.request(postQuery, { id }, token)).socialPost.status),
        )
      ).every((status) => status === 'PUBLISHED'),
    { timeoutMs: 10_000, what: 'every post published' },
  );
  for (const text of texts) {
    expect(received.filter((delivery) => delivery.body.text === text)).toHaveLength(1);
  }
});
