// The number of SQL statements of a list does not grow with its length (docs/architecture.md §5): the sends of every
// campaign and the messages of every send on a page load together.
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import {
  createCampaign,
  createTemplateMutation,
  launchCampaignMutation,
  sendCampaignEmailMutation,
} from './support/marketingOperations';
import {
  dataOf,
  startMarketingService,
  tokenFor,
  type MarketingTestService,
} from './support/marketingTestService';

// The counter sees every statement on the service's DataSource: no background tasks, the relay stopped,
// so only the requests measured here reach the database.
const statements = new StatementCounter();
let app: MarketingTestService;
const token = tokenFor(testTenant('statements'));
const campaignCount = 4;
const sendsPerCampaign = 2;

beforeAll(async () => {
  app = await startMarketingService({ withoutConsumers: true, sqlLogger: statements });
  await app.service.relay.stop();
  const template = dataOf(
    await app.request(createTemplateMutation, { input: { name: 't', subject: 's', htmlBody: 'b' } }, token),
  ).createEmailTemplate as { id: string };
  for (let index = 0; index < campaignCount; index++) {
    const campaign = await createCampaign(app, token, { name: `Campaign ${index}` });
    dataOf(await app.request(launchCampaignMutation, { id: campaign.id }, token));
    for (let send = 0; send < sendsPerCampaign; send++) {
      dataOf(
        await app.request(
          sendCampaignEmailMutation,
          { campaignId: campaign.id, templateId: template.id },
          token,
        ),
      );
    }
  }
});

afterAll(async () => {
  await app?.stop();
});

const campaignsWithSends = `query CampaignsWithSends($first: Int!) {
  campaigns(first: $first) {
    edges { node { id emailSends { edges { node { id counts { sent } messages { totalCount edges { node { id } } } } } } } }
  }
}`;

interface CampaignsWithSends {
  campaigns: {
    edges: { node: { emailSends: { edges: { node: { messages: { totalCount: number } } }[] } } }[];
  };
}

async function countStatements(first: number): Promise<{ data: CampaignsWithSends; count: number }> {
  statements.count = 0;
  const data = dataOf(await app.request<CampaignsWithSends>(campaignsWithSends, { first }, token));
  return { data, count: statements.count };
}

it('costs the same for one campaign and for all, with their sends and messages', async () => {
  const one = await countStatements(1);
  const all = await countStatements(campaignCount);
  const sends = all.data.campaigns.edges.flatMap((edge) => edge.node.emailSends.edges);
  expect(one.data.campaigns.edges).toHaveLength(1);
  expect(sends).toHaveLength(campaignCount * sendsPerCampaign);
  expect(sends.every((send) => send.node.messages.totalCount === 0)).toBe(true);
  expect(all.count).toBe(one.count);
});
