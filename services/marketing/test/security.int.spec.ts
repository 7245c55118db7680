// Roles and tenants: marketers (and admins) change marketing data, every other role reads; analysts see no
// contact data; no request reaches another tenant's campaigns, segments or members, `_entities` included.
import { testTenant, forThisFile } from '@crm/testkit';
import { knownCustomers } from './support/customerEvents';
import {
  addMemberMutation,
  campaignQuery,
  createCampaign,
  createCampaignMutation,
  createSegmentMutation,
  launchCampaignMutation,
  tenantRows,
} from './support/marketingOperations';
import { dataOf, errorOf, startMarketingService, tokenFor } from './support/marketingTestService';

const app = forThisFile(() => startMarketingService());

const entitiesQuery = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Campaign { id name }
    ... on Segment { id name memberCount }
    ... on Customer { id campaigns { totalCount } }
  }
}`;

it('lets only marketers and admins change marketing data; the other roles read', async () => {
  const tenant = testTenant('roles');
  const campaign = await createCampaign(app, tokenFor(tenant, 'marketer'));
  for (const role of ['sales_manager', 'sales_rep', 'support_agent', 'analyst', 'readonly'] as const) {
    const token = tokenFor(tenant, role);
    expect(
      errorOf(await app.request(createCampaignMutation, { input: { name: 'X', type: 'EMAIL' } }, token)).code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await app.request(launchCampaignMutation, { id: campaign.id }, token)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(
        await app.request(createSegmentMutation, { input: { name: 'X', kind: 'DYNAMIC', rules: {} } }, token),
      ).code,
    ).toBe('FORBIDDEN');
    expect(dataOf(await app.request(campaignQuery, { id: campaign.id }, token)).campaign.id).toBe(
      campaign.id,
    );
  }
  expect(
    dataOf(await app.request(launchCampaignMutation, { id: campaign.id }, tokenFor(tenant, 'admin')))
      .launchCampaign,
  ).toMatchObject({ status: 'ACTIVE' });
  expect(errorOf(await app.request(campaignQuery, { id: campaign.id })).code).toBe('UNAUTHENTICATED');
  expect(await tenantRows(app, tenant)).toMatchObject({ campaigns: 1, segments: 0, outbox: 2 });
});

it('shows analysts no member email', async () => {
  const tenant = testTenant('analyst');
  const token = tokenFor(tenant);
  const [acme] = await knownCustomers(app, tenant, [{ name: 'Acme', email: 'info@acme.example' }]);
  const campaign = await createCampaign(app, token);
  dataOf(
    await app.request(addMemberMutation, { campaignId: campaign.id, input: { customerId: acme!.id } }, token),
  );
  const emailOf = async (role: 'marketer' | 'analyst') =>
    dataOf(await app.request(campaignQuery, { id: campaign.id }, tokenFor(tenant, role))).campaign.members
      .edges[0].node.email;
  expect(await emailOf('marketer')).toBe('info@acme.example');
  expect(await emailOf('analyst')).toBeNull();
});

it("never reaches another tenant's data, `_entities` included", async () => {
  const mine = testTenant('mine');
  const theirs = testTenant('theirs');
  const [acme] = await knownCustomers(app, theirs, [{ name: 'Acme' }]);
  const campaign = await createCampaign(app, tokenFor(theirs), { name: 'Theirs' });
  const { createSegment: segment } = dataOf(
    await app.request(
      createSegmentMutation,
      { input: { name: 'All', kind: 'DYNAMIC', rules: {} } },
      tokenFor(theirs),
    ),
  );
  dataOf(
    await app.request(
      addMemberMutation,
      { campaignId: campaign.id, input: { customerId: acme!.id } },
      tokenFor(theirs),
    ),
  );

  const token = tokenFor(mine, 'admin');
  expect(dataOf(await app.request(campaignQuery, { id: campaign.id }, token)).campaign).toBeNull();
  expect(errorOf(await app.request(launchCampaignMutation, { id: campaign.id }, token)).code).toBe(
    'NOT_FOUND',
  );
  // Their customer is unknown in my tenant, so it cannot join my campaign either.
  const myCampaign = await createCampaign(app, token);
  expect(
    errorOf(
      await app.request(
        addMemberMutation,
        { campaignId: myCampaign.id, input: { customerId: acme!.id } },
        token,
      ),
    ).fields,
  ).toEqual({ 'input.customerId': 'No such customer' });
  const { _entities } = dataOf(
    await app.request(
      entitiesQuery,
      {
        representations: [
          { __typename: 'Campaign', id: campaign.id },
          { __typename: 'Segment', id: segment.id },
          { __typename: 'Customer', id: acme!.id },
        ],
      },
      token,
    ),
  );
  expect(_entities).toEqual([null, null, { id: acme!.id, campaigns: { totalCount: 0 } }]);
  expect(segment.memberCount).toBe(1);
});
