// Attribution from sales events: leads of a campaign become its members (CONVERTED once converted), won
// deals convert their customer's membership, and Campaign.performance adds it up (response rate, leads,
// opportunities, won revenue in the campaign's currency, ROI, cost per lead).
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import { knownCustomers, publish } from './support/customerEvents';
import {
  addMemberMutation,
  changeMemberStatusMutation,
  createCampaign,
  launchCampaignMutation,
  outboxOf,
} from './support/marketingOperations';
import { dataOf, startMarketingService, tokenFor } from './support/marketingTestService';
import { leadEvent, leadState, opportunityEvent, opportunityState } from './support/salesEvents';

const app = forThisFile(() => startMarketingService());

const performanceQuery = `query($id: UUID!) {
  campaign(id: $id) {
    members(first: 20) { edges { node { status leadId customer { id } firstRespondedAt } } }
    performance {
      currency responseRate leads convertedLeads opportunities wonOpportunities wonRevenue actualCost roi costPerLead
      membersByStatus { total targeted responded converted }
    }
  }
}`;

it('attributes leads and deals to their campaign and reports its performance', async () => {
  const tenant = testTenant('attribution');
  const token = tokenFor(tenant);
  const cost = 500;
  const campaign = await createCampaign(app, token, {
    name: 'Trade fair',
    type: 'TRADE_SHOW',
    currency: 'EUR',
    actualCost: String(cost),
  });
  const other = await createCampaign(app, token, { name: 'Other' });
  dataOf(await app.request(launchCampaignMutation, { id: campaign.id }, token));
  const customers = await knownCustomers(app, tenant, [
    { name: 'C1' },
    { name: 'C2' },
    { name: 'C3' },
    { name: 'C4' },
  ]);
  const members = [];
  for (const customer of customers) {
    members.push(
      dataOf(
        await app.request(
          addMemberMutation,
          { campaignId: campaign.id, input: { customerId: customer.id } },
          token,
        ),
      ).addCampaignMember,
    );
  }
  dataOf(await app.request(changeMemberStatusMutation, { id: members[1].id, status: 'RESPONDED' }, token));

  const newLead = leadState(tenant, { campaignId: campaign.id });
  const convertedLead = leadState(tenant, { campaignId: campaign.id, email: 'kim@stone.example' });
  const otherLead = leadState(tenant, { campaignId: other.id });
  await publish(app, 'crm.sales.lead', [
    leadEvent('created', newLead),
    leadEvent('created', convertedLead),
    leadEvent('updated', {
      ...convertedLead,
      status: 'CONVERTED',
      convertedAt: '2026-03-05T10:00:00.000Z',
      version: 2,
      updatedAt: '2026-03-05T10:00:00.000Z',
    }),
    leadEvent('created', otherLead),
  ]);
  const won = { stage: 'CLOSED_WON' as const, probability: 100, closedAt: '2026-03-20T10:00:00.000Z' };
  const wonInEuro = opportunityState(tenant, {
    campaignId: campaign.id,
    customerId: customers[0]!.id,
    amount: '3000.00',
    ...won,
  });
  const wonInDollars = opportunityState(tenant, {
    campaignId: campaign.id,
    amount: '1000.00',
    currency: 'USD',
    ...won,
  });
  const open = opportunityState(tenant, { campaignId: campaign.id, amount: '700.00' });
  const unattributed = opportunityState(tenant, { amount: '9999.00', ...won });
  await publish(app, 'crm.sales.opportunity', [
    opportunityEvent('created', { ...wonInEuro, stage: 'PROSPECTING', probability: 10, closedAt: null }),
    opportunityEvent('updated', { ...wonInEuro, version: 2 }),
    opportunityEvent('created', wonInDollars),
    opportunityEvent('created', open),
    opportunityEvent('created', unattributed),
  ]);

  const view = await waitFor(
    async () => dataOf(await app.request(performanceQuery, { id: campaign.id }, token)).campaign,
    {
      // Every event applied: the lead topic's last update (a conversion) and the deal topic's (a won deal) as
      // well as the creations; the two topics are consumed independently.
      until: ({ performance }) =>
        performance.opportunities === 3 &&
        performance.wonOpportunities === 2 &&
        performance.leads === 2 &&
        performance.convertedLeads === 1 &&
        performance.membersByStatus.converted === 2,
      timeoutMs: 20_000,
      what: 'the leads and deals attributed',
    },
  );
  // Members: four customers and two leads. Responded: C2 (by hand), C1 (its deal won), the converted lead.
  const total = customers.length + 2;
  const responded = 3;
  const revenue = 3000; // the won deal in dollars is counted, not summed
  const leads = 2;
  expect(view.performance).toEqual({
    currency: 'EUR',
    responseRate: ((100 * responded) / total).toFixed(2),
    leads,
    convertedLeads: 1,
    opportunities: 3,
    wonOpportunities: 2,
    wonRevenue: revenue.toFixed(2),
    actualCost: cost.toFixed(2),
    roi: ((revenue - cost) / cost).toFixed(4),
    costPerLead: (cost / leads).toFixed(2),
    membersByStatus: { total, targeted: total - responded, responded: 1, converted: 2 },
  });
  const statusOf = (
    predicate: (node: { leadId: string | null; customer: { id: string } | null }) => boolean,
  ) =>
    view.members.edges.find(
      ({ node }: { node: { leadId: string | null; customer: { id: string } | null } }) => predicate(node),
    ).node.status;
  expect(statusOf((node) => node.leadId === newLead.id)).toBe('TARGETED');
  expect(statusOf((node) => node.leadId === convertedLead.id)).toBe('CONVERTED');
  expect(statusOf((node) => node.customer?.id === customers[0]!.id)).toBe('CONVERTED');

  // A redelivered lead event adds no second member.
  await publish(app, 'crm.sales.lead', [leadEvent('updated', { ...newLead, score: 60, version: 2 })]);
  await waitFor(
    async () =>
      (await app.sql('SELECT version FROM lead_attribution WHERE id = $1', [newLead.id]))[0]?.version === 2,
    { what: 'the lead update applied' },
  );
  const [leadMembers] = await app.sql<{ count: number }>(
    'SELECT count(*)::int AS count FROM campaign_member WHERE lead_id = $1',
    [newLead.id],
  );
  expect(leadMembers?.count).toBe(1);
  const events = (await outboxOf(app, tenant)).map((event) => event.type);
  expect(events.filter((type) => type === 'crm.marketing.member.added.v1')).toHaveLength(
    customers.length + 3,
  );

  // A campaign without cost has no ROI and no cost per lead.
  const free = dataOf(await app.request(performanceQuery, { id: other.id }, token)).campaign.performance;
  expect(free).toMatchObject({
    leads: 1,
    roi: null,
    costPerLead: null,
    wonRevenue: '0.00',
    actualCost: null,
  });
});
