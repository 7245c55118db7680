// The whole sales flow through the real gateway, with the customer and sales services on Kafka: a lead is
// qualified and converted with a deal (the customer service creates the customer and contact with the ids
// sales allocated), the deal moves through its stages with a history, a quote for it is sent and accepted,
// which places the order, the deal is won — and the customer shows the order, its revenue and the timeline.
import { testTenant, testToken, waitFor } from '@crm/testkit';
import { salesCatalogue } from './support/salesOperations';
import { salesPlatformForThisFile } from './support/salesGateway';

const platform = salesPlatformForThisFile();

it('takes a lead to a won deal and a placed order that the customer shows with revenue and timeline', async () => {
  const tenant = testTenant('e2e-sales-flow');
  const rep = testToken(tenant, ['sales_rep'], 'rep-1');
  const send = platform.sender(rep);
  const catalogue = await salesCatalogue(platform.viaGateway, tenant);

  // Lead → CONTACTED → QUALIFIED → converted into an organization, its contact and a deal.
  const { createLead } = await send(`mutation {
    createLead(input: {
      firstName: "Mary", lastName: "Jackson", company: "Langley Aeronautics", title: "Head of Engineering",
      email: "mary@langley.example", source: REFERRAL
    }) { id }
  }`);
  for (const status of ['CONTACTED', 'QUALIFIED']) {
    await send(
      'mutation ($id: UUID!, $status: LeadStatus!) { changeLeadStatus(id: $id, status: $status) { id } }',
      {
        id: createLead.id,
        status,
      },
    );
  }
  const { convertLead } = await send(
    `mutation ($id: UUID!) {
      convertLead(id: $id, input: {
        newCustomer: { kind: ORGANIZATION, industry: "Aerospace" }, contactRole: "Decision maker",
        opportunity: { currency: "EUR", expectedCloseDate: "2027-03-31" }
      }) { customerId contactId opportunity { id name stage } }
    }`,
    { id: createLead.id },
  );
  const { customerId, contactId, opportunity } = convertLead;
  expect(opportunity).toEqual({ id: expect.any(String), name: 'Langley Aeronautics', stage: 'PROSPECTING' });

  // The customer service creates both with exactly those ids; the deal's contact resolves there too.
  const created = await waitFor(
    () =>
      send(
        `query ($id: UUID!, $deal: UUID!) {
          customer(id: $id) { id name kind contacts { role contact { id fullName } } }
          opportunity(id: $deal) { contactRoles { role isPrimary contact { id fullName } } }
        }`,
        { id: customerId, deal: opportunity.id },
      ),
    {
      timeoutMs: 30_000,
      what: 'the customer service to create the converted customer',
      until: (data) => Boolean(data.customer),
    },
  );
  expect(created.customer).toEqual({
    id: customerId,
    name: 'Langley Aeronautics',
    kind: 'ORGANIZATION',
    contacts: [{ role: 'Decision maker', contact: { id: contactId, fullName: 'Mary Jackson' } }],
  });
  expect(created.opportunity.contactRoles).toEqual([
    { role: 'Decision maker', isPrimary: true, contact: { id: contactId, fullName: 'Mary Jackson' } },
  ]);

  // The deal gets product lines (its amount their total) and moves on to PROPOSAL.
  const lines = [
    { productId: catalogue.seat, quantity: 10, discountPercent: '10' },
    { productId: catalogue.onboarding, quantity: 1 },
  ];
  const total = (10 * 540 * 0.9 + 2500).toFixed(2); // 4860.00 + 2500.00
  const { setOpportunityLines } = await send(
    'mutation ($id: UUID!, $lines: [OpportunityLineInput!]!) { setOpportunityLines(id: $id, input: { lines: $lines }) { amount } }',
    { id: opportunity.id, lines },
  );
  expect(setOpportunityLines.amount).toBe(total);
  const moveTo = (stage: string) =>
    send(
      'mutation ($id: UUID!, $stage: OpportunityStage!) { changeOpportunityStage(id: $id, input: { stage: $stage }) { stage probability } }',
      { id: opportunity.id, stage },
    );
  for (const stage of ['QUALIFICATION', 'PROPOSAL']) await moveTo(stage);

  // A quote from the deal's lines, sent and accepted: the order is placed.
  const { createQuote } = await send(
    'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { id number total status } }',
    { input: { opportunityId: opportunity.id, lines } },
  );
  expect(createQuote).toEqual({ id: expect.any(String), number: 'Q-000001', total, status: 'DRAFT' });
  await send('mutation ($id: UUID!) { sendQuote(id: $id) { status } }', { id: createQuote.id });
  await moveTo('NEGOTIATION');
  const { acceptQuote } = await send(
    'mutation ($id: UUID!) { acceptQuote(id: $id) { status order { id number status total customer { id name } } } }',
    { id: createQuote.id },
  );
  expect(acceptQuote).toEqual({
    status: 'ACCEPTED',
    order: {
      id: expect.any(String),
      number: 'SO-000001',
      status: 'CONFIRMED',
      total,
      customer: { id: customerId, name: 'Langley Aeronautics' },
    },
  });
  const won = await moveTo('CLOSED_WON');
  expect(won.changeOpportunityStage).toEqual({ stage: 'CLOSED_WON', probability: 100 });

  const { opportunity: history } = await send(
    'query ($id: UUID!) { opportunity(id: $id) { amount stageHistory { from to by } quotes { number status } } }',
    { id: opportunity.id },
  );
  expect(history).toEqual({
    amount: total,
    stageHistory: [
      { from: 'PROSPECTING', to: 'QUALIFICATION', by: 'rep-1' },
      { from: 'QUALIFICATION', to: 'PROPOSAL', by: 'rep-1' },
      { from: 'PROPOSAL', to: 'NEGOTIATION', by: 'rep-1' },
      { from: 'NEGOTIATION', to: 'CLOSED_WON', by: 'rep-1' },
    ],
    quotes: [{ number: 'Q-000001', status: 'ACCEPTED' }],
  });

  // The customer, through the gateway: the order and revenue from sales, the timeline from the customer
  // service's consumer of the order and deal events.
  const view = `query ($id: UUID!) {
    customer(id: $id) {
      name
      leads { totalCount }
      opportunities { edges { node { name stage } } }
      orders { totalCount edges { node { number status total } } }
      revenue { amount currency }
      timeline { edges { node { title source } } }
    }
  }`;
  const shown = await waitFor(() => send(view, { id: customerId }), {
    timeoutMs: 30_000,
    what: 'the order and the won deal on the timeline',
    until: (data) => data.customer.timeline.edges.length >= 2,
  });
  expect(shown.customer).toEqual({
    name: 'Langley Aeronautics',
    leads: { totalCount: 1 },
    opportunities: { edges: [{ node: { name: 'Langley Aeronautics', stage: 'CLOSED_WON' } }] },
    orders: { totalCount: 1, edges: [{ node: { number: 'SO-000001', status: 'CONFIRMED', total } }] },
    revenue: [{ amount: total, currency: 'EUR' }],
    timeline: {
      edges: expect.arrayContaining([
        { node: { title: `Order SO-000001 placed: ${total} EUR`, source: 'sales' } },
        { node: { title: `Opportunity won: Langley Aeronautics (${total} EUR)`, source: 'sales' } },
      ]),
    },
  });
});
