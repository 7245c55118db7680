import { dataOf, type MarketingTestService } from './marketingTestService';

/** GraphQL documents and helpers the marketing tests share. */

export const campaignFields = `
  id name type status startDate endDate location currency budget actualCost expectedRevenue
  expectedResponseRate ownerId description launchedAt completedAt abortedAt abortReason version createdAt updatedAt`;

export const createCampaignMutation = `mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) { ${campaignFields} }
}`;
export const updateCampaignMutation = `mutation UpdateCampaign($id: UUID!, $input: UpdateCampaignInput!, $expectedVersion: Int!) {
  updateCampaign(id: $id, input: $input, expectedVersion: $expectedVersion) { ${campaignFields} }
}`;
export const launchCampaignMutation = `mutation Launch($id: UUID!, $expectedVersion: Int) {
  launchCampaign(id: $id, expectedVersion: $expectedVersion) { ${campaignFields} }
}`;
export const completeCampaignMutation = `mutation Complete($id: UUID!, $actualCost: Decimal, $expectedVersion: Int) {
  completeCampaign(id: $id, actualCost: $actualCost, expectedVersion: $expectedVersion) { ${campaignFields} }
}`;
export const abortCampaignMutation = `mutation Abort($id: UUID!, $reason: String, $expectedVersion: Int) {
  abortCampaign(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ${campaignFields} }
}`;
export const campaignQuery = `query Campaign($id: UUID!) {
  campaign(id: $id) {
    ${campaignFields}
    memberCounts { total targeted sent opened clicked responded converted bounced unsubscribed }
    members(first: 50) { totalCount edges { node { id status email firstRespondedAt customer { id } contactId segment { id } } } }
  }
}`;
export const campaignsQuery = `query Campaigns($filter: CampaignFilter, $search: String, $orderBy: CampaignOrderBy, $first: Int, $after: String) {
  campaigns(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name type status } }
  }
}`;

export const segmentFields = 'id name description kind rules customerIds memberCount version';
export const createSegmentMutation = `mutation CreateSegment($input: CreateSegmentInput!) {
  createSegment(input: $input) { ${segmentFields} }
}`;
export const updateSegmentMutation = `mutation UpdateSegment($id: UUID!, $input: UpdateSegmentInput!, $expectedVersion: Int!) {
  updateSegment(id: $id, input: $input, expectedVersion: $expectedVersion) { ${segmentFields} }
}`;
export const deleteSegmentMutation = `mutation DeleteSegment($id: UUID!) { deleteSegment(id: $id) { id name } }`;
export const segmentQuery = `query Segment($id: UUID!) { segment(id: $id) { ${segmentFields} } }`;
export const segmentsQuery = `query Segments($search: String) {
  segments(search: $search) { totalCount edges { node { id name memberCount } } }
}`;
export const previewQuery = `query Preview($rules: SegmentRules!) { segmentPreview(rules: $rules) { memberCount } }`;

export const memberFields =
  'id status email firstRespondedAt contactId version customer { id } campaign { id } segment { id }';
export const addMemberMutation = `mutation AddMember($campaignId: UUID!, $input: AddCampaignMemberInput!) {
  addCampaignMember(campaignId: $campaignId, input: $input) { ${memberFields} }
}`;
export const addSegmentMutation = `mutation AddSegment($campaignId: UUID!, $segmentId: UUID!) {
  addSegmentToCampaign(campaignId: $campaignId, segmentId: $segmentId) {
    id memberCounts { total targeted }
  }
}`;
export const changeMemberStatusMutation = `mutation ChangeMemberStatus($id: UUID!, $status: CampaignMemberStatus!, $expectedVersion: Int) {
  changeCampaignMemberStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ${memberFields} }
}`;

export interface CampaignView {
  id: string;
  name: string;
  type: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  currency: string;
  budget: string | null;
  actualCost: string | null;
  expectedRevenue: string | null;
  expectedResponseRate: string | null;
  ownerId: string | null;
  description: string | null;
  launchedAt: string | null;
  completedAt: string | null;
  abortedAt: string | null;
  abortReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export async function createCampaign(
  app: MarketingTestService,
  token: string,
  input: Record<string, unknown> = {},
): Promise<CampaignView> {
  const response = await app.request<{ createCampaign: CampaignView }>(
    createCampaignMutation,
    { input: { name: 'Spring launch', type: 'EMAIL', ...input } },
    token,
  );
  return dataOf(response).createCampaign;
}

export async function createSegment(
  app: MarketingTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; memberCount: number; version: number }> {
  const response = await app.request(createSegmentMutation, { input: { name: 'Segment', ...input } }, token);
  return dataOf(response).createSegment;
}

export interface OutboxRow {
  id: string;
  type: string;
  aggregateid: string;
  payload: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function outboxOf(app: MarketingTestService, tenantId: string): Promise<OutboxRow[]> {
  return app.sql<OutboxRow>(
    'SELECT id, type, aggregateid, payload FROM outbox WHERE tenant_id = $1 ORDER BY sequence',
    [tenantId],
  );
}

/** Row counts of every table a marketing mutation writes, for one tenant. */
export async function tenantRows(app: MarketingTestService, tenantId: string) {
  const [row] = await app.sql<{
    campaigns: number;
    segments: number;
    members: number;
    outbox: number;
    audit: number;
  }>(
    `SELECT (SELECT count(*) FROM campaign WHERE tenant_id = $1)::int AS campaigns,
            (SELECT count(*) FROM segment WHERE tenant_id = $1)::int AS segments,
            (SELECT count(*) FROM campaign_member WHERE tenant_id = $1)::int AS members,
            (SELECT count(*) FROM outbox WHERE tenant_id = $1)::int AS outbox,
            (SELECT count(*) FROM audit_log WHERE tenant_id = $1)::int AS audit`,
    [tenantId],
  );
  return row!;
}

export const recordConsentMutation = `mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) { email status source proof changedAt version }
}`;

/** Records OPTED_IN (or the given status) for each address, as a marketer would from a form. */
export async function consentOf(
  app: MarketingTestService,
  token: string,
  emails: string[],
  status: 'OPTED_IN' | 'OPTED_OUT' = 'OPTED_IN',
) {
  for (const email of emails) {
    dataOf(
      await app.request(
        recordConsentMutation,
        { input: { email, status, source: 'WEB_FORM', proof: `form submission for ${email}` } },
        token,
      ),
    );
  }
}

export const createTemplateMutation = `mutation CreateTemplate($input: CreateEmailTemplateInput!) {
  createEmailTemplate(input: $input) { id name subject htmlBody textBody version }
}`;

export const sendCampaignEmailMutation = `mutation Send($campaignId: UUID!, $templateId: UUID!) {
  sendCampaignEmail(campaignId: $campaignId, templateId: $templateId) {
    id status recipientCount skippedCount
  }
}`;

export const emailSendQuery = `query EmailSend($id: UUID!) {
  emailSend(id: $id) {
    id status recipientCount skippedCount completedAt
    counts { queued sending sent bounced skipped opened clicked unsubscribed }
    messages(first: 100) { edges { node { id recipient messageId status bounceReason openCount clickCount member { id status } } } }
  }
}`;

/** The links of a received campaign email, by kind. */
export function linksOf(html: string, publicUrl: string) {
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  const pixel = /<img src="([^"]+)"/.exec(html)?.[1];
  return {
    clicks: hrefs.filter((href) => href.startsWith(`${publicUrl}/email/c/`)),
    unsubscribe: hrefs.find((href) => href.startsWith(`${publicUrl}/email/u/`)),
    pixel,
  };
}
