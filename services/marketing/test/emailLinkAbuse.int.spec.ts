// The public links of campaign email under abuse (issue 12, finding 7): a template too large to scan
// safely for links is refused.
import { testTenant } from '@crm/testkit';
import { createTemplateMutation } from './support/marketingOperations';
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
