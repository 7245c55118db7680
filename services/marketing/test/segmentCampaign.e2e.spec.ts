// The campaign journey through the real gateway, with the customer, sales and marketing subgraphs started
// in-process and a real SMTP server: customers created in the customer service reach marketing's projection,
// a segment picks them up and drops one whose industry changes, the campaign is launched and mailed, the
// emails arrive with working tracking and unsubscribe links, opens and clicks move the members, the member
// who unsubscribed is never mailed again, a lead of the campaign converts and its deal is won in sales, and
// the campaign's performance shows the revenue and ROI.
import { customerService } from '@crm/customer/src/service';
import { consumerGroupsOf, startService, type RunningService } from '@crm/events';
import { startGateway, type RunningGateway } from '@crm/gateway/src/gateway';
import {
  dropDatabases,
  graphql,
  startConsumerGroupsAtEnd,
  testServiceEnv,
  testTenant,
  waitFor,
} from '@crm/testkit';
// Sales is no dependency of this package; its service is started from source for the journey.
import { salesService } from '@crm/sales/src/service';
import { startDevMailServer, type DevMailServer } from '../src/email/devMailServer';
import { marketingService } from '../src/service';
import { linksOf } from './support/marketingOperations';
import { dataOf, freePort, marketingConsumerGroups, tokenFor } from './support/marketingTestService';

const env = testServiceEnv();
let customer: RunningService | undefined;
let sales: RunningService | undefined;
let marketing: RunningService | undefined;
let gateway: RunningGateway | undefined;
let mail: DevMailServer | undefined;
let publicUrl: string;

beforeAll(async () => {
  // The new consumer groups skip the shared broker's history of other runs: this test's events come later.
  await startConsumerGroupsAtEnd(env.KAFKA_BROKERS ?? '127.0.0.1:9092', [
    ...marketingConsumerGroups(env),
    ...consumerGroupsOf(customerService, env.DB_PREFIX),
  ]);
  mail = await startDevMailServer();
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  [customer, sales, marketing] = await Promise.all([
    startService(customerService, env),
    startService(salesService, env),
    // Its links point at its port (the default public URL).
    startService(marketingService, {
      ...env,
      PORT: String(port),
      SMTP_URL: mail.smtpUrl,
      EMAIL_SEND_INTERVAL_MS: '100',
      EMAIL_RATE_PER_SECOND: '100',
    }),
  ]);
  gateway = await startGateway({
    port: 0,
    env,
    subgraphUrls: { customer: customer.url, sales: sales.url, marketing: marketing.url },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([customer?.stop(), sales?.stop(), marketing?.stop()]);
  await mail?.stop();
  await dropDatabases(env.DB_PREFIX);
});

const retailRules = { industry: { eq: 'Retail' }, country: { in: ['FR', 'DE'] } };

it('runs a campaign from segment to revenue: mail, tracking, unsubscribe, lead, won deal, ROI', async () => {
  const token = tokenFor(testTenant('e2e-campaign'), 'admin');
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
  const paris = await create('Paris', 'Retail', 'FR');
  const nice = await create('Nice', 'Retail', 'FR');
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
    until: (count) => count === 4,
    // Marketing first reads the customer topic from its beginning: on a long-lived broker that takes a while.
    timeoutMs: 90_000,
    what: 'the four retailers in the segment',
  });
  await call(
    'mutation($id: UUID!, $v: Int!) { updateCustomer(id: $id, input: { industry: "Wholesale" }, expectedVersion: $v) { id } }',
    { id: berlin.id, v: berlin.version },
  );
  await waitFor(preview, {
    until: (count) => count === 3,
    timeoutMs: 30_000,
    what: 'Berlin to drop out of the segment',
  });

  for (const address of ['lyon@example.com', 'paris@example.com', 'nice@example.com']) {
    await call('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { status } }', {
      input: { email: address, status: 'OPTED_IN', source: 'WEB_FORM', proof: `newsletter form, ${address}` },
    });
  }
  const { createSegment: segment } = await call(
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id memberCount } }',
    { input: { name: 'FR/DE retail', kind: 'DYNAMIC', rules: retailRules } },
  );
  expect(segment.memberCount).toBe(3);
  const actualCost = 1000;
  const { createCampaign: campaign } = await call(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Retail week',
        type: 'EMAIL',
        currency: 'EUR',
        budget: '5000',
        actualCost: String(actualCost),
      },
    },
  );
  await call(
    'mutation($c: UUID!, $s: UUID!) { addSegmentToCampaign(campaignId: $c, segmentId: $s) { id } }',
    {
      c: campaign.id,
      s: segment.id,
    },
  );
  await call('mutation($id: UUID!) { launchCampaign(id: $id) { status } }', { id: campaign.id });
  const { createEmailTemplate: template } = await call(
    'mutation($input: CreateEmailTemplateInput!) { createEmailTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Retail week',
        subject: 'Retail week for {{name}}',
        htmlBody: '<p>Hello {{name}}, <a href="https://shop.example/retail-week">see the offers</a>.</p>',
      },
    },
  );
  const sendMutation = `mutation($c: UUID!, $t: UUID!) {
    sendCampaignEmail(campaignId: $c, templateId: $t) { id recipientCount skippedCount }
  }`;
  const first = (await call(sendMutation, { c: campaign.id, t: template.id })).sendCampaignEmail;
  expect(first).toMatchObject({ recipientCount: 3, skippedCount: 0 });

  const inbox = (address: string) => mail!.messages().filter((message) => message.to[0] === address);
  await waitFor(() => ['lyon', 'paris', 'nice'].every((name) => inbox(`${name}@example.com`).length === 1), {
    timeoutMs: 20_000,
    what: 'the three campaign emails',
  });
  const lyonLinks = linksOf(inbox('lyon@example.com')[0]!.html!, publicUrl);
  const parisLinks = linksOf(inbox('paris@example.com')[0]!.html!, publicUrl);
  const niceLinks = linksOf(inbox('nice@example.com')[0]!.html!, publicUrl);
  expect(inbox('lyon@example.com')[0]!.headers['list-unsubscribe']).toBe(`<${lyonLinks.unsubscribe}>`);
  expect((await fetch(parisLinks.pixel!)).headers.get('content-type')).toBe('image/gif');
  const click = await fetch(lyonLinks.clicks[0]!, { redirect: 'manual' });
  expect(click.headers.get('location')).toBe('https://shop.example/retail-week');
  expect(
    (await fetch(niceLinks.unsubscribe!, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status,
  ).toBe(200);

  const statuses = async () => {
    const { campaign: view } = await call(
      'query($id: UUID!) { campaign(id: $id) { members { edges { node { status customer { id } } } } } }',
      { id: campaign.id },
    );
    return Object.fromEntries(
      view.members.edges.map(({ node }: { node: { status: string; customer: { id: string } } }) => [
        node.customer.id,
        node.status,
      ]),
    );
  };
  expect(await statuses()).toEqual({ [lyon.id]: 'CLICKED', [paris.id]: 'OPENED', [nice.id]: 'UNSUBSCRIBED' });
  const { customer: lyonView } = await call(
    'query($id: UUID!) { customer(id: $id) { name consent { status } campaigns { edges { node { status campaign { name } } } } } }',
    { id: lyon.id },
  );
  expect(lyonView).toEqual({
    name: 'Lyon',
    consent: { status: 'OPTED_IN' },
    campaigns: { edges: [{ node: { status: 'CLICKED', campaign: { name: 'Retail week' } } }] },
  });

  // A second mailing: Nice unsubscribed, so only Lyon and Paris get it.
  const second = (await call(sendMutation, { c: campaign.id, t: template.id })).sendCampaignEmail;
  expect(second).toMatchObject({ recipientCount: 2, skippedCount: 1 });
  await waitFor(() => inbox('lyon@example.com').length === 2 && inbox('paris@example.com').length === 2, {
    timeoutMs: 20_000,
    what: 'the second mailing',
  });
  await waitFor(
    async () =>
      (await call('query($id: UUID!) { emailSend(id: $id) { status } }', { id: second.id })).emailSend.status,
    { until: (status) => status === 'COMPLETED', what: 'the second send to complete' },
  );
  expect(inbox('nice@example.com')).toHaveLength(1);

  // A lead of the campaign converts with a deal, which is won in sales.
  const { createLead: lead } = await call(
    'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
    {
      input: {
        firstName: 'Ines',
        lastName: 'Roux',
        company: 'Roux SA',
        email: 'ines@roux.example',
        source: 'CAMPAIGN',
        campaignId: campaign.id,
      },
    },
  );
  for (const status of ['CONTACTED', 'QUALIFIED']) {
    await call('mutation($id: UUID!, $s: LeadStatus!) { changeLeadStatus(id: $id, status: $s) { status } }', {
      id: lead.id,
      s: status,
    });
  }
  const revenue = 12000;
  const { convertLead: conversion } = await call(
    `mutation($id: UUID!, $input: ConvertLeadInput!) { convertLead(id: $id, input: $input) { customerId opportunity { id } } }`,
    {
      id: lead.id,
      input: {
        newCustomer: { kind: 'ORGANIZATION', industry: 'Retail' },
        opportunity: { currency: 'EUR', amount: String(revenue) },
      },
    },
  );
  await call(
    'mutation($id: UUID!) { changeOpportunityStage(id: $id, input: { stage: CLOSED_WON }) { stage } }',
    { id: conversion.opportunity.id },
  );

  const performance = await waitFor(
    async () =>
      (
        await call(
          `query($id: UUID!) { campaign(id: $id) { performance {
            currency responseRate leads convertedLeads opportunities wonOpportunities wonRevenue actualCost roi costPerLead
            membersByStatus { total opened clicked converted unsubscribed }
          } } }`,
          { id: campaign.id },
        )
      ).campaign.performance,
    {
      until: (view) => view.wonOpportunities === 1 && view.convertedLeads === 1,
      timeoutMs: 30_000,
      what: 'the won deal in the campaign performance',
    },
  );
  const members = 4; // three customers and the lead
  expect(performance).toEqual({
    currency: 'EUR',
    responseRate: ((100 * 1) / members).toFixed(2), // the converted lead
    leads: 1,
    convertedLeads: 1,
    opportunities: 1,
    wonOpportunities: 1,
    wonRevenue: revenue.toFixed(2),
    actualCost: actualCost.toFixed(2),
    roi: ((revenue - actualCost) / actualCost).toFixed(4),
    costPerLead: actualCost.toFixed(2),
    membersByStatus: { total: members, opened: 1, clicked: 1, converted: 1, unsubscribed: 1 },
  });
}, 180_000);
