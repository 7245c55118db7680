// Create, read, update and delete of customers, contacts (with roles at organizations) and
// interactions, and the relations between them, over HTTP against the real service.
import { testTenant, forThisFile } from '@crm/testkit';
import {
  contactQuery,
  createContact,
  createContactMutation,
  createCustomer,
  customerQuery,
  deleteContactMutation,
  deleteCustomerMutation,
  deleteInteractionMutation,
  interactionQuery,
  logInteraction,
  updateContactMutation,
  updateCustomerMutation,
  updateInteractionMutation,
  type ContactView,
  type CustomerView,
  type InteractionView,
} from './support/customerOperations';
import { dataOf, errorOf, startCustomerService, tokenFor } from './support/customerTestService';
import { tenantRows } from './support/tenantRecords';

const app = forThisFile(() => startCustomerService());

const organizationContactsQuery = `query OrganizationContacts($id: UUID!) {
  customer(id: $id) { contacts { role contact { id fullName } organization { id } } }
}`;

async function contactsAt(token: string, organizationId: string) {
  const response = await app.request(organizationContactsQuery, { id: organizationId }, token);
  return dataOf(response).customer.contacts as { role: string; contact: { id: string; fullName: string } }[];
}

describe('customers', () => {
  it('creates a customer with normalised input and reads it back by id', async () => {
    const token = tokenFor(testTenant());
    const created = await createCustomer(app, token, {
      kind: 'ORGANIZATION',
      name: '  Acme Corporation ',
      email: 'Sales@ACME.example',
      phone: '+49 30 1234-5678',
      address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'de' },
      industry: 'Manufacturing',
      segment: 'Enterprise',
      tags: ['key-account', 'emea', 'key-account'],
    });

    expect(created).toMatchObject({
      kind: 'ORGANIZATION',
      name: 'Acme Corporation',
      email: 'sales@acme.example',
      phone: '+49 30 1234-5678',
      address: {
        line1: 'Hauptstraße 1',
        line2: null,
        city: 'Berlin',
        region: null,
        postalCode: '10115',
        country: 'DE',
      },
      industry: 'Manufacturing',
      segment: 'Enterprise',
      lifecycleStage: 'PROSPECT', // the schema's default
      tags: ['key-account', 'emea'],
      ownerId: 'user-admin', // defaults to the caller
      version: 1,
    });
    const read = dataOf(await app.request(customerQuery, { id: created.id }, token)).customer;
    expect(read).toEqual(created);
  });

  it('updates only the fields given, clears a field set to null, and counts versions', async () => {
    const token = tokenFor(testTenant());
    const created = await createCustomer(app, token, {
      kind: 'PERSON',
      name: 'Jane Roe',
      email: 'jane@roe.example',
      industry: 'Retail',
      tags: ['vip'],
    });

    const response = await app.request(
      updateCustomerMutation,
      {
        id: created.id,
        input: { name: 'Jane Doe', email: null, lifecycleStage: 'CUSTOMER', tags: ['vip', 'newsletter'] },
        expectedVersion: 1,
      },
      token,
    );
    const updated: CustomerView = dataOf(response).updateCustomer;

    expect(updated).toMatchObject({
      name: 'Jane Doe',
      email: null,
      lifecycleStage: 'CUSTOMER',
      tags: ['vip', 'newsletter'],
      industry: 'Retail', // left out: unchanged
      kind: 'PERSON',
      version: 2,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(dataOf(await app.request(customerQuery, { id: created.id }, token)).customer).toEqual(updated);
  });

  it('deletes a customer with its roles and interactions, returning its last state', async () => {
    const tenant = testTenant();
    const token = tokenFor(tenant);
    const organization = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Gone GmbH' });
    const contact = await createContact(app, token, {
      firstName: 'Max',
      lastName: 'Muster',
      organizations: [{ organizationId: organization.id, role: 'Buyer' }],
    });
    const interaction = await logInteraction(app, token, {
      customerId: organization.id,
      kind: 'NOTE',
      subject: 'Hello',
    });

    const deleted = dataOf(
      await app.request(deleteCustomerMutation, { id: organization.id, expectedVersion: 1 }, token),
    ).deleteCustomer;

    expect(deleted).toEqual({ id: organization.id, name: 'Gone GmbH', version: 1 });
    expect(dataOf(await app.request(customerQuery, { id: organization.id }, token)).customer).toBeNull();
    expect(dataOf(await app.request(interactionQuery, { id: interaction.id }, token)).interaction).toBeNull();
    const person: ContactView = dataOf(await app.request(contactQuery, { id: contact.id }, token)).contact;
    expect(person.organizations).toEqual([]); // the contact stays, without the role
    expect(await tenantRows(app, tenant)).toMatchObject({
      customers: 0,
      contacts: 1,
      roles: 0,
      interactions: 0,
    });

    const again = await app.request(deleteCustomerMutation, { id: organization.id }, token);
    expect(errorOf(again).code).toBe('NOT_FOUND');
  });
});

describe('contacts', () => {
  it('creates a contact with roles at organizations; Customer.contacts and Contact.organizations resolve', async () => {
    const token = tokenFor(testTenant());
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const globex = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Globex' });

    const contact = await createContact(app, token, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ADA@acme.example',
      phone: '+44 20 7946 0000',
      title: 'CTO',
      organizations: [
        { organizationId: acme.id, role: 'Decision maker' },
        { organizationId: globex.id, role: 'Advisor' },
      ],
    });

    expect(contact).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      fullName: 'Ada Lovelace',
      email: 'ada@acme.example',
      title: 'CTO',
      version: 1,
    });
    expect(contact.organizations).toEqual(
      expect.arrayContaining([
        { role: 'Decision maker', organization: { id: acme.id, name: 'Acme' } },
        { role: 'Advisor', organization: { id: globex.id, name: 'Globex' } },
      ]),
    );
    expect(contact.organizations).toHaveLength(2);
    expect(await contactsAt(token, acme.id)).toEqual([
      {
        role: 'Decision maker',
        contact: { id: contact.id, fullName: 'Ada Lovelace' },
        organization: { id: acme.id },
      },
    ]);
    expect(dataOf(await app.request(contactQuery, { id: contact.id }, token)).contact).toEqual(contact);
  });

  it('replaces the roles on update, and removes them with the contact', async () => {
    const token = tokenFor(testTenant());
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const globex = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Globex' });
    const contact = await createContact(app, token, {
      firstName: 'Grace',
      lastName: 'Hopper',
      organizations: [{ organizationId: acme.id, role: 'Buyer' }],
    });

    const response = await app.request(
      updateContactMutation,
      {
        id: contact.id,
        input: { title: 'Admiral', organizations: [{ organizationId: globex.id, role: 'Billing' }] },
        expectedVersion: 1,
      },
      token,
    );
    const updated: ContactView = dataOf(response).updateContact;

    expect(updated).toMatchObject({ firstName: 'Grace', title: 'Admiral', version: 2 });
    expect(updated.organizations).toEqual([
      { role: 'Billing', organization: { id: globex.id, name: 'Globex' } },
    ]);
    expect(await contactsAt(token, acme.id)).toEqual([]);
    expect((await contactsAt(token, globex.id)).map((role) => role.contact.id)).toEqual([contact.id]);

    const deleted = await app.request(deleteContactMutation, { id: contact.id, expectedVersion: 2 }, token);
    expect(dataOf(deleted).deleteContact).toEqual({ id: contact.id, fullName: 'Grace Hopper' });
    expect(dataOf(await app.request(contactQuery, { id: contact.id }, token)).contact).toBeNull();
    expect(await contactsAt(token, globex.id)).toEqual([]);
  });

  it('refuses a role at a PERSON customer or an unknown id, naming the field, and writes nothing', async () => {
    const tenant = testTenant();
    const token = tokenFor(tenant);
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const person = await createCustomer(app, token, { kind: 'PERSON', name: 'Solo Trader' });
    const contact = await createContact(app, token, { firstName: 'Alan', lastName: 'Turing' });
    const before = await tenantRows(app, tenant);

    const atPerson = await app.request(
      createContactMutation,
      {
        input: {
          firstName: 'Bob',
          lastName: 'Builder',
          organizations: [
            { organizationId: acme.id, role: 'Buyer' },
            { organizationId: person.id, role: 'Buyer' },
          ],
        },
      },
      token,
    );
    const unknown = await app.request(
      updateContactMutation,
      {
        id: contact.id,
        input: { organizations: [{ organizationId: '00000000-0000-4000-8000-000000000000', role: 'Buyer' }] },
        expectedVersion: 1,
      },
      token,
    );

    expect(errorOf(atPerson)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.organizations.1.organizationId': 'Must be an ORGANIZATION' },
    });
    expect(errorOf(unknown)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.organizations.0.organizationId': 'No such customer' },
    });
    // The contact row of the refused create was inserted before the roles were checked: rolled back.
    expect(await tenantRows(app, tenant)).toEqual(before);
  });
});

describe('contact list', () => {
  it('finds contacts by full name and by the organizations they work at', async () => {
    const token = tokenFor(testTenant());
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const globex = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Globex' });
    const initech = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Initech' });
    const at = (...organizations: string[]) =>
      organizations.map((organizationId) => ({ organizationId, role: 'Buyer' }));
    await createContact(app, token, { firstName: 'Ada', lastName: 'Lovelace', organizations: at(acme.id) });
    await createContact(app, token, {
      firstName: 'Grace',
      lastName: 'Hopper',
      organizations: at(acme.id, globex.id),
    });
    await createContact(app, token, { firstName: 'Alan', lastName: 'Turing', organizations: at(initech.id) });
    const lastNames = async (variables: Record<string, unknown>) => {
      const response = await app.request(
        `query($search: String, $filter: ContactFilter) {
          contacts(search: $search, filter: $filter, first: 10) { totalCount edges { node { lastName } } }
        }`,
        variables,
        token,
      );
      const { contacts } = dataOf(response);
      expect(contacts.totalCount).toBe(contacts.edges.length);
      return contacts.edges.map((edge: { node: { lastName: string } }) => edge.node.lastName);
    };

    expect(await lastNames({ search: 'ADA LOVE' })).toEqual(['Lovelace']);
    expect(await lastNames({ filter: { organizationId: { eq: acme.id } } })).toEqual(['Hopper', 'Lovelace']);
    expect(await lastNames({ filter: { organizationId: { in: [globex.id, initech.id] } } })).toEqual([
      'Hopper',
      'Turing',
    ]);
    expect(await lastNames({ filter: { not: { organizationId: { eq: acme.id } } } })).toEqual(['Turing']);
  });
});

describe('interactions', () => {
  it('logs, reads, updates and deletes an interaction; customer and contact resolve', async () => {
    const token = tokenFor(testTenant('interactions'));
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const contact = await createContact(app, token, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      organizations: [{ organizationId: acme.id, role: 'Buyer' }],
    });

    const logged = await logInteraction(app, token, {
      customerId: acme.id,
      contactId: contact.id,
      kind: 'CALL',
      direction: 'OUTBOUND',
      subject: 'Kick-off',
      body: 'Agreed on next steps.',
      occurredAt: '2026-03-01T09:30:00.000Z',
    });

    expect(logged).toMatchObject({
      kind: 'CALL',
      direction: 'OUTBOUND',
      subject: 'Kick-off',
      body: 'Agreed on next steps.',
      occurredAt: '2026-03-01T09:30:00.000Z',
      ownerId: 'user-admin',
      version: 1,
      customer: { id: acme.id, name: 'Acme' },
      contact: { id: contact.id, fullName: 'Ada Lovelace' },
    });
    expect(dataOf(await app.request(interactionQuery, { id: logged.id }, token)).interaction).toEqual(logged);

    const updated: InteractionView = dataOf(
      await app.request(
        updateInteractionMutation,
        {
          id: logged.id,
          input: { subject: 'Kick-off meeting', kind: 'MEETING', contactId: null },
          expectedVersion: 1,
        },
        token,
      ),
    ).updateInteraction;
    expect(updated).toMatchObject({
      subject: 'Kick-off meeting',
      kind: 'MEETING',
      contact: null,
      version: 2,
    });

    const deleted = await app.request(
      deleteInteractionMutation,
      { id: logged.id, expectedVersion: 2 },
      token,
    );
    expect(dataOf(deleted).deleteInteraction).toEqual({ id: logged.id, subject: 'Kick-off meeting' });
    expect(dataOf(await app.request(interactionQuery, { id: logged.id }, token)).interaction).toBeNull();
  });

  it('lists a customer’s interactions newest first, and keeps them when their contact is deleted', async () => {
    const token = tokenFor(testTenant());
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const other = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Other' });
    const contact = await createContact(app, token, { firstName: 'Ada', lastName: 'Lovelace' });
    const log = (customerId: string, subject: string, occurredAt: string) =>
      logInteraction(app, token, { customerId, contactId: contact.id, kind: 'EMAIL', subject, occurredAt });
    await log(acme.id, 'First', '2026-01-01T10:00:00.000Z');
    await log(acme.id, 'Third', '2026-01-03T10:00:00.000Z');
    await log(other.id, 'Elsewhere', '2026-01-04T10:00:00.000Z');
    await log(acme.id, 'Second', '2026-01-02T10:00:00.000Z');
    await app.request(deleteContactMutation, { id: contact.id }, token);

    const response = await app.request(
      `query($id: UUID!) { customer(id: $id) { interactions(first: 10) {
         totalCount edges { node { subject contact { id } customer { id } } } } } }`,
      { id: acme.id },
      token,
    );
    const { interactions } = dataOf(response).customer;

    expect(interactions.totalCount).toBe(3);
    expect(interactions.edges.map((edge: { node: { subject: string } }) => edge.node.subject)).toEqual([
      'Third',
      'Second',
      'First',
    ]);
    expect(interactions.edges[0].node).toEqual({
      subject: 'Third',
      contact: null,
      customer: { id: acme.id },
    });
  });

  it('refuses an interaction for a customer or contact that does not exist', async () => {
    const tenant = testTenant();
    const token = tokenFor(tenant);
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const missing = '00000000-0000-4000-8000-000000000000';

    const noCustomer = await app.request(
      `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`,
      { input: { customerId: missing, kind: 'NOTE', subject: 'x' } },
      token,
    );
    const noContact = await app.request(
      `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`,
      { input: { customerId: acme.id, contactId: missing, kind: 'NOTE', subject: 'x' } },
      token,
    );

    expect(errorOf(noCustomer)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.customerId': 'No such customer' },
    });
    expect(errorOf(noContact)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.contactId': 'No such contact' },
    });
    expect((await tenantRows(app, tenant)).interactions).toBe(0);
  });
});
