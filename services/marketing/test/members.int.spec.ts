// Campaign members: one by one (customers or contacts) or all at once from a segment (idempotent), their
// status workflow with events, the counts by status, and Customer.campaigns.
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import { contactEvent, contactState, knownCustomers, publish } from './support/customerEvents';
import {
  addMemberMutation,
  addSegmentMutation,
  campaignQuery,
  changeMemberStatusMutation,
  createCampaign,
  createSegment,
  launchCampaignMutation,
  outboxOf,
  tenantRows,
} from './support/marketingOperations';
import { dataOf, errorOf, startMarketingService, tokenFor } from './support/marketingTestService';

const app = forThisFile(() => startMarketingService());

const customerCampaigns = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Customer { id campaigns { totalCount edges { node { status campaign { name } } } } }
  }
}`;

it('adds a segment once, members one by one, and refuses duplicates and unknown customers', async () => {
  const tenant = testTenant('members');
  const token = tokenFor(tenant);
  const [retailA, retailB, bank] = await knownCustomers(app, tenant, [
    { name: 'Retail A', industry: 'Retail' },
    { name: 'Retail B', industry: 'Retail', email: 'b@retail.example' },
    { name: 'Bank', industry: 'Banking' },
  ]);
  const campaign = await createCampaign(app, token, { name: 'Retail days' });
  const retail = await createSegment(app, token, { kind: 'DYNAMIC', rules: { industry: { eq: 'Retail' } } });

  const added = dataOf(
    await app.request(addSegmentMutation, { campaignId: campaign.id, segmentId: retail.id }, token),
  ).addSegmentToCampaign;
  expect(added.memberCounts).toEqual({ total: 2, targeted: 2 });
  const again = dataOf(
    await app.request(addSegmentMutation, { campaignId: campaign.id, segmentId: retail.id }, token),
  ).addSegmentToCampaign;
  expect(again.memberCounts).toEqual({ total: 2, targeted: 2 });

  const duplicate = await app.request(
    addMemberMutation,
    { campaignId: campaign.id, input: { customerId: retailA!.id } },
    token,
  );
  expect(errorOf(duplicate).code).toBe('CONFLICT');
  const unknown = await app.request(
    addMemberMutation,
    { campaignId: campaign.id, input: { customerId: '00000000-0000-4000-8000-000000000002' } },
    token,
  );
  expect(errorOf(unknown)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.customerId': 'No such customer' },
  });
  const both = await app.request(
    addMemberMutation,
    { campaignId: campaign.id, input: { customerId: bank!.id, contactId: bank!.id } },
    token,
  );
  expect(errorOf(both).code).toBe('BAD_USER_INPUT');
  const rowsBefore = await tenantRows(app, tenant);

  const bankMember = dataOf(
    await app.request(addMemberMutation, { campaignId: campaign.id, input: { customerId: bank!.id } }, token),
  ).addCampaignMember;
  expect(bankMember).toMatchObject({
    status: 'TARGETED',
    customer: { id: bank!.id },
    segment: null,
    version: 1,
  });

  const ann = contactState(tenant, { email: 'ann@retail.example' });
  await publish(app, 'crm.customer.contact', [contactEvent('created', ann)]);
  const annMember = await waitFor(
    async () => {
      const response = await app.request(
        addMemberMutation,
        { campaignId: campaign.id, input: { contactId: ann.id } },
        token,
      );
      return response.data?.addCampaignMember;
    },
    { what: 'the contact known to marketing' },
  );
  expect(annMember).toMatchObject({ contactId: ann.id, customer: null, email: 'ann@retail.example' });

  const { campaign: view } = dataOf(await app.request(campaignQuery, { id: campaign.id }, token));
  expect(view.memberCounts).toMatchObject({ total: 4, targeted: 4 });
  const fromSegment = view.members.edges
    .map(
      (edge: {
        node: { customer: { id: string } | null; segment: { id: string } | null; email: string | null };
      }) => edge.node,
    )
    .filter((node: { segment: unknown }) => node.segment);
  expect(fromSegment.map((node: { customer: { id: string } }) => node.customer.id).sort()).toEqual(
    [retailA!.id, retailB!.id].sort(),
  );
  expect(
    fromSegment.find((node: { customer: { id: string } }) => node.customer.id === retailB!.id).email,
  ).toBe('b@retail.example');
  const events = await outboxOf(app, tenant);
  expect(events.filter((event) => event.type === 'crm.marketing.member.added.v1')).toHaveLength(4);
  expect(rowsBefore.members).toBe(2);
});

it('moves members forward, records the first response, and refuses illegal moves', async () => {
  const tenant = testTenant('member-status');
  const token = tokenFor(tenant);
  const [acme] = await knownCustomers(app, tenant, [{ name: 'Acme' }]);
  const campaign = await createCampaign(app, token, { name: 'Webinar', type: 'WEBINAR' });
  const member = dataOf(
    await app.request(addMemberMutation, { campaignId: campaign.id, input: { customerId: acme!.id } }, token),
  ).addCampaignMember;
  const move = (status: string, expectedVersion?: number) =>
    app.request(changeMemberStatusMutation, { id: member.id, status, expectedVersion }, token);

  // Not launched yet: members do not move (unsubscribing aside).
  expect(errorOf(await move('SENT')).code).toBe('CONFLICT');
  await app.request(launchCampaignMutation, { id: campaign.id }, token);
  expect(dataOf(await move('SENT', 1)).changeCampaignMemberStatus).toMatchObject({
    status: 'SENT',
    version: 2,
  });
  expect(errorOf(await move('OPENED', 1)).code).toBe('CONFLICT'); // stale version
  const responded = dataOf(await move('RESPONDED')).changeCampaignMemberStatus;
  expect(responded).toMatchObject({ status: 'RESPONDED', firstRespondedAt: expect.any(String) });
  const before = await tenantRows(app, tenant);
  expect(errorOf(await move('OPENED')).code).toBe('CONFLICT');
  expect(errorOf(await move('BOUNCED')).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(before);
  const converted = dataOf(await move('CONVERTED')).changeCampaignMemberStatus;
  expect(converted.firstRespondedAt).toBe(responded.firstRespondedAt);

  const { campaign: view } = dataOf(await app.request(campaignQuery, { id: campaign.id }, token));
  expect(view.memberCounts).toEqual({
    total: 1,
    targeted: 0,
    sent: 0,
    opened: 0,
    clicked: 0,
    responded: 0,
    converted: 1,
    bounced: 0,
    unsubscribed: 0,
  });
  const statusEvents = (await outboxOf(app, tenant)).filter(
    (event) => event.type === 'crm.marketing.member.status_changed.v1',
  );
  expect(statusEvents.map((event) => [event.payload.previousStatus, event.payload.member.status])).toEqual([
    ['TARGETED', 'SENT'],
    ['SENT', 'RESPONDED'],
    ['RESPONDED', 'CONVERTED'],
  ]);

  const { _entities } = dataOf(
    await app.request(
      customerCampaigns,
      { representations: [{ __typename: 'Customer', id: acme!.id }] },
      token,
    ),
  );
  expect(_entities).toEqual([
    {
      id: acme!.id,
      campaigns: { totalCount: 1, edges: [{ node: { status: 'CONVERTED', campaign: { name: 'Webinar' } } }] },
    },
  ]);
});

it('adds no members to a finished campaign', async () => {
  const tenant = testTenant('finished');
  const token = tokenFor(tenant);
  const [acme] = await knownCustomers(app, tenant, [{ name: 'Acme' }]);
  const campaign = await createCampaign(app, token);
  await app.request('mutation($id: UUID!) { abortCampaign(id: $id) { status } }', { id: campaign.id }, token);
  const refused = await app.request(
    addMemberMutation,
    { campaignId: campaign.id, input: { customerId: acme!.id } },
    token,
  );
  expect(errorOf(refused).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toMatchObject({ members: 0 });
});
