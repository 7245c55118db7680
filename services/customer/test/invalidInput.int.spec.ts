// Bad input gets the documented error code, names the field, and writes nothing: no row, no outbox
// row, no audit record, no event on the topic (docs/architecture.md §5).
import { testTenant, type GraphQLResponse, forThisFile } from '@crm/testkit';
import {
  createContact,
  createContactMutation,
  createCustomer,
  createCustomerMutation,
  customerQuery,
  deleteCustomerMutation,
  logInteraction,
  logInteractionMutation,
  updateContactMutation,
  updateCustomerMutation,
  updateInteractionMutation,
} from './support/customerOperations';
import { dataOf, errorOf, startCustomerService, tokenFor } from './support/customerTestService';
import { outboxOf, publishedEventsOf, tenantRows, type TenantRows } from './support/tenantRecords';

const app = forThisFile(() => startCustomerService({ withoutConsumers: true }));

type Expected = { code: string; fields?: Record<string, string | RegExp> };

/** Sends each bad request and checks its error; the case name shows in a failure. */
async function expectRefused(
  cases: [string, () => Promise<GraphQLResponse<unknown>>, Expected][],
): Promise<void> {
  for (const [what, send, expected] of cases) {
    const error = errorOf(await send());
    const fields = expected.fields
      ? Object.fromEntries(
          Object.entries(expected.fields).map(([path, message]) => [
            path,
            typeof message === 'string' ? message : expect.stringMatching(message),
          ]),
        )
      : undefined;
    expect({ what, ...error }).toEqual({ what, code: expected.code, ...(fields ? { fields } : {}) });
  }
}

/**
 * Nothing but what the test's own setup wrote: the same rows, and on the topics exactly the events of
 * the setup's outbox rows. A valid change made last proves the relay got past the refused requests.
 */
async function expectOnlySetupWritten(tenantId: string, token: string, setupRows: TenantRows) {
  expect(await tenantRows(app, tenantId)).toEqual(setupRows);
  const marker = await createCustomer(app, token, { kind: 'PERSON', name: 'Marker' });
  const outbox = await outboxOf(app, tenantId);
  expect(outbox).toHaveLength(setupRows.outbox + 1);
  expect(outbox.at(-1)!.aggregateid).toBe(marker.id);

  const events = await publishedEventsOf(app, tenantId);
  expect(events.map((event) => event.headers.ce_id).sort()).toEqual(outbox.map((row) => row.id).sort());
}

describe('invalid input', () => {
  it('refuses bad customer input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const tenant = testTenant('invalid-customer');
    const token = tokenFor(tenant);
    const existing = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const setupRows = await tenantRows(app, tenant);
    const create = (input: Record<string, unknown>) => () =>
      app.request(
        createCustomerMutation,
        { input: { kind: 'ORGANIZATION', name: 'Valid', ...input } },
        token,
      );
    const update = (input: Record<string, unknown>) => () =>
      app.request(updateCustomerMutation, { id: existing.id, input, expectedVersion: 1 }, token);

    // prettier-ignore
    await expectRefused([
      ['a bad email', create({ email: 'not-an-email' }), { code: 'BAD_USER_INPUT', fields: { 'input.email': 'Not a valid email address' } }],
      ['an unknown kind', create({ kind: 'ALIEN' }), { code: 'BAD_USER_INPUT', fields: { 'input.kind': /ALIEN.*CustomerKind/ } }],
      ['an unknown stage', create({ lifecycleStage: 'ZOMBIE' }), { code: 'BAD_USER_INPUT', fields: { 'input.lifecycleStage': /ZOMBIE/ } }],
      ['an empty name', create({ name: '   ' }), { code: 'BAD_USER_INPUT', fields: { 'input.name': 'Must not be empty' } }],
      ['an over-long name', create({ name: 'x'.repeat(201) }), { code: 'BAD_USER_INPUT', fields: { 'input.name': 'At most 200 characters' } }],
      ['an over-long tag', create({ tags: ['ok', 't'.repeat(51)] }), { code: 'BAD_USER_INPUT', fields: { 'input.tags.1': 'At most 50 characters' } }],
      ['an over-long city', create({ address: { city: 'c'.repeat(101) } }), { code: 'BAD_USER_INPUT', fields: { 'input.address.city': 'At most 100 characters' } }],
      ['a bad phone', create({ phone: 'call me maybe' }), { code: 'BAD_USER_INPUT', fields: { 'input.phone': /Not a valid phone number/ } }],
      ['an unknown country', create({ address: { country: 'XX' } }), { code: 'BAD_USER_INPUT', fields: { 'input.address.country': /ISO 3166-1/ } }],
      [
        'several bad fields at once',
        create({ name: '', email: 'nope' }),
        { code: 'BAD_USER_INPUT', fields: { 'input.name': 'Must not be empty', 'input.email': 'Not a valid email address' } },
      ],
      ['an update with a bad email', update({ email: 'nope' }), { code: 'BAD_USER_INPUT', fields: { 'input.email': 'Not a valid email address' } }],
      ['an update emptying the name', update({ name: '' }), { code: 'BAD_USER_INPUT', fields: { 'input.name': 'Must not be empty' } }],
      ['an update with a null name', update({ name: null }), { code: 'BAD_USER_INPUT', fields: { 'input.name': /./ } }],
    ]);

    expect(dataOf(await app.request(customerQuery, { id: existing.id }, token)).customer).toEqual(existing);
    await expectOnlySetupWritten(tenant, token, setupRows);
  });

  it('refuses a stale expectedVersion with CONFLICT and leaves the customer as it was', async () => {
    const tenant = testTenant('stale-version');
    const token = tokenFor(tenant);
    const customer = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const current = dataOf(
      await app.request(
        updateCustomerMutation,
        { id: customer.id, input: { name: 'Acme Inc' }, expectedVersion: 1 },
        token,
      ),
    ).updateCustomer;
    const setupRows = await tenantRows(app, tenant);

    // prettier-ignore
    await expectRefused([
      [
        'an update of version 1',
        () => app.request(updateCustomerMutation, { id: customer.id, input: { name: 'Lost update' }, expectedVersion: 1 }, token),
        { code: 'CONFLICT' },
      ],
      ['a delete of version 1', () => app.request(deleteCustomerMutation, { id: customer.id, expectedVersion: 1 }, token), { code: 'CONFLICT' }],
    ]);

    expect(dataOf(await app.request(customerQuery, { id: customer.id }, token)).customer).toEqual(current);
    await expectOnlySetupWritten(tenant, token, setupRows);
  });

  it('refuses bad contact and interaction input, and writes nothing', async () => {
    const tenant = testTenant('invalid-contact');
    const token = tokenFor(tenant);
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const person = await createCustomer(app, token, { kind: 'PERSON', name: 'Solo' });
    const contact = await createContact(app, token, { firstName: 'Ada', lastName: 'Lovelace' });
    const interaction = await logInteraction(app, token, {
      customerId: acme.id,
      kind: 'NOTE',
      subject: 'Hi',
    });
    const setupRows = await tenantRows(app, tenant);
    const newContact = (input: Record<string, unknown>) => () =>
      app.request(
        createContactMutation,
        { input: { firstName: 'Bob', lastName: 'Builder', ...input } },
        token,
      );
    const log = (input: Record<string, unknown>) => () =>
      app.request(
        logInteractionMutation,
        { input: { customerId: acme.id, kind: 'CALL', subject: 'Call', ...input } },
        token,
      );
    const missing = '00000000-0000-4000-8000-000000000000';

    // prettier-ignore
    await expectRefused([
      ['a contact with a bad email', newContact({ email: 'bob@' }), { code: 'BAD_USER_INPUT', fields: { 'input.email': 'Not a valid email address' } }],
      ['a contact with an empty last name', newContact({ lastName: '' }), { code: 'BAD_USER_INPUT', fields: { 'input.lastName': 'Must not be empty' } }],
      ['a contact with a bad phone', newContact({ phone: '12' }), { code: 'BAD_USER_INPUT', fields: { 'input.phone': /Not a valid phone number/ } }],
      [
        'a contact with a role at a person',
        newContact({ organizations: [{ organizationId: person.id, role: 'Buyer' }] }),
        { code: 'BAD_USER_INPUT', fields: { 'input.organizations.0.organizationId': 'Must be an ORGANIZATION' } },
      ],
      [
        'a contact with an empty role',
        newContact({ organizations: [{ organizationId: acme.id, role: ' ' }] }),
        { code: 'BAD_USER_INPUT', fields: { 'input.organizations.0.role': 'Must not be empty' } },
      ],
      [
        'a contact with the same organization twice',
        newContact({ organizations: [{ organizationId: acme.id, role: 'A' }, { organizationId: acme.id, role: 'B' }] }),
        { code: 'BAD_USER_INPUT', fields: { 'input.organizations': 'Each organization at most once' } },
      ],
      [
        'a stale contact update',
        () => app.request(updateContactMutation, { id: contact.id, input: { title: 'CEO' }, expectedVersion: 7 }, token),
        { code: 'CONFLICT' },
      ],
      ['an interaction with an empty subject', log({ subject: '' }), { code: 'BAD_USER_INPUT', fields: { 'input.subject': 'Must not be empty' } }],
      ['an interaction with an over-long subject', log({ subject: 's'.repeat(301) }), { code: 'BAD_USER_INPUT', fields: { 'input.subject': 'At most 300 characters' } }],
      ['an interaction of an unknown kind', log({ kind: 'FAX' }), { code: 'BAD_USER_INPUT', fields: { 'input.kind': /FAX.*InteractionKind/ } }],
      ['an interaction of an unknown customer', log({ customerId: missing }), { code: 'BAD_USER_INPUT', fields: { 'input.customerId': 'No such customer' } }],
      ['an interaction with an unknown contact', log({ contactId: missing }), { code: 'BAD_USER_INPUT', fields: { 'input.contactId': 'No such contact' } }],
      [
        'an interaction moved to no time',
        () => app.request(updateInteractionMutation, { id: interaction.id, input: { occurredAt: null }, expectedVersion: 1 }, token),
        { code: 'BAD_USER_INPUT', fields: { 'input.occurredAt': /expected date/ } },
      ],
      [
        'a stale interaction update',
        () => app.request(updateInteractionMutation, { id: interaction.id, input: { subject: 'Later' }, expectedVersion: 2 }, token),
        { code: 'CONFLICT' },
      ],
    ]);

    await expectOnlySetupWritten(tenant, token, setupRows);
  });
});
