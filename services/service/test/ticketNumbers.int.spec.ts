// Ticket numbers are gap-free per tenant: concurrent opens never share or skip a number, and an open
// that fails inside its transaction gives its number back.
import { testTenant, forThisFile } from '@crm/testkit';
import { startServiceService, tokenFor } from './support/serviceTestService';
import { openTicket } from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

it('gives 30 concurrent opens the numbers 1 to 30, each once', async () => {
  const tenant = testTenant('numbers');
  const token = tokenFor(tenant);
  const tickets = await Promise.all(
    Array.from({ length: 30 }, (_, index) => openTicket(app, token, { subject: `Request ${index}` })),
  );
  const numbers = tickets.map((ticket) => ticket.number).sort();
  expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `CS-${String(i + 1).padStart(6, '0')}`));
});

it('takes no number for an open that fails inside its transaction', async () => {
  const tenant = testTenant('numbers-rollback');
  const token = tokenFor(tenant);
  await openTicket(app, token);
  // A check constraint fails the insert after the number was taken: the rollback must return it.
  await app.sql(`ALTER TABLE ticket ADD CONSTRAINT no_rollback_test CHECK (subject <> 'fail me')`);
  try {
    await expect(openTicket(app, token, { subject: 'fail me' })).rejects.toThrow();
  } finally {
    await app.sql('ALTER TABLE ticket DROP CONSTRAINT no_rollback_test');
  }
  expect((await openTicket(app, token)).number).toBe('CS-000002');
});
