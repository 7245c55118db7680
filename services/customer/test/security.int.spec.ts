// Who may do what (docs/architecture.md §7): a token is required, read-only roles cannot change anything,
// analysts see no personal contact data, and no tenant reaches another tenant's records.
import { signToken } from '@crm/platform';
import { testTenant, forThisFile } from '@crm/testkit';
import {
  contactQuery,
  createContact,
  createContactMutation,
  createCustomer,
  createCustomerMutation,
  customerQuery,
  deleteContactMutation,
  deleteCustomerMutation,
  deleteInteractionMutation,
  interactionQuery,
  logInteraction,
  logInteractionMutation,
  updateContactMutation,
  updateCustomerMutation,
  updateInteractionMutation,
} from './support/customerOperations';
import { dataOf, errorOf, startCustomerService, tokenFor } from './support/customerTestService';
import { tenantRows } from './support/tenantRecords';

const app = forThisFile(() => startCustomerService({ withoutConsumers: true }));

/** A customer with a contact and an interaction, as the tenant's admin creates them. */
async function seedTenant(tenantId: string) {
  const token = tokenFor(tenantId);
  const customer = await createCustomer(app, token, {
    kind: 'ORGANIZATION',
    name: 'Acme',
    email: 'office@acme.example',
    phone: '+49 30 1234567',
    address: { line1: 'Hauptstraße 1', city: 'Berlin', country: 'DE' },
  });
  const contact = await createContact(app, token, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@acme.example',
    phone: '+49 30 7654321',
    organizations: [{ organizationId: customer.id, role: 'Buyer' }],
  });
  const interaction = await logInteraction(app, token, {
    customerId: customer.id,
    kind: 'CALL',
    subject: 'Intro',
  });
  return { token, customer, contact, interaction };
}

describe('authentication', () => {
  it('answers UNAUTHENTICATED without a token or with a forged one, for queries and mutations', async () => {
    const { customer } = await seedTenant(testTenant());
    const forged = signToken(
      { tenantId: testTenant(), roles: ['admin'] },
      { JWT_SECRET: 'not-the-secret-of-this-service', JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' },
    );
    const requests: [string, string, Record<string, unknown>][] = [
      ['customers', '{ customers { totalCount } }', {}],
      ['customer', customerQuery, { id: customer.id }],
      ['createCustomer', createCustomerMutation, { input: { kind: 'PERSON', name: 'Intruder' } }],
      ['deleteCustomer', deleteCustomerMutation, { id: customer.id }],
    ];

    for (const token of [undefined, forged]) {
      for (const [what, query, variables] of requests) {
        const response = await app.request(query, variables, token);
        expect({ what, code: errorOf(response).code, data: response.data?.[what] ?? null }).toEqual({
          what,
          code: 'UNAUTHENTICATED',
          data: null,
        });
      }
    }
  });
});

describe('roles', () => {
  it.each(['readonly', 'analyst'] as const)(
    'forbids every mutation to the %s role, and nothing changes',
    async (role) => {
      const tenant = testTenant(role);
      const { customer, contact, interaction } = await seedTenant(tenant);
      const before = await tenantRows(app, tenant);
      const token = tokenFor(tenant, role);
      const mutations: [string, string, Record<string, unknown>][] = [
        ['createCustomer', createCustomerMutation, { input: { kind: 'PERSON', name: 'New' } }],
        [
          'updateCustomer',
          updateCustomerMutation,
          { id: customer.id, input: { name: 'Renamed' }, expectedVersion: 1 },
        ],
        ['deleteCustomer', deleteCustomerMutation, { id: customer.id }],
        ['createContact', createContactMutation, { input: { firstName: 'A', lastName: 'B' } }],
        [
          'updateContact',
          updateContactMutation,
          { id: contact.id, input: { title: 'Boss' }, expectedVersion: 1 },
        ],
        ['deleteContact', deleteContactMutation, { id: contact.id }],
        [
          'logInteraction',
          logInteractionMutation,
          { input: { customerId: customer.id, kind: 'NOTE', subject: 'x' } },
        ],
        [
          'updateInteraction',
          updateInteractionMutation,
          { id: interaction.id, input: { subject: 'y' }, expectedVersion: 1 },
        ],
        ['deleteInteraction', deleteInteractionMutation, { id: interaction.id }],
      ];

      for (const [what, mutation, variables] of mutations) {
        const response = await app.request(mutation, variables, token);
        expect({ what, code: errorOf(response).code }).toEqual({ what, code: 'FORBIDDEN' });
      }
      expect(await tenantRows(app, tenant)).toEqual(before);
      // They may still read.
      expect(dataOf(await app.request(customerQuery, { id: customer.id }, token)).customer.name).toBe('Acme');
    },
  );

  it('lets a sales rep change customers but not delete them', async () => {
    const tenant = testTenant('rep');
    const { customer } = await seedTenant(tenant);
    const rep = tokenFor(tenant, 'sales_rep');

    const update = await app.request(
      updateCustomerMutation,
      { id: customer.id, input: { segment: 'SMB' }, expectedVersion: 1 },
      rep,
    );
    const remove = await app.request(deleteCustomerMutation, { id: customer.id }, rep);

    expect(dataOf(update).updateCustomer.segment).toBe('SMB');
    expect(errorOf(remove).code).toBe('FORBIDDEN');
    expect((await tenantRows(app, tenant)).customers).toBe(1);
  });
});

describe('personal data', () => {
  const personalQuery = `query Personal($id: UUID!, $contactId: UUID!) {
    customer(id: $id) { name email phone address { city country } contacts { contact { fullName email phone } } }
    customers(first: 10) { edges { node { name email phone address { city } } } }
    contact(id: $contactId) { fullName email phone }
  }`;

  it('hides email, phone and address from an analyst while an admin sees them', async () => {
    const tenant = testTenant('personal');
    const { customer, contact } = await seedTenant(tenant);
    const variables = { id: customer.id, contactId: contact.id };

    const admin = dataOf(await app.request(personalQuery, variables, tokenFor(tenant, 'admin')));
    const analyst = dataOf(await app.request(personalQuery, variables, tokenFor(tenant, 'analyst')));

    expect(admin).toEqual({
      customer: {
        name: 'Acme',
        email: 'office@acme.example',
        phone: '+49 30 1234567',
        address: { city: 'Berlin', country: 'DE' },
        contacts: [
          { contact: { fullName: 'Ada Lovelace', email: 'ada@acme.example', phone: '+49 30 7654321' } },
        ],
      },
      customers: {
        edges: [
          {
            node: {
              name: 'Acme',
              email: 'office@acme.example',
              phone: '+49 30 1234567',
              address: { city: 'Berlin' },
            },
          },
        ],
      },
      contact: { fullName: 'Ada Lovelace', email: 'ada@acme.example', phone: '+49 30 7654321' },
    });
    expect(analyst).toEqual({
      customer: {
        name: 'Acme',
        email: null,
        phone: null,
        address: null,
        contacts: [{ contact: { fullName: null, email: null, phone: null } }],
      },
      customers: { edges: [{ node: { name: 'Acme', email: null, phone: null, address: null } }] },
      contact: { fullName: null, email: null, phone: null },
    });
  });

  // Analysts saw person and contact names and interaction bodies (issue 12, finding 5).
  it("hides a person's name, a contact's names and an interaction's body from an analyst", async () => {
    const tenant = testTenant('names');
    const token = tokenFor(tenant);
    const { contact } = await seedTenant(tenant);
    const person = await createCustomer(app, token, { kind: 'PERSON', name: 'Jane Doe' });
    const call = await logInteraction(app, token, {
      customerId: person.id,
      kind: 'CALL',
      subject: 'Renewal',
      body: 'Jane mentioned her divorce and a new address in Hamburg',
    });
    const query = `query ($person: UUID!, $contact: UUID!, $call: UUID!) {
      customer(id: $person) { name kind }
      contact(id: $contact) { firstName lastName fullName title }
      interaction(id: $call) { subject body }
    }`;
    const variables = { person: person.id, contact: contact.id, call: call.id };
    expect(dataOf(await app.request(query, variables, tokenFor(tenant, 'admin')))).toEqual({
      customer: { name: 'Jane Doe', kind: 'PERSON' },
      contact: { firstName: 'Ada', lastName: 'Lovelace', fullName: 'Ada Lovelace', title: null },
      interaction: { subject: 'Renewal', body: 'Jane mentioned her divorce and a new address in Hamburg' },
    });
    expect(dataOf(await app.request(query, variables, tokenFor(tenant, 'analyst')))).toEqual({
      // A stable pseudonym: the customer still has a name in every list and report.
      customer: { name: `Person ${person.id.slice(0, 8)}`, kind: 'PERSON' },
      contact: { firstName: null, lastName: null, fullName: null, title: null },
      interaction: { subject: 'Renewal', body: null },
    });
  });

  it('does not let an analyst find customers or contacts by email or phone', async () => {
    const tenant = testTenant('probe');
    await seedTenant(tenant);
    const search = `query($q: String!) { customers(search: $q) { totalCount } contacts(search: $q) { totalCount } }`;
    const byEmail = { q: 'acme.example' };
    const admin = dataOf(await app.request(search, byEmail, tokenFor(tenant, 'admin')));
    const analyst = dataOf(await app.request(search, byEmail, tokenFor(tenant, 'analyst')));
    expect(admin).toEqual({ customers: { totalCount: 1 }, contacts: { totalCount: 1 } });
    expect(analyst).toEqual({ customers: { totalCount: 0 }, contacts: { totalCount: 0 } });

    const filter = `{ customers(filter: { or: [{ name: { eq: "x" } }, { email: { contains: "acme" } }] }) { totalCount } }`;
    expect(errorOf(await app.request(filter, {}, tokenFor(tenant, 'analyst'))).code).toBe('FORBIDDEN');
    expect(dataOf(await app.request(filter, {}, tokenFor(tenant, 'admin')))).toEqual({
      customers: { totalCount: 1 },
    });
  });
});

describe('tenancy', () => {
  it('gives tenant A nothing of tenant B: reads are null, changes NOT_FOUND, and B’s data stays as it was', async () => {
    const tenantA = testTenant('tenant-a');
    const tenantB = testTenant('tenant-b');
    const a = tokenFor(tenantA);
    const b = await seedTenant(tenantB);
    await createCustomer(app, a, { kind: 'ORGANIZATION', name: 'A’s own' });
    const rowsOfB = await tenantRows(app, tenantB);
    const rowsOfA = await tenantRows(app, tenantA);

    const reads = await app.request(
      `query($id: UUID!, $contactId: UUID!, $interactionId: UUID!) {
        customer(id: $id) { id }
        contact(id: $contactId) { id }
        interaction(id: $interactionId) { id }
        customers(filter: { id: { eq: $id } }) { totalCount }
        all: customers(first: 100) { edges { node { name } } }
        contacts(first: 100) { totalCount }
        interactions(first: 100) { totalCount }
        _entities(representations: [{ __typename: "Customer", id: $id }, { __typename: "Contact", id: $contactId }]) { __typename }
      }`,
      { id: b.customer.id, contactId: b.contact.id, interactionId: b.interaction.id },
      a,
    );
    expect(dataOf(reads)).toEqual({
      customer: null,
      contact: null,
      interaction: null,
      customers: { totalCount: 0 },
      all: { edges: [{ node: { name: 'A’s own' } }] },
      contacts: { totalCount: 0 },
      interactions: { totalCount: 0 },
      _entities: [null, null],
    });

    // prettier-ignore
    const changes: [string, string, Record<string, unknown>, string][] = [
      ['updateCustomer', updateCustomerMutation, { id: b.customer.id, input: { name: 'Hijacked' }, expectedVersion: 1 }, 'NOT_FOUND'],
      ['deleteCustomer', deleteCustomerMutation, { id: b.customer.id }, 'NOT_FOUND'],
      ['updateContact', updateContactMutation, { id: b.contact.id, input: { title: 'Spy' }, expectedVersion: 1 }, 'NOT_FOUND'],
      ['deleteContact', deleteContactMutation, { id: b.contact.id }, 'NOT_FOUND'],
      ['updateInteraction', updateInteractionMutation, { id: b.interaction.id, input: { subject: 'x' }, expectedVersion: 1 }, 'NOT_FOUND'],
      ['deleteInteraction', deleteInteractionMutation, { id: b.interaction.id }, 'NOT_FOUND'],
      ['logInteraction', logInteractionMutation, { input: { customerId: b.customer.id, kind: 'NOTE', subject: 'x' } }, 'BAD_USER_INPUT'],
      [
        'createContact',
        createContactMutation,
        { input: { firstName: 'A', lastName: 'B', organizations: [{ organizationId: b.customer.id, role: 'Spy' }] } },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [what, mutation, variables, code] of changes) {
      const response = await app.request(mutation, variables, a);
      expect({ what, code: errorOf(response).code }).toEqual({ what, code });
    }

    expect(await tenantRows(app, tenantB)).toEqual(rowsOfB);
    expect(await tenantRows(app, tenantA)).toEqual(rowsOfA);
    expect(dataOf(await app.request(customerQuery, { id: b.customer.id }, b.token)).customer).toEqual(
      b.customer,
    );
    expect(dataOf(await app.request(contactQuery, { id: b.contact.id }, b.token)).contact).toEqual(b.contact);
    expect(
      dataOf(await app.request(interactionQuery, { id: b.interaction.id }, b.token)).interaction,
    ).toEqual(b.interaction);
  });
});
