// Seeds the demo tenant with realistic customers, contacts and interactions through the gateway,
// as a client would. Runs once: a tenant that already has customers is left alone.
import { graphql } from '@crm/testkit';

const organizations = [
  {
    name: 'Nordwind Logistik GmbH',
    industry: 'Logistics',
    segment: 'Enterprise',
    city: 'Hamburg',
    country: 'DE',
    tags: ['key-account'],
  },
  {
    name: 'Brightline Solar Ltd',
    industry: 'Energy',
    segment: 'Mid-Market',
    city: 'Manchester',
    country: 'GB',
    tags: ['renewables'],
  },
  {
    name: 'Café Lumière SARL',
    industry: 'Hospitality',
    segment: 'SMB',
    city: 'Lyon',
    country: 'FR',
    tags: [],
  },
  {
    name: 'Helix Biotech Inc.',
    industry: 'Life Sciences',
    segment: 'Enterprise',
    city: 'Boston',
    country: 'US',
    tags: ['key-account', 'regulated'],
  },
  {
    name: 'Tauro Construcciones SA',
    industry: 'Construction',
    segment: 'Mid-Market',
    city: 'Madrid',
    country: 'ES',
    tags: [],
  },
  {
    name: 'Kestrel Analytics BV',
    industry: 'Software',
    segment: 'SMB',
    city: 'Utrecht',
    country: 'NL',
    tags: ['partner'],
  },
  {
    name: 'Maple & Finch Retail',
    industry: 'Retail',
    segment: 'Mid-Market',
    city: 'Toronto',
    country: 'CA',
    tags: [],
  },
  {
    name: 'Sakura Precision KK',
    industry: 'Manufacturing',
    segment: 'Enterprise',
    city: 'Osaka',
    country: 'JP',
    tags: ['key-account'],
  },
];

const people = [
  ['Anna', 'Schmidt', 'Head of Procurement'],
  ['James', 'Okafor', 'CTO'],
  ['Claire', 'Dubois', 'Owner'],
  ['Priya', 'Raman', 'VP Operations'],
  ['Luis', 'García', 'Project Director'],
  ['Sanne', 'de Vries', 'Data Lead'],
  ['Ethan', 'Clarke', 'Store Operations Manager'],
  ['Haruto', 'Sato', 'Purchasing Manager'],
];

export async function seedDemoTenant(gatewayUrl: string, token: string): Promise<number> {
  const existing = await graphql(gatewayUrl, '{ customers(first: 1) { totalCount } }', {}, token);
  if (existing.errors) throw new Error(`seed: ${JSON.stringify(existing.errors)}`);
  if ((existing.data as { customers: { totalCount: number } }).customers.totalCount > 0) return 0;

  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const result = await graphql(gatewayUrl, query, variables, token);
    if (result.errors) throw new Error(`seed: ${JSON.stringify(result.errors)}`);
    return result.data as Record<string, { id: string }>;
  };
  let created = 0;
  const organizationIds: string[] = [];
  for (const [index, org] of organizations.entries()) {
    const slug = org.name.toLowerCase().replace(/[^a-z]+/g, '');
    const { createCustomer: customer } = await mutate(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: {
          kind: 'ORGANIZATION',
          name: org.name,
          email: `info@${slug.slice(0, 12)}.example`,
          phone: `+49 40 555 01${String(index).padStart(2, '0')}`,
          industry: org.industry,
          segment: org.segment,
          lifecycleStage: index % 3 === 0 ? 'PROSPECT' : 'CUSTOMER',
          tags: org.tags,
          address: { city: org.city, country: org.country },
        },
      },
    );
    organizationIds.push(customer!.id);
    const [first, last, title] = people[index]!;
    const { createContact: contact } = await mutate(
      'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
      {
        input: {
          firstName: first,
          lastName: last,
          title,
          email: `${first!.toLowerCase()}.${last!.toLowerCase().replace(/[^a-z]/g, '')}@${slug.slice(0, 12)}.example`,
          organizations: [{ organizationId: customer!.id, role: 'Decision maker' }],
        },
      },
    );
    await mutate('mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', {
      input: {
        customerId: customer!.id,
        contactId: contact!.id,
        kind: index % 2 === 0 ? 'CALL' : 'MEETING',
        direction: 'OUTBOUND',
        subject: index % 2 === 0 ? 'Discovery call' : 'On-site visit',
        body: `Talked with ${first} about next quarter's needs.`,
      },
    });
    created++;
  }
  for (const [first, last] of [
    ['Maria', 'Rossi'],
    ['Tom', 'Becker'],
    ['Aisha', 'Khan'],
  ]) {
    await mutate('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: {
        kind: 'PERSON',
        name: `${first} ${last}`,
        email: `${first!.toLowerCase()}.${last!.toLowerCase()}@mail.example`,
        lifecycleStage: 'LEAD',
        segment: 'Consumer',
      },
    });
    created++;
  }
  await seedSales(mutate, organizationIds);
  await seedTickets(mutate, organizationIds);
  await seedMarketing(mutate);
  return created;
}

type Mutate = (query: string, variables: Record<string, unknown>) => Promise<Record<string, { id: string }>>;

const products = [
  { sku: 'CRM-PRO', name: 'CRM Professional (seat, year)', family: 'Subscriptions', price: '540.00' },
  { sku: 'CRM-ENT', name: 'CRM Enterprise (seat, year)', family: 'Subscriptions', price: '1140.00' },
  { sku: 'ONB-STD', name: 'Onboarding package', family: 'Services', price: '2500.00' },
];

const leads = [
  {
    firstName: 'Jonas',
    lastName: 'Weber',
    company: 'Alpenblick Hotels',
    title: 'CEO',
    source: 'REFERRAL',
    status: 'QUALIFIED',
  },
  {
    firstName: 'Fatima',
    lastName: 'Zahra',
    company: 'Atlas Freight',
    title: 'Head of IT',
    source: 'EVENT',
    status: 'CONTACTED',
  },
  {
    firstName: 'Oliver',
    lastName: 'Brown',
    company: 'Brown & Sons Bakery',
    title: 'Owner',
    source: 'WEB',
    status: 'NEW',
  },
  {
    firstName: 'Mei',
    lastName: 'Chen',
    company: 'Lotus Med Devices',
    title: 'VP Sales',
    source: 'PARTNER',
    status: 'QUALIFIED',
  },
  {
    firstName: 'Pablo',
    lastName: 'Ruiz',
    company: 'Ruiz Consulting',
    title: 'Consultant',
    source: 'COLD_CALL',
    status: 'UNQUALIFIED',
  },
];

const leadStatusPath: Record<string, string[]> = {
  NEW: [],
  CONTACTED: ['CONTACTED'],
  QUALIFIED: ['CONTACTED', 'QUALIFIED'],
  UNQUALIFIED: ['CONTACTED', 'UNQUALIFIED'],
};

async function seedSales(mutate: Mutate, customerIds: string[]): Promise<void> {
  const { createPriceBook: book } = await mutate(
    'mutation($input: CreatePriceBookInput!) { createPriceBook(input: $input) { id } }',
    { input: { name: 'Standard EUR', currency: 'EUR', isStandard: true } },
  );
  const productIds: string[] = [];
  for (const product of products) {
    const { createProduct: created } = await mutate(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input: { sku: product.sku, name: product.name, family: product.family } },
    );
    await mutate(
      'mutation($book: UUID!, $product: UUID!, $price: Decimal) { setPriceBookEntry(priceBookId: $book, productId: $product, unitPrice: $price) { id } }',
      { book: book!.id, product: created!.id, price: product.price },
    );
    productIds.push(created!.id);
  }
  for (const { status, ...lead } of leads) {
    const email = `${lead.firstName.toLowerCase()}@${lead.company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
    const { createLead: created } = await mutate(
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      { input: { ...lead, email } },
    );
    for (const next of leadStatusPath[status]!) {
      await mutate(
        'mutation($id: UUID!, $status: LeadStatus!) { changeLeadStatus(id: $id, status: $status) { id } }',
        {
          id: created!.id,
          status: next,
        },
      );
    }
  }
  await seedDeals(mutate, customerIds, productIds);
}

/** Deals across the stages (two closed) and three orders, one of them shipped and one cancelled. */
async function seedDeals(mutate: Mutate, customerIds: string[], productIds: string[]): Promise<void> {
  const deals = [
    { name: 'Fleet CRM rollout', amount: '54000.00', path: ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION'] },
    { name: 'Solar field service pilot', amount: '12500.00', path: ['QUALIFICATION'] },
    { name: 'Café loyalty programme', amount: '4800.00', path: [] },
    { name: 'Lab compliance suite', amount: '96000.00', path: ['QUALIFICATION', 'PROPOSAL', 'CLOSED_WON'] },
    { name: 'Site tablets', amount: '7200.00', path: ['QUALIFICATION', 'CLOSED_LOST'] },
  ];
  for (const [index, deal] of deals.entries()) {
    const { createOpportunity: created } = await mutate(
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      {
        input: {
          name: deal.name,
          customerId: customerIds[index]!,
          amount: deal.amount,
          currency: 'EUR',
          expectedCloseDate: `2027-0${index + 1}-28`,
          competitors: index % 2 === 0 ? ['Salesforce'] : [],
        },
      },
    );
    for (const stage of deal.path) {
      await mutate(
        'mutation($id: UUID!, $input: ChangeOpportunityStageInput!) { changeOpportunityStage(id: $id, input: $input) { id } }',
        {
          id: created!.id,
          input: { stage, lossReason: stage === 'CLOSED_LOST' ? 'Chose a cheaper offer' : undefined },
        },
      );
    }
  }
  const [pro, enterprise, onboarding] = productIds;
  const orders = [
    {
      customer: 3,
      lines: [
        { productId: enterprise, quantity: 40, discountPercent: '10' },
        { productId: onboarding, quantity: 1 },
      ],
    },
    { customer: 0, lines: [{ productId: pro, quantity: 25 }] },
    {
      customer: 1,
      lines: [
        { productId: pro, quantity: 5 },
        { productId: onboarding, quantity: 1 },
      ],
    },
  ];
  const orderIds: string[] = [];
  for (const order of orders) {
    const { placeOrder: placed } = await mutate(
      'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
      { input: { customerId: customerIds[order.customer]!, currency: 'EUR', lines: order.lines } },
    );
    orderIds.push(placed!.id);
  }
  await mutate('mutation($id: UUID!) { changeOrderStatus(id: $id, status: SHIPPED) { id } }', {
    id: orderIds[0],
  });
  await mutate('mutation($id: UUID!) { cancelOrder(id: $id, reason: "Ordered the wrong edition") { id } }', {
    id: orderIds[2],
  });
}

/**
 * Support data: a knowledge base, two routing queues, tickets of every type (a RETURN and an EXCHANGE
 * with RMAs, a REPAIR with its warranty check, about an order delivered here), most resolved with survey
 * answers given through their links.
 */
async function seedTickets(mutate: Mutate, customerIds: string[]): Promise<void> {
  const articles = [
    {
      title: 'ERP sync stopped: what to check first',
      body: 'If the sync with your ERP stops, check the API credentials, then restart the connector.',
      tags: ['integration'],
      publish: true,
    },
    {
      title: 'Returning damaged goods',
      body: 'Open a return ticket for the order lines and quantities; we issue an RMA number for the parcel.',
      tags: ['returns'],
      publish: true,
    },
    {
      title: 'Invoice layout options',
      body: 'Draft: the new invoice templates and how to choose one.',
      tags: [],
      publish: false,
    },
  ];
  for (const { publish, ...input } of articles) {
    const { createKnowledgeArticle: article } = await mutate(
      'mutation($input: KnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { id } }',
      { input },
    );
    if (publish) {
      await mutate('mutation($id: UUID!) { publishKnowledgeArticle(id: $id) { id } }', { id: article!.id });
    }
  }
  for (const input of [
    { name: 'Key accounts', segments: ['Enterprise'], agentIds: ['agent-anna', 'agent-ben'] },
    { name: 'Service desk', agentIds: ['agent-chris', 'agent-dana'] },
  ]) {
    await mutate('mutation($input: TicketQueueInput!) { createTicketQueue(input: $input) { id } }', {
      input,
    });
  }

  // A delivered order to return, exchange and repair goods of.
  const { products } = (await mutate(
    'query { products(first: 1) { edges { node { id } } } }',
    {},
  )) as unknown as {
    products: { edges: { node: { id: string } }[] };
  };
  const { placeOrder: order } = (await mutate(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id lines { id } } }',
    {
      input: {
        customerId: customerIds[2]!,
        currency: 'EUR',
        lines: [{ productId: products.edges[0]!.node.id, quantity: 6 }],
      },
    },
  )) as unknown as { placeOrder: { id: string; lines: { id: string }[] } };
  for (const status of ['SHIPPED', 'DELIVERED']) {
    await mutate(
      'mutation($id: UUID!, $status: OrderStatus!) { changeOrderStatus(id: $id, status: $status) { id } }',
      {
        id: order.id,
        status,
      },
    );
  }
  const orderLine = order.lines[0]!.id;
  // The order reaches the service through Kafka: a return is refused until the service knows of the delivery.
  const openOnceKnown = async (input: Record<string, unknown>) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        return (await mutate(
          'mutation($input: OpenTicketInput!) { openTicket(input: $input) { id rma { id returnedValue } } }',
          { input },
        )) as unknown as { openTicket: { id: string; rma: { id: string; returnedValue: string } | null } };
      } catch (error) {
        if (!/Unknown order|only a delivered order/.test(String(error)) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };

  const tickets = [
    {
      type: 'TECHNICAL',
      channel: 'EMAIL',
      priority: 'HIGH',
      subject: 'Sync with ERP stopped overnight',
      answer: [5, 10],
    },
    {
      type: 'INQUIRY',
      channel: 'PHONE',
      priority: 'LOW',
      subject: 'Question about invoice layout',
      answer: [4, 8],
    },
    {
      type: 'COMPLAINT',
      channel: 'WEB',
      priority: 'URGENT',
      subject: 'Delivery arrived damaged',
      severity: 'HIGH',
      resolve: { resolution: 'Replacement sent by express; carrier claim filed.', rootCause: 'DELIVERY' },
      answer: [2, 5],
    },
    {
      type: 'RETURN',
      channel: 'WEB',
      priority: 'MEDIUM',
      subject: 'Two seats too many',
      orderId: order.id,
      lines: [{ orderLineId: orderLine, quantity: 2 }],
      refund: true,
      answer: [5, 9],
    },
    {
      type: 'EXCHANGE',
      channel: 'EMAIL',
      priority: 'MEDIUM',
      subject: 'Wrong edition delivered',
      orderId: order.id,
      lines: [{ orderLineId: orderLine, quantity: 1 }],
    },
    {
      type: 'REPAIR',
      channel: 'PHONE',
      priority: 'HIGH',
      subject: 'Licence dongle broken',
      orderId: order.id,
    },
  ];
  for (const [index, { answer, resolve, refund, ...ticket }] of tickets.entries()) {
    const input = {
      ...ticket,
      customerId: ticket.orderId ? customerIds[2]! : customerIds[index % customerIds.length]!,
      description: `${ticket.subject}. Reported by the customer.`,
    };
    const { id, rma } = (await openOnceKnown(input)).openTicket;
    if (rma && refund) {
      await mutate('mutation($id: UUID!) { approveRma(id: $id) { id } }', { id: rma.id });
      await mutate('mutation($id: UUID!) { receiveRmaGoods(id: $id) { id } }', { id: rma.id });
      await mutate('mutation($id: UUID!, $amount: Decimal!) { refundRma(id: $id, amount: $amount) { id } }', {
        id: rma.id,
        amount: rma.returnedValue,
      });
    }
    if (!answer) continue;
    await mutate(
      'mutation($id: UUID!) { commentOnTicket(id: $id, input: { body: "We are on it." }) { id } }',
      { id },
    );
    await mutate(
      'mutation($id: UUID!) { changeTicketStatus(id: $id, input: { status: IN_PROGRESS }) { id } }',
      { id },
    );
    const { changeTicketStatus: resolved } = (await mutate(
      'mutation($id: UUID!, $input: ChangeTicketStatusInput!) { changeTicketStatus(id: $id, input: $input) { survey { linkToken } } }',
      { id, input: { status: 'RESOLVED', resolution: 'Solved with the customer.', ...resolve } },
    )) as unknown as { changeTicketStatus: { survey: { linkToken: string } } };
    const [csat, nps] = answer;
    await mutate(
      'mutation($token: String!, $csat: Int!, $nps: Int!) { submitSurvey(token: $token, csat: $csat, nps: $nps) { status } }',
      {
        token: resolved.survey.linkToken,
        csat,
        nps,
      },
    );
  }
}

async function seedMarketing(mutate: Mutate): Promise<void> {
  const { createCampaign: webinar } = await mutate(
    'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
    {
      input: {
        name: 'Spring product webinar',
        type: 'WEBINAR',
        startDate: '2027-03-10',
        endDate: '2027-03-10',
        currency: 'EUR',
        budget: '4000.00',
        expectedRevenue: '60000.00',
        description: 'Live demo of the new forecasting features for enterprise accounts.',
      },
    },
  );
  await mutate('mutation($id: UUID!) { launchCampaign(id: $id) { id } }', { id: webinar!.id });
  await mutate('mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }', {
    input: {
      name: 'Enterprise customers',
      kind: 'DYNAMIC',
      rules: { and: [{ segment: { eq: 'Enterprise' } }, { lifecycleStage: { eq: 'CUSTOMER' } }] },
    },
  });
}
