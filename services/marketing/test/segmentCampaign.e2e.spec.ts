// Through the real gateway, with the customer and marketing subgraphs started in-process: customers created
// in the customer service reach marketing's projection, a segment picks them up and drops one whose industry
// changes, the segment joins a campaign, and the customer shows its campaigns.
import { customerService } from '@crm/customer/src/service';
import { startService, type RunningService } from '@crm/events';
import { startGateway, type RunningGateway } from '@crm/gateway/src/gateway';
import { dropDatabases, graphql, testServiceEnv, testTenant, waitFor } from '@crm/testkit';
import { marketingService } from '../src/service';
import { dataOf, tokenFor } from './support/marketingTestService';

const env = testServiceEnv();
let customer: RunningService | undefined;
let marketing: RunningService | undefined;
let gateway: RunningGateway | undefined;

beforeAll(async () => {
  [customer, marketing] = await Promise.all([
    startService(customerService, env),
    startService(marketingService, env),
  ]);
  gateway = await startGateway({
    port: 0,
    env,
    subgraphUrls: { customer: customer.url, marketing: marketing.url },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([customer?.stop(), marketing?.stop()]);
  await dropDatabases(env.DB_PREFIX);
});

const retailRules = { industry: { eq: 'Retail' }, country: { in: ['FR', 'DE'] } };

it('builds a campaign from a segment of customers created in the customer service', async () => {
  const token = tokenFor(testTenant('e2e-segment'), 'admin');
  const call = async (query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await graphql(gateway!.url, query, variables, token));
  const create = async (name: string, industry: string, country: string) =>
    (
      await call('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }', {
        input: {
          kind: 'ORGANIZATION',
          name,
          industry,
          email: `${name.toLowerCase()}@example.com`,
          address: { country },
        },
      })
    ).createCustomer as { id: string; version: number };

  const lyon = await create('Lyon', 'Retail', 'FR');
  const berlin = await create('Berlin', 'Retail', 'DE');
  await create('Madrid', 'Retail', 'ES');
  await create('Zurich', 'Banking', 'DE');

  const preview = async () =>
    (
      await call('query($rules: SegmentRules!) { segmentPreview(rules: $rules) { memberCount } }', {
        rules: retailRules,
      })
    ).segmentPreview.memberCount as number;
  await waitFor(preview, {
    until: (count) => count === 2,
    timeoutMs: 30_000,
    what: 'both retailers in the segment',
  });

  await call(
    'mutation($id: UUID!, $v: Int!) { updateCustomer(id: $id, input: { industry: "Wholesale" }, expectedVersion: $v) { id } }',
    {
      id: berlin.id,
      v: berlin.version,
    },
  );
  await waitFor(preview, {
    until: (count) => count === 1,
    timeoutMs: 30_000,
    what: 'Berlin to drop out of the segment',
  });

  const { createSegment: segment } = await call(
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id memberCount } }',
    { input: { name: 'EU retail', kind: 'DYNAMIC', rules: retailRules } },
  );
  expect(segment.memberCount).toBe(1);
  const { createCampaign: campaign } = await call(
    'mutation { createCampaign(input: { name: "Retail week", type: EVENT, location: "Lyon", budget: "5000" }) { id } }',
  );
  const { addSegmentToCampaign: withMembers } = await call(
    `mutation($campaignId: UUID!, $segmentId: UUID!) {
      addSegmentToCampaign(campaignId: $campaignId, segmentId: $segmentId) {
        memberCounts { total targeted }
        members { edges { node { status email customer { id name } } } }
      }
    }`,
    { campaignId: campaign.id, segmentId: segment.id },
  );
  expect(withMembers).toEqual({
    memberCounts: { total: 1, targeted: 1 },
    members: {
      edges: [
        { node: { status: 'TARGETED', email: 'lyon@example.com', customer: { id: lyon.id, name: 'Lyon' } } },
      ],
    },
  });

  const { customer: lyonView } = await call(
    'query($id: UUID!) { customer(id: $id) { name campaigns { totalCount edges { node { status campaign { name budget } } } } } }',
    { id: lyon.id },
  );
  expect(lyonView).toEqual({
    name: 'Lyon',
    campaigns: {
      totalCount: 1,
      edges: [{ node: { status: 'TARGETED', campaign: { name: 'Retail week', budget: '5000.00' } } }],
    },
  });
  const { customer: berlinView } = await call(
    'query($id: UUID!) { customer(id: $id) { campaigns { totalCount } } }',
    {
      id: berlin.id,
    },
  );
  expect(berlinView.campaigns.totalCount).toBe(0);
});
