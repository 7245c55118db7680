import { testToken } from '@crm/testkit';
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

export const orderFields = `
  id number customerId opportunityId ownerId currency status subtotal discountTotal total
  lines { id position productId sku productName quantity unitPrice listPrice priceOverridden discountPercent lineTotal }
  requestedDeliveryDate actualDeliveryDate confirmedAt shippedAt deliveredAt cancelledAt cancellationReason
  version createdAt updatedAt`;

export const placeOrderMutation = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { ${orderFields} }
}`;
export const changeOrderStatusMutation = `mutation ChangeOrderStatus(
  $id: UUID!, $status: OrderStatus!, $expectedVersion: Int, $actualDeliveryDate: Date
) {
  changeOrderStatus(id: $id, status: $status, expectedVersion: $expectedVersion, actualDeliveryDate: $actualDeliveryDate) {
    ${orderFields}
  }
}`;
export const cancelOrderMutation = `mutation CancelOrder($id: UUID!, $reason: String!, $expectedVersion: Int) {
  cancelOrder(id: $id, reason: $reason, expectedVersion: $expectedVersion) { ${orderFields} }
}`;
export const orderQuery = `query Order($id: UUID!) { order(id: $id) { ${orderFields} } }`;

export interface OrderLineView {
  id: string;
  position: number;
  productId: string;
  sku: string;
  productName: string;
  quantity: number;
  unitPrice: string;
  listPrice: string | null;
  priceOverridden: boolean;
  discountPercent: string;
  lineTotal: string;
}

export interface OrderView {
  id: string;
  number: string;
  customerId: string;
  ownerId: string | null;
  currency: string;
  status: string;
  subtotal: string;
  discountTotal: string;
  total: string;
  lines: OrderLineView[];
  requestedDeliveryDate: string | null;
  actualDeliveryDate: string | null;
  cancellationReason: string | null;
  version: number;
}

export interface Catalogue {
  /** Priced in the standard EUR book: 540.00 and 2500.00. */
  seat: string;
  onboarding: string;
  /** Active, but in no price book. */
  unpriced: string;
  /** Priced, then deactivated. */
  retired: string;
}

/** Products and a standard EUR price book, set up by an admin of the tenant. */
export async function salesCatalogue(
  app: Pick<SalesTestService, 'request'>,
  tenantId: string,
): Promise<Catalogue> {
  const token = testToken(tenantId, ['admin'], 'catalogue-admin');
  const send = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await app.request<Record<string, { id: string }>>(query, variables, token));
  const product = async (sku: string, name: string) =>
    (
      await send('mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: { sku, name },
      })
    ).createProduct!.id;
  const book = (
    await send('mutation ($input: CreatePriceBookInput!) { createPriceBook(input: $input) { id } }', {
      input: { name: 'Standard EUR', currency: 'EUR', isStandard: true },
    })
  ).createPriceBook!.id;
  const catalogue: Catalogue = {
    seat: await product('CRM-PRO', 'CRM Professional seat'),
    onboarding: await product('ONB', 'Onboarding'),
    unpriced: await product('NEW-1', 'Not priced yet'),
    retired: await product('OLD-1', 'Retired product'),
  };
  const prices: [string, string][] = [
    [catalogue.seat, '540'],
    [catalogue.onboarding, '2500.00'],
    [catalogue.retired, '10'],
  ];
  for (const [productId, price] of prices) {
    await send(
      'mutation ($b: UUID!, $p: UUID!, $price: Decimal) { setPriceBookEntry(priceBookId: $b, productId: $p, unitPrice: $price) { id } }',
      { b: book, p: productId, price },
    );
  }
  await send(
    'mutation ($id: UUID!) { updateProduct(id: $id, input: { active: false }, expectedVersion: 1) { id } }',
    { id: catalogue.retired },
  );
  return catalogue;
}

export async function placeOrder(
  app: SalesTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<OrderView> {
  return dataOf(await app.request<{ placeOrder: OrderView }>(placeOrderMutation, { input }, token))
    .placeOrder;
}

/** A deal of `customerId` in PROSPECTING, in EUR unless given. */
export async function createOpportunity(
  app: SalesTestService,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const response = await app.request<{ createOpportunity: { id: string; version: number } }>(
    'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
    { input: { name: 'Fleet rollout', currency: 'EUR', ...input } },
    token,
  );
  return dataOf(response).createOpportunity;
}

export const quoteFields = `
  id number opportunityId customerId ownerId priceBookId currency status validUntil subtotal discountTotal total
  notes sentAt acceptedAt rejectedAt rejectionReason expiredAt orderId version
  lines { position productId sku productName quantity unitPrice discountPercent lineTotal }`;

export const createQuoteMutation = `mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) { ${quoteFields} }
}`;
export const sendQuoteMutation = `mutation SendQuote($id: UUID!, $v: Int) {
  sendQuote(id: $id, expectedVersion: $v) { ${quoteFields} }
}`;
export const acceptQuoteMutation = `mutation AcceptQuote($id: UUID!, $input: AcceptQuoteInput, $v: Int) {
  acceptQuote(id: $id, input: $input, expectedVersion: $v) {
    ${quoteFields}
    order { id number status quoteId opportunityId total lines { unitPrice listPrice discountPercent lineTotal } }
  }
}`;
export const rejectQuoteMutation = `mutation RejectQuote($id: UUID!, $reason: String!, $v: Int) {
  rejectQuote(id: $id, reason: $reason, expectedVersion: $v) { ${quoteFields} }
}`;

export interface QuoteView {
  id: string;
  number: string;
  status: string;
  total: string;
  version: number;
  orderId: string | null;
}
