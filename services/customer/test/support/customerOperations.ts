import { dataOf, type CustomerTestService } from './customerTestService';

/** GraphQL documents and seeding helpers the customer tests share. */

export const customerFields = `
  id kind name email phone
  address { line1 line2 city region postalCode country }
  industry segment lifecycleStage tags ownerId version createdAt updatedAt`;

export const contactFields = `
  id firstName lastName fullName email phone title version
  organizations { role organization { id name } }`;

export const interactionFields = `
  id kind direction subject body occurredAt ownerId version
  customer { id name }
  contact { id fullName }`;

export const createCustomerMutation = `mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) { ${customerFields} }
}`;
export const updateCustomerMutation = `mutation UpdateCustomer($id: UUID!, $input: UpdateCustomerInput!, $expectedVersion: Int!) {
  updateCustomer(id: $id, input: $input, expectedVersion: $expectedVersion) { ${customerFields} }
}`;
export const deleteCustomerMutation = `mutation DeleteCustomer($id: UUID!, $expectedVersion: Int) {
  deleteCustomer(id: $id, expectedVersion: $expectedVersion) { id name version }
}`;
export const customerQuery = `query Customer($id: UUID!) { customer(id: $id) { ${customerFields} } }`;

export const createContactMutation = `mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) { ${contactFields} }
}`;
export const updateContactMutation = `mutation UpdateContact($id: UUID!, $input: UpdateContactInput!, $expectedVersion: Int!) {
  updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ${contactFields} }
}`;
export const deleteContactMutation = `mutation DeleteContact($id: UUID!, $expectedVersion: Int) {
  deleteContact(id: $id, expectedVersion: $expectedVersion) { id fullName }
}`;
export const contactQuery = `query Contact($id: UUID!) { contact(id: $id) { ${contactFields} } }`;

export const logInteractionMutation = `mutation LogInteraction($input: LogInteractionInput!) {
  logInteraction(input: $input) { ${interactionFields} }
}`;
export const updateInteractionMutation = `mutation UpdateInteraction($id: UUID!, $input: UpdateInteractionInput!, $expectedVersion: Int!) {
  updateInteraction(id: $id, input: $input, expectedVersion: $expectedVersion) { ${interactionFields} }
}`;
export const deleteInteractionMutation = `mutation DeleteInteraction($id: UUID!, $expectedVersion: Int) {
  deleteInteraction(id: $id, expectedVersion: $expectedVersion) { id subject }
}`;
export const interactionQuery = `query Interaction($id: UUID!) { interaction(id: $id) { ${interactionFields} } }`;

export interface CustomerView {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  email: string | null;
  phone: string | null;
  address: Record<string, string | null> | null;
  industry: string | null;
  segment: string | null;
  lifecycleStage: string;
  tags: string[];
  ownerId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ContactView {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  version: number;
  organizations: { role: string; organization: { id: string; name: string } }[];
}

export interface InteractionView {
  id: string;
  kind: string;
  direction: string | null;
  subject: string;
  body: string | null;
  occurredAt: string;
  ownerId: string | null;
  version: number;
  customer: { id: string; name: string };
  contact: { id: string; fullName: string } | null;
}

export async function createCustomer(
  app: CustomerTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<CustomerView> {
  const response = await app.request<{ createCustomer: CustomerView }>(
    createCustomerMutation,
    { input },
    token,
  );
  return dataOf(response).createCustomer;
}

export async function createContact(
  app: CustomerTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<ContactView> {
  const response = await app.request<{ createContact: ContactView }>(createContactMutation, { input }, token);
  return dataOf(response).createContact;
}

export async function logInteraction(
  app: CustomerTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<InteractionView> {
  const response = await app.request<{ logInteraction: InteractionView }>(
    logInteractionMutation,
    { input },
    token,
  );
  return dataOf(response).logInteraction;
}
