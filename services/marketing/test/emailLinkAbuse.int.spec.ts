// The public links of campaign email under replay and abuse (issue 12, finding 7): an open or a click is an
// event, an audit record and a status move once per message; later hits only count on the message; hits
// are rate-limited per link and per client address, and a limited hit still answers the pixel or the
// redirect; a template too large to parse safely is refused.
import { testTenant, waitFor } from '@crm/testkit';
import { queuedCampaignSend } from './support/campaignSends';
import { createTemplateMutation, emailSendQuery, linksOf, outboxOf } from './support/marketingOperations';
import {
  dataOf,
  errorOf,
  startMarketingWithMail,
  tokenFor,
  type MarketingWithMail,
} from './support/marketingTestService';

let env: MarketingWithMail;

beforeAll(async () => {
  env = await startMarketingWithMail({
    env: {
      // A window longer than the test: nothing refills while it runs.
      EMAIL_LINK_RATE_WINDOW_MS: String(24 * 3_600_000),
      EMAIL_LINK_HITS_PER_LINK: '20',
      EMAIL_LINK_HITS_PER_ADDRESS: '40',
      // As behind one reverse proxy: the client's address is the last one it adds to X-Forwarded-For.
      EMAIL_LINK_PROXY_HOPS: '1',
    },
  });
});

afterAll(async () => {
  await env?.stop();
});

const offers = [1, 2, 3, 4, 5].map((n) => `https://shop.example/offer/${n}`);
const htmlBody = `<html><body>${offers.map((url) => `<p><a href="${url}">Offer</a></p>`).join('')}</body></html>`;

/** A sent campaign message to one address, and the links of the mail that arrived. */
async function sentMessage(tenant: string, address: string) {
  const token = tokenFor(tenant);
  const { send } = await queuedCampaignSend(env.app, tenant, token, [address], htmlBody);
  const done = await waitFor(
    async () => dataOf(await env.app.request(emailSendQuery, { id: send.id }, token)).emailSend,
    { until: (view) => view.status === 'COMPLETED', what: 'the send' },
  );
  const mail = await waitFor(() => env.mail.messages().find((received) => received.to[0] === address), {
    what: 'the mail',
  });
  const messageId = done.messages.edges[0].node.id as string;
  return { token, sendId: send.id, messageId, links: linksOf(mail.html!, env.publicUrl) };
}

/** A GET of a link from `address` (through the proxy): the pixel's image or the click's redirect. */
async function hit(url: string, address: string) {
  const response = await fetch(url, { redirect: 'manual', headers: { 'x-forwarded-for': address } });
  await response.arrayBuffer();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
  };
}

const trackingQuery = `query($sendId: UUID!) {
  emailSend(id: $sendId) {
    messages { edges { node { id openCount clickCount firstOpenedAt lastOpenedAt firstClickedAt lastClickedAt member { status } } } }
  }
}`;

async function eventCounts(tenant: string) {
  const types = (await outboxOf(env.app, tenant)).map((row) => row.type);
  return {
    opened: types.filter((type) => type === 'crm.marketing.email.opened.v1').length,
    clicked: types.filter((type) => type === 'crm.marketing.email.clicked.v1').length,
  };
}

/** Audit records of opens and clicks: the message's change, and its member's move. */
async function auditCounts(tenant: string) {
  const rows = await env.app.sql<{ what: string; records: number }>(
    `SELECT operation || ' ' || entity_type AS what, count(*)::int AS records
       FROM audit_log WHERE tenant_id = $1 AND operation IN ('openEmail', 'clickEmailLink')
      GROUP BY 1`,
    [tenant],
  );
  return Object.fromEntries(rows.map((row) => [row.what, row.records]));
}

const oneOpenAndOneClick = {
  'openEmail EmailMessage': 1,
  'openEmail CampaignMember': 1,
  'clickEmailLink EmailMessage': 1,
  'clickEmailLink CampaignMember': 1,
};

async function countsOf(tenant: string, messageId: string) {
  const [row] = await env.app.sql<{ open_count: number; click_count: number }>(
    'SELECT open_count, click_count FROM email_message WHERE tenant_id = $1 AND id = $2',
    [tenant, messageId],
  );
  return row!;
}

it('records the first open and the first click once, however often and however concurrently they come', async () => {
  const tenant = testTenant('link-replay');
  const { token, sendId, messageId, links } = await sentMessage(tenant, 'ann@replay.example');
  const [click] = links.clicks;

  // The first hits arrive together (a mail client and a scanner), then the recipient comes back.
  const opens = [
    ...(await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => hit(links.pixel!, `198.51.100.${n}`)))),
  ];
  for (let n = 9; n <= 15; n++) opens.push(await hit(links.pixel!, `198.51.100.${n}`));
  const clicks = [...(await Promise.all([1, 2, 3, 4, 5, 6].map((n) => hit(click!, `198.51.100.${n}`))))];
  for (let n = 7; n <= 12; n++) clicks.push(await hit(click!, `198.51.100.${n}`));
  expect(opens.every((answer) => answer.status === 200 && answer.type === 'image/gif')).toBe(true);
  expect(clicks.every((answer) => answer.status === 302 && answer.location === offers[0])).toBe(true);

  // One event and one audit record each: 15 opens and 12 clicks are not 27 events.
  expect(await eventCounts(tenant)).toEqual({ opened: 1, clicked: 1 });
  expect(await auditCounts(tenant)).toEqual(oneOpenAndOneClick);
  // Every hit counts on the message.
  expect(await countsOf(tenant, messageId)).toEqual({ open_count: 15, click_count: 12 });

  const message = dataOf(await env.app.request(trackingQuery, { sendId }, token)).emailSend.messages.edges[0]
    .node;
  expect(message).toMatchObject({ openCount: 15, clickCount: 12, member: { status: 'CLICKED' } });
  expect(Date.parse(message.lastOpenedAt)).toBeGreaterThanOrEqual(Date.parse(message.firstOpenedAt));
  expect(Date.parse(message.lastClickedAt)).toBeGreaterThanOrEqual(Date.parse(message.firstClickedAt));
});

it('limits what a link and a client address may record, and still answers every hit', async () => {
  const tenant = testTenant('link-flood');
  const { messageId, links } = await sentMessage(tenant, 'bob@flood.example');

  // One link from many addresses: 20 hits per link are recorded, the rest only answered.
  const opens = [];
  for (let n = 1; n <= 30; n++) opens.push(await hit(links.pixel!, `203.0.113.${n}`));
  expect(opens.every((answer) => answer.status === 200 && answer.type === 'image/gif')).toBe(true);
  expect((await countsOf(tenant, messageId)).open_count).toBe(20);
  expect(await eventCounts(tenant)).toEqual({ opened: 1, clicked: 0 });

  // One address over many links: 40 hits per address are recorded, the rest only redirected.
  const clicks = [];
  for (const [index, url] of links.clicks.entries()) {
    for (let n = 0; n < 10; n++) clicks.push({ ...(await hit(url, '192.0.2.66')), expected: offers[index] });
  }
  expect(clicks).toHaveLength(50);
  expect(clicks.every((answer) => answer.status === 302 && answer.location === answer.expected)).toBe(true);
  expect((await countsOf(tenant, messageId)).click_count).toBe(40);
  expect(await eventCounts(tenant)).toEqual({ opened: 1, clicked: 1 });
  expect(await auditCounts(tenant)).toEqual(oneOpenAndOneClick);

  // Another address is not held back by the first.
  expect(await hit(links.clicks[4]!, '192.0.2.67')).toMatchObject({ status: 302, location: offers[4] });
  expect((await countsOf(tenant, messageId)).click_count).toBe(41);
});

it('refuses a template body too large to scan, before anything is written', async () => {
  const tenant = testTenant('link-template');
  const token = tokenFor(tenant);
  // The hostile template of the finding: 450,000 characters that kept a backtracking regex busy for minutes.
  const hostile = '<a '.repeat(150_000);
  const created = errorOf(
    await env.app.request(
      'mutation($input: CreateEmailTemplateInput!) { createEmailTemplate(input: $input) { id version } }',
      { input: { name: 'Hostile', subject: 'Hi', htmlBody: hostile } },
      token,
    ),
  );
  expect(created).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.htmlBody': 'At most 100,000 characters' },
  });

  const template = dataOf(
    await env.app.request(
      createTemplateMutation,
      { input: { name: 'Fine', subject: 'Hi', htmlBody: '<p>Hi</p>' } },
      token,
    ),
  ).createEmailTemplate;
  const updated = errorOf(
    await env.app.request(
      `mutation($id: UUID!, $input: UpdateEmailTemplateInput!) {
        updateEmailTemplate(id: $id, input: $input, expectedVersion: 1) { id }
      }`,
      { id: template.id, input: { textBody: 'x'.repeat(100_001) } },
      token,
    ),
  );
  expect(updated).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.textBody': 'At most 100,000 characters' },
  });
  const [rows] = await env.app.sql<{ templates: number; events: number }>(
    `SELECT (SELECT count(*) FROM email_template WHERE tenant_id = $1)::int AS templates,
            (SELECT count(*) FROM outbox WHERE tenant_id = $1)::int AS events`,
    [tenant],
  );
  expect(rows).toEqual({ templates: 1, events: 1 });
});
