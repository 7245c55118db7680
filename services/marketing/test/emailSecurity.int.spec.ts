// Email, consent and social data by role and tenant: only marketers and admins send, record or post;
// analysts see statuses but no address; another tenant reaches nothing, `_entities` included.
import { testTenant, waitFor } from '@crm/testkit';
import { queuedCampaignSend } from './support/campaignSends';
import {
  createTemplateMutation,
  emailSendQuery,
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

beforeAll(async () => {
  env = await startMarketingWithMail();
});

afterAll(async () => {
  await env?.stop();
});

const createPost = `mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { id } }`;
const bounce = `mutation($id: UUID!) { recordEmailBounce(messageId: $id, reason: "x") { id } }`;

it('keeps email, consent and social data to its tenant and roles', async () => {
  const tenant = testTenant('email-security');
  const marketer = tokenFor(tenant);
  const { campaign, template, send } = await queuedCampaignSend(env.app, tenant, marketer, [
    'kai@secure.example',
  ]);
  const sent = await waitFor(
    async () => dataOf(await env.app.request(emailSendQuery, { id: send.id }, marketer)).emailSend,
    { until: (view) => view.status === 'COMPLETED', what: 'the send' },
  );
  const messageId = sent.messages.edges[0].node.id;
  const post = dataOf(
    await env.app.request(createPost, { input: { channel: 'X', text: 'Hi' } }, marketer),
  ).createSocialPost;

  for (const role of ['sales_manager', 'sales_rep', 'support_agent', 'analyst', 'readonly'] as const) {
    const token = tokenFor(tenant, role);
    for (const [query, variables] of [
      [sendCampaignEmailMutation, { campaignId: campaign.id, templateId: template.id }],
      [createTemplateMutation, { input: { name: 't', subject: 's', htmlBody: 'b' } }],
      [createPost, { input: { channel: 'X', text: 'Hi' } }],
      [bounce, { id: messageId }],
    ] as const) {
      expect(errorOf(await env.app.request(query, variables, token)).code).toBe('FORBIDDEN');
    }
  }
  const [counts] = await env.app.sql<{ sends: number; posts: number }>(
    `SELECT (SELECT count(*) FROM email_send WHERE tenant_id = $1)::int AS sends,
            (SELECT count(*) FROM social_post WHERE tenant_id = $1)::int AS posts`,
    [tenant],
  );
  expect(counts).toEqual({ sends: 1, posts: 1 });

  // A bounce reason and a consent proof name the address: the marketer sees them, the analyst does not.
  const namingBounce = `mutation($id: UUID!) { recordEmailBounce(messageId: $id, reason: "550 <kai@secure.example>: no such user") { id } }`;
  dataOf(await env.app.request(namingBounce, { id: messageId }, marketer));
  const consentQuery = 'query($e: String!) { consent(email: $e) { email status proof } }';
  const marketerView = dataOf(await env.app.request(emailSendQuery, { id: send.id }, marketer)).emailSend;
  expect(marketerView.messages.edges[0].node.bounceReason).toContain('kai@secure.example');
  expect(
    dataOf(await env.app.request(consentQuery, { e: 'kai@secure.example' }, marketer)).consent.proof,
  ).toContain('kai@secure.example');

  const analyst = tokenFor(tenant, 'analyst');
  const analystView = dataOf(await env.app.request(emailSendQuery, { id: send.id }, analyst)).emailSend;
  expect(analystView.messages.edges[0].node).toMatchObject({
    recipient: null,
    bounceReason: null,
    status: 'BOUNCED',
  });
  // An analyst sees consents without address or proof, and may not probe an address.
  const consents = dataOf(
    await env.app.request('query { consents { edges { node { email status proof } } } }', {}, analyst),
  ).consents;
  expect(consents.edges).toEqual([{ node: { email: null, status: 'OPTED_IN', proof: null } }]);
  expect(errorOf(await env.app.request(consentQuery, { e: 'kai@secure.example' }, analyst)).code).toBe(
    'FORBIDDEN',
  );

  const stranger = tokenFor(testTenant('stranger'), 'admin');
  expect(dataOf(await env.app.request(emailSendQuery, { id: send.id }, stranger)).emailSend).toBeNull();
  expect(
    dataOf(
      await env.app.request(
        'query($id: UUID!) { emailTemplate(id: $id) { id } }',
        { id: template.id },
        stranger,
      ),
    ).emailTemplate,
  ).toBeNull();
  expect(
    dataOf(
      await env.app.request('query($id: UUID!) { socialPost(id: $id) { id } }', { id: post.id }, stranger),
    ).socialPost,
  ).toBeNull();
  const entities = dataOf(
    await env.app.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on EmailTemplate { id } ... on SocialPost { id } } }`,
      {
        r: [
          { __typename: 'EmailTemplate', id: template.id },
          { __typename: 'SocialPost', id: post.id },
        ],
      },
      stranger,
    ),
  )._entities;
  expect(entities).toEqual([null, null]);
  expect(errorOf(await env.app.request(bounce, { id: messageId }, stranger)).code).toBe('NOT_FOUND');
  expect(
    errorOf(
      await env.app.request(
        sendCampaignEmailMutation,
        { campaignId: campaign.id, templateId: template.id },
        stranger,
      ),
    ).code,
  ).toBe('NOT_FOUND');
  expect(
    dataOf(
      await env.app.request(
        'query($e: String!) { consent(email: $e) { status } }',
        { e: 'kai@secure.example' },
        stranger,
      ),
    ).consent,
  ).toEqual({ status: 'UNKNOWN' });
  expect(errorOf(await env.app.request('query { consents { totalCount } }', {})).code).toBe(
    'UNAUTHENTICATED',
  );
});
