import { knownCustomers } from './customerEvents';
import {
  addMemberMutation,
  consentOf,
  createCampaign,
  createTemplateMutation,
  launchCampaignMutation,
  sendCampaignEmailMutation,
} from './marketingOperations';
import { dataOf, type MarketingTestService } from './marketingTestService';

/**
 * A launched campaign whose members are customers with these (consented) addresses, and a send of a
 * template (this HTML body, by default one without links) to them, queued.
 */
export async function queuedCampaignSend(
  app: MarketingTestService,
  tenant: string,
  token: string,
  emails: string[],
  htmlBody = '<p>Hi</p>',
) {
  const customers = await knownCustomers(
    app,
    tenant,
    emails.map((email) => ({ name: email.split('@')[0], email })),
  );
  await consentOf(app, token, emails);
  const campaign = await createCampaign(app, token, { name: `Campaign of ${tenant}` });
  for (const customer of customers) {
    dataOf(
      await app.request(
        addMemberMutation,
        { campaignId: campaign.id, input: { customerId: customer.id } },
        token,
      ),
    );
  }
  dataOf(await app.request(launchCampaignMutation, { id: campaign.id }, token));
  const template = dataOf(
    await app.request(
      createTemplateMutation,
      { input: { name: 't', subject: 'Hi {{name}}', htmlBody } },
      token,
    ),
  ).createEmailTemplate as { id: string };
  const send = dataOf(
    await app.request(sendCampaignEmailMutation, { campaignId: campaign.id, templateId: template.id }, token),
  ).sendCampaignEmail as { id: string; recipientCount: number };
  return { campaign, template, send, customers };
}
