import { dataOf, type SalesTestService } from './salesTestService';

/** GraphQL documents and seeding helpers the sales tests share. */

export const leadFields = `
  id firstName lastName fullName company title email phone source campaignId status score
  scoreRules { rule description points }
  ownerId convertedCustomerId convertedContactId convertedAt version createdAt updatedAt`;

export const createLeadMutation = `mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) { ${leadFields} }
}`;
export const updateLeadMutation = `mutation UpdateLead($id: UUID!, $input: UpdateLeadInput!, $expectedVersion: Int!) {
  updateLead(id: $id, input: $input, expectedVersion: $expectedVersion) { ${leadFields} }
}`;
export const changeLeadStatusMutation = `mutation ChangeLeadStatus($id: UUID!, $status: LeadStatus!, $expectedVersion: Int) {
  changeLeadStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ${leadFields} }
}`;
export const deleteLeadMutation = `mutation DeleteLead($id: UUID!, $expectedVersion: Int) {
  deleteLead(id: $id, expectedVersion: $expectedVersion) { id status }
}`;
export const convertLeadMutation = `mutation ConvertLead($id: UUID!, $input: ConvertLeadInput!) {
  convertLead(id: $id, input: $input) { customerId contactId lead { ${leadFields} } }
}`;
export const leadQuery = `query Lead($id: UUID!) { lead(id: $id) { ${leadFields} } }`;

export interface LeadView {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  company: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  source: string;
  campaignId: string | null;
  status: string;
  score: number;
  scoreRules: { rule: string; description: string; points: number }[];
  ownerId: string | null;
  convertedCustomerId: string | null;
  convertedContactId: string | null;
  convertedAt: string | null;
  version: number;
}

export const validLead = {
  firstName: 'Grace',
  lastName: 'Hopper',
  company: 'Navy Labs',
  title: 'Director of Engineering',
  email: 'grace@navylabs.example',
  phone: '+1 202 555 0100',
  source: 'REFERRAL',
};

export async function createLead(
  app: SalesTestService,
  token: string,
  input: Record<string, unknown> = {},
): Promise<LeadView> {
  const response = await app.request<{ createLead: LeadView }>(
    createLeadMutation,
    { input: { ...validLead, ...input } },
    token,
  );
  return dataOf(response).createLead;
}

/** Moves a lead along the workflow to QUALIFIED. */
export async function qualifiedLead(
  app: SalesTestService,
  token: string,
  input: Record<string, unknown> = {},
): Promise<LeadView> {
  const lead = await createLead(app, token, input);
  for (const status of ['CONTACTED', 'QUALIFIED']) {
    dataOf(await app.request(changeLeadStatusMutation, { id: lead.id, status }, token));
  }
  const response = await app.request<{ lead: LeadView }>(leadQuery, { id: lead.id }, token);
  return dataOf(response).lead;
}
