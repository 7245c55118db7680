// Email marketing against a real SMTP server (the dev mail server): templates (handlebars, HTML-escaped),
// a test send, a campaign send only to members whose address opted in, tracked links and open pixel,
// one-click unsubscribe (never mailed again), bounces at send time and reported later.
import { testTenant, waitFor } from '@crm/testkit';
import { knownCustomers } from './support/customerEvents';
import {
  addMemberMutation,
  consentOf,
  createCampaign,
  createTemplateMutation,
  emailSendQuery,
  launchCampaignMutation,
  linksOf,
  outboxOf,
  sendCampaignEmailMutation,
} from './support/marketingOperations';
import {
  dataOf,
  errorOf,
  startMarketingWithMail,
  tokenFor,
  type MarketingWithMail,
} from './support/marketingTestService';

let env: MarketingWithMail;

type MessageEdge = { node: { recipient: string; messageId: string; bounceReason: string | null } };

beforeAll(async () => {
  env = await startMarketingWithMail(
    { env: { EMAIL_RATE_PER_SECOND: '50' } },
    { rejectRecipient: (address) => address.startsWith('gone@') },
  );
});

afterAll(async () => {
  await env?.stop();
});

const template = {
  name: 'Welcome',
  subject: 'Hello {{firstName}} from {{campaign.name}}',
  htmlBody:
    '<html><body><p>Dear {{name}},</p><p><a href="https://shop.example/offer?a=1&amp;b=2">See the offer</a></p>' +
    '<p><a href="{{unsubscribeUrl}}">Unsubscribe</a></p></body></html>',
  textBody: 'Dear {{name}}, see https://shop.example/offer',
};

it('refuses a template that does not compile, and test-sends one with escaped variables', async () => {
  const token = tokenFor(testTenant('templates'));
  const bad = await env.app.request(
    createTemplateMutation,
    { input: { ...template, htmlBody: '<p>{{#if x}}never closed</p>' } },
    token,
  );
  expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
  expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(['input.htmlBody']);

  const created = dataOf(
    await env.app.request(createTemplateMutation, { input: template }, token),
  ).createEmailTemplate;
  const sent = dataOf(
    await env.app.request(
      `mutation($id: UUID!, $to: String!, $variables: EmailVariables) {
        sendTestEmail(templateId: $id, to: $to, variables: $variables) { messageId subject }
      }`,
      {
        id: created.id,
        to: 'Me@Marketing.example',
        variables: { name: '<b>Ann</b> & co', firstName: 'Ann' },
      },
      token,
    ),
  ).sendTestEmail;
  expect(sent.subject).toBe('[Test] Hello Ann from Test campaign');
  const received = await waitFor(
    () => env.mail.messages().find((mail) => mail.messageId === sent.messageId),
    {
      what: 'the test email',
    },
  );
  expect(received.to).toEqual(['me@marketing.example']);
  expect(received.html).toContain('Dear &lt;b&gt;Ann&lt;/b&gt; &amp; co,');
  expect(received.text).toContain('Dear <b>Ann</b> & co,');
});

it('mails only consented members, tracks opens and clicks, unsubscribes for good and records bounces', async () => {
  const tenant = testTenant('email');
  const token = tokenFor(tenant);
  const addresses = {
    ann: 'ann@retail.example',
    bob: 'bob@retail.example',
    cat: 'cat@retail.example', // never asked: UNKNOWN
    dan: 'dan@retail.example', // opted out
    gone: 'gone@retail.example', // opted in, but the SMTP server refuses it
  };
  const customers = await knownCustomers(
    env.app,
    tenant,
    Object.entries(addresses).map(([name, email]) => ({ name, email, kind: 'PERSON' as const })),
  );
  await consentOf(env.app, token, [addresses.ann, addresses.bob, addresses.gone]);
  await consentOf(env.app, token, [addresses.dan], 'OPTED_OUT');
  const campaign = await createCampaign(env.app, token, { name: 'Spring offer' });
  for (const customer of customers) {
    dataOf(
      await env.app.request(
        addMemberMutation,
        { campaignId: campaign.id, input: { customerId: customer.id } },
        token,
      ),
    );
  }
  const { id: templateId } = dataOf(
    await env.app.request(createTemplateMutation, { input: template }, token),
  ).createEmailTemplate;

  const planned = await env.app.request(
    sendCampaignEmailMutation,
    { campaignId: campaign.id, templateId },
    token,
  );
  expect(errorOf(planned).code).toBe('CONFLICT');
  dataOf(await env.app.request(launchCampaignMutation, { id: campaign.id }, token));
  const unknownTemplate = await env.app.request(
    sendCampaignEmailMutation,
    { campaignId: campaign.id, templateId: '00000000-0000-4000-8000-000000000001' },
    token,
  );
  expect(errorOf(unknownTemplate)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { templateId: 'No such email template' },
  });

  const send = dataOf(
    await env.app.request(sendCampaignEmailMutation, { campaignId: campaign.id, templateId }, token),
  ).sendCampaignEmail;
  // ann, bob and gone opted in; cat (unknown) and dan (opted out) are skipped.
  expect(send).toMatchObject({ status: 'RUNNING', recipientCount: 3, skippedCount: 2 });

  const done = await waitFor(
    async () => dataOf(await env.app.request(emailSendQuery, { id: send.id }, token)).emailSend,
    { until: (view) => view.status === 'COMPLETED', timeoutMs: 20_000, what: 'the send to complete' },
  );
  expect(done.counts).toMatchObject({ queued: 0, sending: 0, sent: 2, bounced: 1 });
  const byRecipient = new Map<string, MessageEdge['node']>(
    done.messages.edges.map(({ node }: MessageEdge) => [node.recipient, node]),
  );
  expect(byRecipient.get(addresses.gone)).toMatchObject({ status: 'BOUNCED', member: { status: 'BOUNCED' } });
  expect(byRecipient.get(addresses.gone)!.bounceReason).toContain('mailbox unavailable');

  const inbox = () => env.mail.messages().filter((mail) => mail.to[0]?.endsWith('@retail.example'));
  expect(
    inbox()
      .map((mail) => mail.to[0])
      .sort(),
  ).toEqual([addresses.ann, addresses.bob]);
  const annMail = inbox().find((mail) => mail.to[0] === addresses.ann)!;
  const annMessage = byRecipient.get(addresses.ann);
  expect(annMail.messageId).toBe(annMessage!.messageId);
  expect(annMail.subject).toBe('Hello ann from Spring offer');
  expect(annMail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const links = linksOf(annMail.html!, env.publicUrl);
  expect(annMail.headers['list-unsubscribe']).toBe(`<${links.unsubscribe}>`);
  expect(links.clicks).toHaveLength(1);
  expect(annMail.html).not.toContain(addresses.ann); // links reveal nothing of the recipient
  expect(links.clicks[0]).not.toContain('ann');

  // The open pixel answers an image whatever the token; only a valid one counts.
  const pixel = await fetch(links.pixel!);
  expect(pixel.headers.get('content-type')).toBe('image/gif');
  expect((await fetch(`${links.pixel!.slice(0, -3)}xyz`)).status).toBe(200);
  const click = await fetch(links.clicks[0]!, { redirect: 'manual' });
  expect(click.status).toBe(302);
  expect(click.headers.get('location')).toBe('https://shop.example/offer?a=1&b=2');
  const [payload, mac] = links.clicks[0]!.split('/email/c/')[1]!.split('.');
  const forgedPayload = Buffer.from(
    Buffer.from(payload!, 'base64url').toString().replace('shop.example', 'evil.example'),
  ).toString('base64url');
  const forged = await fetch(`${env.publicUrl}/email/c/${forgedPayload}.${mac}`, { redirect: 'manual' });
  expect(forged.status).toBe(404);
  // An open token does not unsubscribe.
  const openToken = links.pixel!.split('/email/o/')[1];
  expect((await fetch(`${env.publicUrl}/email/u/${openToken}`, { method: 'POST' })).status).toBe(404);

  const afterTracking = dataOf(await env.app.request(emailSendQuery, { id: send.id }, token)).emailSend;
  const annTracked = afterTracking.messages.edges.find(
    ({ node }: MessageEdge) => node.recipient === addresses.ann,
  ).node;
  expect(annTracked).toMatchObject({ openCount: 1, clickCount: 1, member: { status: 'CLICKED' } });

  // Bob unsubscribes with one click (RFC 8058 POST); the GET only shows the button.
  const bobLinks = linksOf(inbox().find((mail) => mail.to[0] === addresses.bob)!.html!, env.publicUrl);
  const form = await fetch(bobLinks.unsubscribe!);
  expect(await form.text()).toContain('<form method="post">');
  const unsubscribed = await fetch(bobLinks.unsubscribe!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(unsubscribed.status).toBe(200);
  expect((await fetch(bobLinks.unsubscribe!, { method: 'POST' })).status).toBe(200); // a repeat changes nothing
  const bobConsent = dataOf(
    await env.app.request(
      'query($email: String!) { consent(email: $email) { status source proof } }',
      { email: addresses.bob },
      token,
    ),
  ).consent;
  expect(bobConsent).toMatchObject({ status: 'OPTED_OUT', source: 'UNSUBSCRIBE_LINK' });

  const events = (await outboxOf(env.app, tenant)).map((row) => row.type);
  const count = (type: string) => events.filter((event) => event === type).length;
  expect(count('crm.marketing.email.sent.v1')).toBe(2);
  expect(count('crm.marketing.email.bounced.v1')).toBe(1);
  expect(count('crm.marketing.email.opened.v1')).toBe(1);
  expect(count('crm.marketing.email.clicked.v1')).toBe(1);
  expect(count('crm.marketing.email.unsubscribed.v1')).toBe(1);
  expect(count('crm.marketing.email_send.completed.v1')).toBe(1);

  // A second send: bob unsubscribed and gone bounced, so only ann is mailed again.
  const again = dataOf(
    await env.app.request(sendCampaignEmailMutation, { campaignId: campaign.id, templateId }, token),
  ).sendCampaignEmail;
  expect(again).toMatchObject({ recipientCount: 1, skippedCount: 4 });
  await waitFor(() => inbox().filter((mail) => mail.to[0] === addresses.ann).length === 2, {
    what: 'the second mail',
  });
  const second = dataOf(await env.app.request(emailSendQuery, { id: again.id }, token)).emailSend;
  await waitFor(
    async () =>
      dataOf(await env.app.request(emailSendQuery, { id: again.id }, token)).emailSend.status === 'COMPLETED',
    {
      what: 'the second send to complete',
    },
  );
  expect(inbox().filter((mail) => mail.to[0] === addresses.bob)).toHaveLength(1);

  // A bounce reported later (a DSN) of a sent message; a second report is refused.
  const bounce = `mutation($id: UUID!) { recordEmailBounce(messageId: $id, reason: "552 mailbox full") { status bounceReason member { status } } }`;
  const secondMessageId = second.messages.edges[0].node.id;
  expect(dataOf(await env.app.request(bounce, { id: secondMessageId }, token)).recordEmailBounce).toEqual({
    status: 'BOUNCED',
    bounceReason: '552 mailbox full',
    member: { status: 'CLICKED' }, // a clicked member stays where it got
  });
  expect(errorOf(await env.app.request(bounce, { id: secondMessageId }, token)).code).toBe('CONFLICT');

  const { campaign: sends } = dataOf(
    await env.app.request(
      `query($id: UUID!) { campaign(id: $id) { emailSends { totalCount edges { node { id recipientCount counts { sent bounced opened clicked unsubscribed } } } } } }`,
      { id: campaign.id },
      token,
    ),
  );
  expect(sends.emailSends).toEqual({
    totalCount: 2,
    edges: [
      {
        node: {
          id: again.id,
          recipientCount: 1,
          counts: { sent: 0, bounced: 1, opened: 0, clicked: 0, unsubscribed: 0 },
        },
      },
      {
        node: {
          id: send.id,
          recipientCount: 3,
          counts: { sent: 2, bounced: 1, opened: 1, clicked: 1, unsubscribed: 1 },
        },
      },
    ],
  });
});
