// convertLead in the sales service: ids allocated here, the lead CONVERTED and lead.converted in the
// outbox in one transaction; converting twice, or a lead not qualified, is a CONFLICT with no event.
import { validateEventData } from '@crm/events';
import { testTenant } from '@crm/testkit';
import { convertLeadMutation, createLead, qualifiedLead, type LeadView } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

interface Conversion {
  customerId: string;
  contactId: string | null;
  lead: LeadView;
}

it('converts a qualified lead into a new organization and contact, once', async () => {
  const tenant = testTenant('convert');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const lead = await qualifiedLead(app, token);
  const input = { newCustomer: { kind: 'ORGANIZATION', industry: 'Defense' }, contactRole: 'Buyer' };
  const response = await app.request<{ convertLead: Conversion }>(
    convertLeadMutation,
    { id: lead.id, input },
    token,
  );
  const { customerId, contactId, lead: converted } = dataOf(response).convertLead;
  expect(converted).toMatchObject({
    status: 'CONVERTED',
    convertedCustomerId: customerId,
    convertedContactId: contactId,
    convertedAt: expect.any(String),
    version: lead.version + 1,
  });

  const event = (await outboxOf(app, tenant)).at(-1)!;
  expect(event.type).toBe('crm.sales.lead.converted.v1');
  const data = validateEventData('crm.sales.lead.converted.v1', event.payload);
  expect(data).toMatchObject({
    previousStatus: 'QUALIFIED',
    customerId,
    lead: { id: lead.id, status: 'CONVERTED', convertedCustomerId: customerId },
    newCustomer: {
      id: customerId,
      kind: 'ORGANIZATION',
      name: 'Navy Labs',
      industry: 'Defense',
      ownerId: 'rep-1',
    },
    contact: {
      id: contactId,
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@navylabs.example',
      organizationId: customerId,
      role: 'Buyer',
    },
  });

  const before = await tenantRows(app, tenant);
  const again = await app.request(convertLeadMutation, { id: lead.id, input }, token);
  expect(errorOf(again).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(before);

  const linked = dataOf(
    await app.request(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Customer { id leads { edges { node { id } } totalCount } } }
      }`,
      { representations: [{ __typename: 'Customer', id: customerId }] },
      token,
    ),
  );
  expect(linked._entities).toEqual([
    { id: customerId, leads: { edges: [{ node: { id: lead.id } }], totalCount: 1 } },
  ]);
});

it('converts into an existing customer with a contact there', async () => {
  const tenant = testTenant('convert-existing');
  const token = tokenFor(tenant);
  const lead = await qualifiedLead(app, token);
  const existingCustomerId = '5b0e4a3c-7d5e-4c4b-9a51-3f0f6f2d9e11';
  const response = await app.request<{ convertLead: Conversion }>(
    convertLeadMutation,
    { id: lead.id, input: { existingCustomerId } },
    token,
  );
  expect(dataOf(response).convertLead).toMatchObject({
    customerId: existingCustomerId,
    contactId: expect.any(String),
  });
  const event = (await outboxOf(app, tenant)).at(-1)!;
  expect(event.payload).toMatchObject({
    customerId: existingCustomerId,
    newCustomer: null,
    contact: { organizationId: existingCustomerId },
  });
});

it('refuses bad conversion input and unqualified leads, writing nothing', async () => {
  const tenant = testTenant('convert-invalid');
  const token = tokenFor(tenant);
  const fresh = await createLead(app, token);
  const noCompany = await qualifiedLead(app, token, { company: null });
  const before = await tenantRows(app, tenant);
  const cases: [string, string, Record<string, unknown>, unknown][] = [
    [
      'neither',
      fresh.id,
      {},
      { code: 'BAD_USER_INPUT', fields: { 'input.newCustomer': 'Give newCustomer or existingCustomerId' } },
    ],
    [
      'both',
      fresh.id,
      { newCustomer: { kind: 'PERSON' }, existingCustomerId: fresh.id },
      {
        code: 'BAD_USER_INPUT',
        fields: { 'input.existingCustomerId': 'Give newCustomer or existingCustomerId, not both' },
      },
    ],
    [
      'person with contact',
      fresh.id,
      { newCustomer: { kind: 'PERSON' }, createContact: true },
      { code: 'BAD_USER_INPUT', fields: { 'input.createContact': expect.stringMatching(/PERSON/) } },
    ],
    [
      'organization without a name',
      noCompany.id,
      { newCustomer: { kind: 'ORGANIZATION' } },
      { code: 'BAD_USER_INPUT', fields: { 'input.newCustomer.name': expect.stringMatching(/company/) } },
    ],
    ['not qualified', fresh.id, { newCustomer: { kind: 'PERSON' } }, { code: 'CONFLICT' }],
  ];
  for (const [what, id, input, expected] of cases) {
    expect({ what, ...errorOf(await app.request(convertLeadMutation, { id, input }, token)) }).toEqual({
      what,
      ...(expected as object),
    });
  }
  expect(await tenantRows(app, tenant)).toEqual(before);
});

it('opens a deal with the conversion: for the new customer, its contact primary, owner and campaign the lead’s', async () => {
  const tenant = testTenant('convert-deal');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const campaignId = '0d5a3c1e-2b4f-4e6a-9c8d-7f1e2d3c4b5a';
  const lead = await qualifiedLead(app, token, { campaignId });
  const response = await app.request<{
    convertLead: Conversion & { opportunity: Record<string, unknown> };
  }>(
    `mutation ($id: UUID!, $input: ConvertLeadInput!) {
      convertLead(id: $id, input: $input) {
        customerId contactId
        lead { convertedOpportunityId }
        opportunity {
          id name customerId primaryContactId contactRoles { contactId role isPrimary } leadId
          ownerId campaignId amount currency stage probability expectedCloseDate
        }
      }
    }`,
    {
      id: lead.id,
      input: {
        newCustomer: { kind: 'ORGANIZATION' },
        contactRole: 'CTO',
        opportunity: { currency: 'EUR', amount: '12000', expectedCloseDate: '2027-06-30' },
      },
    },
    token,
  );
  const conversion = dataOf(response).convertLead;
  expect(conversion.opportunity).toEqual({
    id: expect.any(String),
    name: 'Navy Labs',
    customerId: conversion.customerId,
    primaryContactId: conversion.contactId,
    contactRoles: [{ contactId: conversion.contactId, role: 'CTO', isPrimary: true }],
    leadId: lead.id,
    ownerId: 'rep-1',
    campaignId,
    amount: '12000.00',
    currency: 'EUR',
    stage: 'PROSPECTING',
    probability: 10,
    expectedCloseDate: '2027-06-30',
  });
  expect(conversion.lead).toEqual({ convertedOpportunityId: conversion.opportunity.id });
  const events = await outboxOf(app, tenant);
  expect(events.slice(-2).map((row) => row.type)).toEqual([
    'crm.sales.opportunity.created.v1',
    'crm.sales.lead.converted.v1',
  ]);
  expect(events.at(-1)!.payload.lead.convertedOpportunityId).toBe(conversion.opportunity.id);

  // A bad deal refuses the whole conversion.
  const other = await qualifiedLead(app, token);
  const before = await tenantRows(app, tenant);
  const bad = await app.request(
    convertLeadMutation,
    {
      id: other.id,
      input: { newCustomer: { kind: 'ORGANIZATION' }, opportunity: { currency: 'EURO', amount: '-1' } },
    },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.opportunity.currency': 'ISO 4217 code, e.g. EUR',
      'input.opportunity.amount': 'A decimal of at least 0 with at most 2 decimals, e.g. "1234.50"',
    },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
});
