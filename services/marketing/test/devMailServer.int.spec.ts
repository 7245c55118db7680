// The dev mail server of tests and `npm start`: receives over SMTP, keeps and parses what it gets, shows
// the inbox over HTTP, and refuses the recipients it is told to (for bounces).
import { sendOnce, smtpResponseCode } from '../src/email/mailer';
import { startDevMailServer, type DevMailServer } from '../src/email/devMailServer';

let server: DevMailServer;

beforeAll(async () => {
  server = await startDevMailServer({
    httpPort: 0,
    rejectRecipient: (address) => address === 'nobody@example.com',
  });
});

afterAll(() => server?.stop());

it('keeps received mail, shows it over HTTP and refuses the addresses it is told to', async () => {
  await sendOnce(server.smtpUrl, {
    from: 'marketing@crm.example',
    to: 'ann@example.com',
    subject: 'Hello <Ann>',
    html: '<p>Hi</p>',
    text: 'Hi',
    headers: { 'List-Unsubscribe': '<http://127.0.0.1/u/x>' },
  });
  const [mail] = server.messages();
  expect(mail).toMatchObject({ to: ['ann@example.com'], subject: 'Hello <Ann>', html: '<p>Hi</p>' });
  expect(mail!.headers['list-unsubscribe']).toBe('<http://127.0.0.1/u/x>');

  const listed = (await (await fetch(`${server.inboxUrl}messages`)).json()) as { subject: string }[];
  expect(listed.map((message) => message.subject)).toEqual(['Hello <Ann>']);
  const page = await (await fetch(server.inboxUrl!)).text();
  expect(page).toContain('Hello &#60;Ann&#62;');
  expect(await (await fetch(`${server.inboxUrl}messages/${mail!.id}`)).text()).toBe('<p>Hi</p>');

  const refused = await sendOnce(server.smtpUrl, {
    from: 'marketing@crm.example',
    to: 'nobody@example.com',
    subject: 'x',
    text: 'x',
  }).catch((error: unknown) => error);
  expect(smtpResponseCode(refused)).toBe(550);
  expect(server.messages()).toHaveLength(1);
});
