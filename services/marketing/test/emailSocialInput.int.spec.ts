// Bad input and illegal moves of the email, consent and social mutations: the right error code and fields,
// and nothing written, no event.
import { testTenant, forThisFile } from '@crm/testkit';
import { createTemplateMutation, outboxOf } from './support/marketingOperations';
import { dataOf, errorOf, startMarketingService, tokenFor } from './support/marketingTestService';

const app = forThisFile(() => startMarketingService({ withoutConsumers: true }));

async function rowsOf(tenant: string) {
  const [row] = await app.sql<Record<string, number>>(
    `SELECT (SELECT count(*) FROM email_template WHERE tenant_id = $1)::int AS templates,
            (SELECT count(*) FROM consent WHERE tenant_id = $1)::int AS consents,
            (SELECT count(*) FROM social_post WHERE tenant_id = $1)::int AS posts,
            (SELECT count(*) FROM email_send WHERE tenant_id = $1)::int AS sends,
            (SELECT count(*) FROM audit_log WHERE tenant_id = $1)::int AS audit`,
    [tenant],
  );
  return row;
}

it('refuses bad input and illegal moves without writing anything', async () => {
  const tenant = testTenant('bad-input');
  const token = tokenFor(tenant);
  const template = dataOf(
    await app.request(
      createTemplateMutation,
      { input: { name: 'Ok', subject: 'Hi', htmlBody: '<p>x</p>' } },
      token,
    ),
  ).createEmailTemplate;
  const post = dataOf(
    await app.request(
      'mutation { createSocialPost(input: { channel: X, text: "Hi", scheduledAt: "2030-01-01T00:00:00Z" }) { id } }',
      {},
      token,
    ),
  ).createSocialPost;
  dataOf(
    await app.request('mutation($id: UUID!) { scheduleSocialPost(id: $id) { id } }', { id: post.id }, token),
  );
  const before = { rows: await rowsOf(tenant), events: (await outboxOf(app, tenant)).length };

  const cases: [string, Record<string, unknown>, { code: string; fields?: Record<string, string> }][] = [
    [
      createTemplateMutation,
      { input: { name: ' ', subject: 'Hi', htmlBody: '<p>x</p>' } },
      { code: 'BAD_USER_INPUT', fields: { 'input.name': 'Required' } },
    ],
    [
      'mutation($id: UUID!) { updateEmailTemplate(id: $id, input: { subject: "{{#each}}" }, expectedVersion: 1) { id } }',
      { id: template.id },
      { code: 'BAD_USER_INPUT' },
    ],
    [
      'mutation($id: UUID!) { updateEmailTemplate(id: $id, input: { name: "New" }, expectedVersion: 7) { id } }',
      { id: template.id },
      { code: 'CONFLICT' },
    ],
    [
      'mutation($id: UUID!) { deleteEmailTemplate(id: $id, expectedVersion: 7) { id } }',
      { id: template.id },
      { code: 'CONFLICT' },
    ],
    [
      'mutation($id: UUID!) { sendTestEmail(templateId: $id, to: "nobody") { messageId } }',
      { id: template.id },
      { code: 'BAD_USER_INPUT', fields: { to: 'Not an email address' } },
    ],
    [
      'mutation { recordEmailBounce(messageId: "00000000-0000-4000-8000-000000000009", reason: "x") { id } }',
      {},
      { code: 'NOT_FOUND' },
    ],
    [
      'mutation { sendCampaignEmail(campaignId: "00000000-0000-4000-8000-000000000009", templateId: "00000000-0000-4000-8000-000000000009") { id } }',
      {},
      { code: 'NOT_FOUND' },
    ],
    [
      'mutation { requestConsentConfirmation(email: "no at sign") { status } }',
      {},
      { code: 'BAD_USER_INPUT', fields: { email: 'Not an email address' } },
    ],
    [
      'mutation { createSocialPost(input: { channel: X, text: "Hi", campaignId: "00000000-0000-4000-8000-000000000009" }) { id } }',
      {},
      { code: 'BAD_USER_INPUT', fields: { 'input.campaignId': 'No such campaign' } },
    ],
    ['mutation($id: UUID!) { scheduleSocialPost(id: $id) { id } }', { id: post.id }, { code: 'CONFLICT' }],
    [
      'mutation($id: UUID!) { updateSocialPost(id: $id, input: { scheduledAt: null }, expectedVersion: 2) { id } }',
      { id: post.id },
      { code: 'BAD_USER_INPUT', fields: { 'input.scheduledAt': 'A scheduled post needs a time' } },
    ],
    [
      'mutation($id: UUID!) { recordSocialPostMetrics(id: $id, input: { impressions: -1, engagements: 0, clicks: 0 }) { id } }',
      { id: post.id },
      { code: 'BAD_USER_INPUT', fields: { 'input.impressions': 'At least 0' } },
    ],
  ];
  for (const [query, variables, expected] of cases) {
    const error = errorOf(await app.request(query, variables, token));
    expect({ query, code: error.code }).toEqual({ query, code: expected.code });
    if (expected.fields) expect(error.fields).toEqual(expected.fields);
  }
  expect({ rows: await rowsOf(tenant), events: (await outboxOf(app, tenant)).length }).toEqual(before);
});
