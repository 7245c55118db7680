// Lead conversion across services through the real gateway: sales allocates the ids and emits
// lead.converted; the customer service consumes it from Kafka and creates the customer and contact with
// those ids; Lead.convertedCustomer then resolves through the customer subgraph.
import { testTenant, testToken, waitFor } from '@crm/testkit';
import { salesPlatformForThisFile } from './support/salesGateway';

const platform = salesPlatformForThisFile();

it('converts a qualified lead into an organization and contact that the customer service creates once', async () => {
  const tenant = testTenant('e2e-convert');
  const token = testToken(tenant, ['sales_rep'], 'rep-1');
  const send = platform.sender(token);

  const { createLead } = await send(
    `mutation {
      createLead(input: {
        firstName: "Ada", lastName: "Lovelace", company: "Analytical Engines Ltd",
        title: "Head of Research", email: "ada@engines.example", source: EVENT
      }) { id status }
    }`,
  );
  for (const status of ['CONTACTED', 'QUALIFIED']) {
    await send(
      'mutation ($id: UUID!, $status: LeadStatus!) { changeLeadStatus(id: $id, status: $status) { status } }',
      {
        id: createLead.id,
        status,
      },
    );
  }
  const convert = `mutation ($id: UUID!) {
    convertLead(id: $id, input: { newCustomer: { kind: ORGANIZATION, industry: "Computing" } }) {
      customerId contactId lead { status }
    }
  }`;
  const { convertLead } = await send(convert, { id: createLead.id });
  expect(convertLead.lead.status).toBe('CONVERTED');

  const leadQuery = `query ($id: UUID!) {
    lead(id: $id) {
      status
      convertedCustomer { id name kind industry contacts { role contact { id fullName email } } leads { totalCount } }
    }
  }`;
  const { lead } = await waitFor(() => send(leadQuery, { id: createLead.id }), {
    timeoutMs: 30_000,
    what: 'the customer service to create the converted customer',
    until: (data) =>
      Boolean(data.lead?.convertedCustomer?.name) && data.lead.convertedCustomer.contacts.length > 0,
  });
  expect(lead.convertedCustomer).toEqual({
    id: convertLead.customerId,
    name: 'Analytical Engines Ltd',
    kind: 'ORGANIZATION',
    industry: 'Computing',
    contacts: [
      {
        role: 'Primary contact',
        contact: { id: convertLead.contactId, fullName: 'Ada Lovelace', email: 'ada@engines.example' },
      },
    ],
    leads: { totalCount: 1 },
  });

  const again = await platform.viaGateway.request(convert, { id: createLead.id }, token);
  expect(again.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);

  // The customer service's own records: exactly one customer and contact for the tenant, with its own
  // created events in its outbox, and nothing more after the refused second conversion.
  await waitFor(
    async () => {
      const [row] = await platform.sales.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox WHERE tenant_id = $1 AND published_at IS NULL',
        [tenant],
      );
      return row.n === 0;
    },
    { what: 'the sales outbox to be published' },
  );
  const converted = await platform.sales.dataSource.query(
    "SELECT id FROM outbox WHERE tenant_id = $1 AND type = 'crm.sales.lead.converted.v1'",
    [tenant],
  );
  expect(converted).toHaveLength(1);
  const [records] = await platform.customer.dataSource.query(
    `SELECT (SELECT count(*) FROM customer WHERE tenant_id = $1)::int AS customers,
            (SELECT count(*) FROM contact WHERE tenant_id = $1)::int AS contacts,
            (SELECT array_agg(type ORDER BY sequence) FROM outbox WHERE tenant_id = $1) AS events`,
    [tenant],
  );
  expect(records).toEqual({
    customers: 1,
    contacts: 1,
    events: ['crm.customer.customer.created.v1', 'crm.customer.contact.created.v1'],
  });
});
