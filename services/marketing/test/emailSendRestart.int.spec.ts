// A send of 1,000 messages survives a restart of the service in the middle: every consented member gets
// exactly one message (no one twice, no one left out), non-consented members none.
import { startService, type RunningService } from '@crm/events';
import { startTestService, testTenant, waitFor, type TestService } from '@crm/testkit';
import { marketingService } from '../src/service';
import {
  addSegmentMutation,
  createCampaign,
  createSegment,
  createTemplateMutation,
  launchCampaignMutation,
  sendCampaignEmailMutation,
} from './support/marketingOperations';
import {
  dataOf,
  startMarketingWithMail,
  tokenFor,
  type MarketingWithMail,
} from './support/marketingTestService';

// 1,000 mails through a real SMTP server and a restart: its waits (30 s for the send to start, 60 s for it to
// complete) must fit in the test's own time, also on a loaded machine.
jest.setTimeout(120_000);

const tuning = { EMAIL_RATE_PER_SECOND: '2000', EMAIL_SEND_CONCURRENCY: '4', EMAIL_SEND_INTERVAL_MS: '50' };
let env: MarketingWithMail;
let replacement: TestService<RunningService> | undefined;

beforeAll(async () => {
  env = await startMarketingWithMail({ env: tuning });
});

afterAll(async () => {
  await replacement?.stop();
  await env?.stop();
});

it('sends each of 1,000 consented members exactly one message across a restart mid-send', async () => {
  const tenant = testTenant('restart');
  const token = tokenFor(tenant);
  const consented = 1000;
  const withoutConsent = 5;
  // Fixtures written as the projection and recordConsent would (both are tested on their own): 1,005
  // customers through Kafka would slow every test that reads the customer topic from its beginning.
  await env.app.sql(
    `INSERT INTO customer_profile (id, tenant_id, kind, name, email, industry, lifecycle_stage, version, created_at, updated_at)
     SELECT gen_random_uuid(), $1, 'ORGANIZATION', 'Bulk ' || i, 'bulk' || i || '@mass.example', 'Bulk', 'CUSTOMER', 1, now(), now()
     FROM generate_series(0, $2 - 1) AS i`,
    [tenant, consented + withoutConsent],
  );
  // The first 1,000 addresses opted in.
  await env.app.sql(
    `INSERT INTO consent (tenant_id, email, status, source, proof, changed_at, version)
     SELECT $1, 'bulk' || i || '@mass.example', 'OPTED_IN', 'IMPORT', 'test fixture', now(), 1
     FROM generate_series(0, $2 - 1) AS i`,
    [tenant, consented],
  );
  const campaign = await createCampaign(env.app, token, { name: 'Mass mailing' });
  const segment = await createSegment(env.app, token, {
    kind: 'DYNAMIC',
    rules: { industry: { eq: 'Bulk' } },
  });
  dataOf(
    await env.app.request(addSegmentMutation, { campaignId: campaign.id, segmentId: segment.id }, token),
  );
  dataOf(await env.app.request(launchCampaignMutation, { id: campaign.id }, token));
  const template = dataOf(
    await env.app.request(
      createTemplateMutation,
      { input: { name: 'Mass', subject: 'News for {{name}}', htmlBody: '<p>Hello {{name}}</p>' } },
      token,
    ),
  ).createEmailTemplate;
  const send = dataOf(
    await env.app.request(
      sendCampaignEmailMutation,
      { campaignId: campaign.id, templateId: template.id },
      token,
    ),
  ).sendCampaignEmail;
  expect(send).toMatchObject({ recipientCount: consented, skippedCount: withoutConsent });

  const received = () => env.mail.messages().filter((mail) => mail.to[0]?.endsWith('@mass.example'));
  await waitFor(() => received().length >= 150, { timeoutMs: 30_000, what: 'the send to be under way' });
  await env.app.service.stop(); // a graceful restart: SIGTERM in production
  const receivedAtStop = received().length;
  expect(receivedAtStop).toBeLessThan(consented);

  // The same settings as the first instance (its environment), on its databases.
  replacement = await startTestService((serviceEnv) => startService(marketingService, serviceEnv), {
    sameDatabasesAs: env.app,
  });
  await waitFor(
    async () =>
      (
        await replacement!.sql<{ status: string }>('SELECT status FROM email_send WHERE id = $1', [send.id])
      )[0]?.status,
    {
      until: (status) => status === 'COMPLETED',
      timeoutMs: 60_000,
      what: 'the send to complete after the restart',
    },
  );

  const mails = received();
  const recipients = new Set(mails.map((mail) => mail.to[0]));
  expect(mails).toHaveLength(consented);
  expect(recipients.size).toBe(consented);
  expect([...recipients].every((address) => Number(/bulk(\d+)@/.exec(address!)![1]) < consented)).toBe(true);
  const statuses = await replacement.sql<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM email_message WHERE send_id = $1 GROUP BY status',
    [send.id],
  );
  expect(statuses).toEqual([{ status: 'SENT', n: consented }]);
  const messageIds = await replacement.sql<{ message_id: string }>(
    'SELECT message_id FROM email_message WHERE send_id = $1',
    [send.id],
  );
  expect(new Set(mails.map((mail) => mail.messageId))).toEqual(
    new Set(messageIds.map((row) => row.message_id)),
  );
});
