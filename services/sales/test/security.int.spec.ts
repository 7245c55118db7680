// Who may do what with leads (docs/architecture.md §7): a sales rep sees and changes only the leads they own,
// managers all of the tenant's; analysts see no contact data; no tenant reaches another's, _entities included.
import { testTenant } from '@crm/testkit';
import {
  changeLeadStatusMutation,
  convertLeadMutation,
  createLead,
  createLeadMutation,
  deleteLeadMutation,
  leadQuery,
  qualifiedLead,
  updateLeadMutation,
} from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Lead { id lastName } }
}`;

describe('sales rep ownership', () => {
  it('shows a rep only their own leads, and lets them change no one else’s', async () => {
    const tenant = testTenant('rep');
    const mine = tokenFor(tenant, 'sales_rep', 'rep-1');
    const theirs = tokenFor(tenant, 'sales_rep', 'rep-2');
    const manager = tokenFor(tenant, 'sales_manager', 'boss');
    const own = await createLead(app, mine, { lastName: 'Mine' });
    const other = await createLead(app, theirs, { lastName: 'Theirs' });

    const listed = dataOf(
      await app.request('{ leads { edges { node { lastName } } totalCount } }', {}, mine),
    );
    expect(listed.leads).toEqual({ edges: [{ node: { lastName: 'Mine' } }], totalCount: 1 });
    expect(dataOf(await app.request(leadQuery, { id: other.id }, mine)).lead).toBeNull();
    const entities = dataOf(
      await app.request(entitiesQuery, { representations: [{ __typename: 'Lead', id: other.id }] }, mine),
    );
    expect(entities._entities).toEqual([null]);

    const before = await tenantRows(app, tenant);
    const attempts: [string, string, Record<string, unknown>][] = [
      ['updateLead', updateLeadMutation, { id: other.id, input: { company: 'X' }, expectedVersion: 1 }],
      ['changeLeadStatus', changeLeadStatusMutation, { id: other.id, status: 'CONTACTED' }],
      ['convertLead', convertLeadMutation, { id: other.id, input: { newCustomer: { kind: 'PERSON' } } }],
    ];
    for (const [what, mutation, variables] of attempts) {
      expect({ what, ...errorOf(await app.request(mutation, variables, mine)) }).toEqual({
        what,
        code: 'NOT_FOUND',
      });
    }
    // Nor may a rep hand leads to someone else, or create them for someone else.
    const handOver = await app.request(
      updateLeadMutation,
      { id: own.id, input: { ownerId: 'rep-2' }, expectedVersion: 1 },
      mine,
    );
    expect(errorOf(handOver).code).toBe('FORBIDDEN');
    const forOther = await app.request(
      createLeadMutation,
      { input: { lastName: 'X', firstName: 'Y', source: 'WEB', ownerId: 'rep-2' } },
      mine,
    );
    expect(errorOf(forOther).code).toBe('FORBIDDEN');
    expect(await tenantRows(app, tenant)).toEqual(before);

    // A manager sees both and may reassign.
    expect(dataOf(await app.request('{ leads { totalCount } }', {}, manager)).leads.totalCount).toBe(2);
    const reassigned = await app.request(
      updateLeadMutation,
      { id: own.id, input: { ownerId: 'rep-2' }, expectedVersion: 1 },
      manager,
    );
    expect(dataOf(reassigned).updateLead.ownerId).toBe('rep-2');
    expect(dataOf(await app.request(leadQuery, { id: own.id }, mine)).lead).toBeNull();
  });
  it('shows a rep only their own leads under a customer, in one batch with the manager view', async () => {
    const tenant = testTenant('rep-customer');
    const repOne = tokenFor(tenant, 'sales_rep', 'rep-1');
    const repTwo = tokenFor(tenant, 'sales_rep', 'rep-2');
    const manager = tokenFor(tenant, 'sales_manager', 'boss');
    const customerId = '0d7e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6';
    for (const token of [repOne, repTwo]) {
      const lead = await qualifiedLead(app, token);
      dataOf(
        await app.request(
          convertLeadMutation,
          { id: lead.id, input: { existingCustomerId: customerId } },
          token,
        ),
      );
    }
    const leadsOfCustomer = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Customer { leads { totalCount edges { node { ownerId } } } } }
    }`;
    const representations = [{ __typename: 'Customer', id: customerId }];
    const seenBy = async (token: string) =>
      dataOf(await app.request(leadsOfCustomer, { representations }, token))._entities[0].leads;

    expect(await seenBy(repOne)).toEqual({ totalCount: 1, edges: [{ node: { ownerId: 'rep-1' } }] });
    expect(await seenBy(repTwo)).toEqual({ totalCount: 1, edges: [{ node: { ownerId: 'rep-2' } }] });
    expect((await seenBy(manager)).totalCount).toBe(2);
  });
});

describe('roles', () => {
  it('forbids lead mutations to read-only roles and hides contact data from analysts', async () => {
    const tenant = testTenant('roles');
    const lead = await createLead(app, tokenFor(tenant));
    for (const role of ['readonly', 'analyst', 'support_agent'] as const) {
      const token = tokenFor(tenant, role);
      const create = await app.request(
        createLeadMutation,
        { input: { firstName: 'A', lastName: 'B', source: 'WEB' } },
        token,
      );
      const remove = await app.request(deleteLeadMutation, { id: lead.id }, token);
      expect({ role, create: errorOf(create).code, remove: errorOf(remove).code }).toEqual({
        role,
        create: 'FORBIDDEN',
        remove: 'FORBIDDEN',
      });
    }
    const seen = dataOf(await app.request(leadQuery, { id: lead.id }, tokenFor(tenant, 'analyst'))).lead;
    // A lead is a person: its name is personal data too (issue 12, finding 5).
    expect(seen).toMatchObject({
      lastName: null,
      fullName: null,
      email: null,
      phone: null,
      company: 'Navy Labs',
    });
    const byEmail = await app.request(
      '{ leads(filter: { email: { contains: "navy" } }) { totalCount } }',
      {},
      tokenFor(tenant, 'analyst'),
    );
    expect(errorOf(byEmail).code).toBe('FORBIDDEN');
    expect(errorOf(await app.request('{ leads { totalCount } }')).code).toBe('UNAUTHENTICATED');
  });
});

describe('tenancy', () => {
  it('keeps every tenant’s leads, products and price books to itself, _entities included', async () => {
    const tenantA = testTenant('a');
    const tenantB = testTenant('b');
    const adminA = tokenFor(tenantA);
    const adminB = tokenFor(tenantB);
    const lead = await createLead(app, adminA);
    const product = dataOf(
      await app.request(
        'mutation { createProduct(input: { sku: "T-1", name: "Thing" }) { id } }',
        {},
        adminA,
      ),
    ).createProduct;

    expect(dataOf(await app.request(leadQuery, { id: lead.id }, adminB)).lead).toBeNull();
    expect(dataOf(await app.request('{ leads { totalCount } products { totalCount } }', {}, adminB))).toEqual(
      {
        leads: { totalCount: 0 },
        products: { totalCount: 0 },
      },
    );
    const entities = dataOf(
      await app.request(
        `query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Lead { id } ... on Product { id } }
        }`,
        {
          representations: [
            { __typename: 'Lead', id: lead.id },
            { __typename: 'Product', id: product.id },
          ],
        },
        adminB,
      ),
    );
    expect(entities._entities).toEqual([null, null]);

    const before = await tenantRows(app, tenantA);
    const change = await app.request(changeLeadStatusMutation, { id: lead.id, status: 'CONTACTED' }, adminB);
    const remove = await app.request(deleteLeadMutation, { id: lead.id }, adminB);
    expect([errorOf(change).code, errorOf(remove).code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    // The same SKU is free in another tenant.
    dataOf(
      await app.request(
        'mutation { createProduct(input: { sku: "T-1", name: "Thing" }) { id } }',
        {},
        adminB,
      ),
    );
    expect(await tenantRows(app, tenantA)).toEqual(before);
  });
});
