// The sender's guarantees, driven round by round: a message left in SENDING by a sender that died after
// handing it to SMTP is recorded as sent and never mailed again; the rate limit spaces the messages.
import { createLogger, loadConfig } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { marketingConfig } from '../src/config';
import { EmailSender } from '../src/email/emailSender';
import { queuedCampaignSend } from './support/campaignSends';
import { startMarketingWithMail, tokenFor, type MarketingWithMail } from './support/marketingTestService';

let env: MarketingWithMail;

beforeAll(async () => {
  // No background sender: the test runs the rounds itself.
  env = await startMarketingWithMail({ withoutTasks: ['email-sender'] });
});

afterAll(async () => {
  await env?.stop();
});

/** A launched campaign with `count` consented members, queued for sending; returns the send id. */
async function queuedSend(label: string, count: number): Promise<{ sendId: string }> {
  const tenant = testTenant(label);
  const emails = Array.from({ length: count }, (_, index) => `${label}${index}@queue.example`);
  const { send } = await queuedCampaignSend(env.app, tenant, tokenFor(tenant), emails);
  expect(send.recipientCount).toBe(count);
  return { sendId: send.id };
}

function sender(ratePerSecond: number): EmailSender {
  // The service's settings (its mail server and links), with this sender's rate.
  const config = loadConfig(marketingConfig, {
    ...env.app.env,
    EMAIL_RATE_PER_SECOND: String(ratePerSecond),
    EMAIL_SEND_CONCURRENCY: '2',
  });
  // Not started: the test runs the rounds (start() would run them in the background as well).
  return new EmailSender({
    dataSource: env.app.service.dataSource,
    config,
    log: createLogger('email-sender-test'),
  });
}

it('records a message in doubt as sent without mailing it again', async () => {
  const { sendId } = await queuedSend('doubt', 2);
  // As a sender that crashed after the SMTP server accepted the first message leaves it:
  // (an UPDATE answers [rows, count])
  const [[inDoubt]] = (await env.app.service.dataSource.query(
    `UPDATE email_message SET status = 'SENDING', sending_at = now() - interval '1 hour', lease_owner = 'dead-sender'
     WHERE id = (SELECT id FROM email_message WHERE send_id = $1 ORDER BY created_at, id LIMIT 1)
     RETURNING id, recipient`,
    [sendId],
  )) as [{ id: string; recipient: string }[], number];
  const task = sender(100);
  try {
    expect(await task.round()).toBe(1); // only the queued one is handed to SMTP
  } finally {
    await task.stop();
  }
  const rows = await env.app.sql<{ id: string; status: string }>(
    'SELECT id, status FROM email_message WHERE send_id = $1',
    [sendId],
  );
  expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
  const mailed = env.mail.messages().filter((mail) => mail.to[0]?.startsWith('doubt'));
  expect(mailed).toHaveLength(1);
  expect(mailed[0]!.to[0]).not.toBe(inDoubt!.recipient);
  const [send] = await env.app.sql<{ status: string }>('SELECT status FROM email_send WHERE id = $1', [
    sendId,
  ]);
  expect(send!.status).toBe('COMPLETED');
});

it('spaces messages by the rate limit', async () => {
  const count = 8;
  const ratePerSecond = 20;
  await queuedSend('rate', count);
  const task = sender(ratePerSecond);
  const started = Date.now();
  try {
    expect(await task.round()).toBe(count);
  } finally {
    await task.stop();
  }
  // The first message goes at once, each next one a 1/rate second later.
  expect(Date.now() - started).toBeGreaterThanOrEqual(((count - 1) * 1000) / ratePerSecond);
  expect(env.mail.messages().filter((mail) => mail.to[0]?.startsWith('rate'))).toHaveLength(count);
});

it('mails an address once per send, however many members share it', async () => {
  const tenant = testTenant('shared-address');
  // Two customers with one mailbox (in different case) and one with a mailbox of its own.
  const { send } = await queuedCampaignSend(env.app, tenant, tokenFor(tenant), [
    'Twin@shared.example',
    'twin@shared.example',
    'solo@shared.example',
  ]);
  expect(send.recipientCount).toBe(2);
  const task = sender(100);
  try {
    expect(await task.round()).toBe(2);
  } finally {
    await task.stop();
  }
  const mailed = env.mail
    .messages()
    .map((mail) => mail.to[0]!.toLowerCase())
    .filter((address) => address.endsWith('@shared.example'));
  expect(mailed.sort()).toEqual(['solo@shared.example', 'twin@shared.example']);
  const [counts] = await env.app.sql<{ messages: number; skipped: number }>(
    `SELECT (SELECT count(*) FROM email_message WHERE send_id = $1)::int AS messages,
            (SELECT skipped_count FROM email_send WHERE id = $1) AS skipped`,
    [send.id],
  );
  expect(counts).toEqual({ messages: 2, skipped: 1 });
});
