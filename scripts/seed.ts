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

/**
 * The link token of a resolved ticket's survey, as its customer received it. Nothing gives a survey link out
 * (to staff least of all) until issue 17 mails it to the customer, so `npm start` hands the seed links of its
 * own; without them the demo's surveys stay unanswered.
 */
export type SurveyLinkOf = (ticketId: string) => Promise<string>;

export async function seedDemoTenant(
  gatewayUrl: string,
  token: string,
  surveyLinkOf?: SurveyLinkOf,
): Promise<number> {
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
  await seedTickets(mutate, organizationIds, surveyLinkOf);
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
  await seedLeadPipeline(mutate);
  await seedDeals(mutate, customerIds, productIds);

  /**
   * More leads from every source along the workflow, follow-ups on the open ones (some overdue), and three
   * qualified leads converted into new organizations, two with a deal.
   */
  async function seedLeadPipeline(send: Mutate): Promise<void> {
    const names = [
      ['Lena', 'Hoffmann', 'Rheinwerk Tools', 'Head of Sales'],
      ['Marco', 'Bianchi', 'Bianchi Arredamenti', 'Owner'],
      ['Sophie', 'Martin', 'Atelier Martin', 'Director'],
      ['Noah', 'Jensen', 'Fjord Fisheries', 'Operations Manager'],
      ['Ava', 'Thompson', 'Thompson Legal', 'Partner'],
      ['Kenji', 'Watanabe', 'Watanabe Robotics', 'CTO'],
      ['Zoe', 'Papadopoulos', 'Aegean Ferries', 'Head of IT'],
      ['Liam', 'Murphy', 'Murphy Pharmacy', 'Owner'],
      ['Ines', 'Costa', 'Costa Vinhos', 'Export Manager'],
      ['Felix', 'Wagner', 'Wagner Elektro', 'Purchasing Lead'],
      ['Chloe', 'Lambert', 'Lambert Design', 'Founder'],
      ['Omar', 'Haddad', 'Cedar Logistics', 'VP Operations'],
      ['Julia', 'Nowak', 'Vistula Foods', 'Category Manager'],
      ['Daniel', 'Svensson', 'Nordic Timber', 'CEO'],
      ['Elif', 'Yilmaz', 'Bosporus Textiles', 'Head of Procurement'],
      ['Hugo', 'Leroy', 'Leroy Transports', 'Fleet Manager'],
      ['Grace', 'Kim', 'Han River Media', 'Marketing Director'],
      ['Tomas', 'Novak', 'Vltava Brewing', 'Owner'],
    ];
    const sources = ['WEB', 'REFERRAL', 'EVENT', 'CAMPAIGN', 'PARTNER', 'COLD_CALL', 'OTHER'];
    const paths = [[], ['CONTACTED'], ['CONTACTED', 'QUALIFIED'], ['CONTACTED', 'UNQUALIFIED']];
    const owners = ['rep-anna', 'rep-ben', 'rep-chloe'];
    const day = 86_400_000;
    const qualified: string[] = [];
    for (const [index, [firstName, lastName, company, title]] of names.entries()) {
      const domain = company!.toLowerCase().replace(/[^a-z]+/g, '');
      const { createLead: lead } = await send(
        'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        {
          input: {
            firstName,
            lastName,
            company,
            title,
            email: `${firstName!.toLowerCase()}@${domain}.example`,
            phone: index % 3 === 0 ? `+44 20 7946 0${String(index).padStart(3, '0')}` : undefined,
            source: sources[index % sources.length],
            ownerId: owners[index % owners.length],
          },
        },
      );
      const path = paths[index % paths.length]!;
      for (const status of path) {
        await send(
          'mutation($id: UUID!, $status: LeadStatus!) { changeLeadStatus(id: $id, status: $status) { id } }',
          {
            id: lead!.id,
            status,
          },
        );
      }
      if (path.at(-1) === 'QUALIFIED') qualified.push(lead!.id);
      if (path.length < 2) {
        // Open leads get a follow-up: every other one is overdue.
        const dueDate = new Date(Date.now() + (index % 2 === 0 ? -3 - index : 2 + index) * day)
          .toISOString()
          .slice(0, 10);
        await send(
          'mutation($id: UUID!, $input: AddLeadActivityInput!) { addLeadActivity(leadId: $id, input: $input) { id } }',
          {
            id: lead!.id,
            input: {
              kind: path.length === 0 ? 'EMAIL' : 'CALL',
              subject: `Follow up with ${firstName}`,
              dueDate,
            },
          },
        );
      }
    }
    for (const [index, leadId] of qualified.slice(0, 3).entries()) {
      await send(
        'mutation($id: UUID!, $input: ConvertLeadInput!) { convertLead(id: $id, input: $input) { customerId } }',
        {
          id: leadId,
          input: {
            newCustomer: { kind: 'ORGANIZATION', segment: 'SMB' },
            contactRole: 'Decision maker',
            opportunity: index < 2 ? { currency: 'EUR', amount: `${(index + 1) * 9600}.00` } : undefined,
          },
        },
      );
    }
  }
}

/**
 * Two years of selling, dated as it happened (the admin's data import): deals opened every fortnight of the
 * last 24 months by three reps, priced by product lines, moved along their stages and won (an order placed
 * then) or lost; the recent ones still open, with quotes sent, one accepted and one rejected. Beside them
 * the customers' repeat orders, every month, delivered, shipped or open by age, and one cancelled.
 */
async function seedDeals(mutate: Mutate, customerIds: string[], productIds: string[]): Promise<void> {
  const day = 86_400_000;
  const now = Date.now();
  // A fixed sequence, so that every demo shows the same figures for the same day.
  let state = 20_261_126;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const iso = (time: number) => new Date(time).toISOString();
  const owners = ['rep-anna', 'rep-ben', 'rep-chloe'];
  const topics = ['CRM rollout', 'Service desk', 'Field sales app', 'Analytics add-on', 'Seat expansion'];
  const competitors = ['Salesforce', 'HubSpot', 'Dynamics 365', 'Pipedrive'];
  const [pro, enterprise, onboarding] = productIds as [string, string, string];
  const someLines = () => [
    {
      productId: random() < 0.4 ? enterprise : pro,
      quantity: 5 + Math.floor(random() * 60),
      discountPercent: pick(['0', '5', '10', '15']),
    },
    ...(random() < 0.5 ? [{ productId: onboarding, quantity: 1 }] : []),
  ];
  const place = async (customerId: string, placedAt: number, extra: Record<string, unknown> = {}) => {
    const { placeOrder } = await mutate(
      'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
      {
        input: { customerId, currency: 'EUR', lines: someLines(), placedAt: iso(placedAt), ...extra },
      },
    );
    return { id: placeOrder!.id, placedAt };
  };

  const openDeals: { id: string; stage: string }[] = [];
  const orders: { id: string; placedAt: number }[] = [];
  for (let index = 0; index < 48; index++) {
    const ageDays = 730 - index * 15 - Math.floor(random() * 10);
    let at = now - ageDays * day;
    // Deals of the last four months are still being worked on, expected to close in the months ahead.
    const staysOpen = ageDays < 120;
    const expectedClose = staysOpen
      ? now + (10 + Math.floor(random() * 170)) * day
      : at + (60 + Math.floor(random() * 60)) * day;
    const customerId = pick(customerIds);
    const lines = someLines();
    const { createOpportunity: deal } = await mutate(
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      {
        input: {
          name: `${pick(topics)} ${iso(at).slice(0, 7)}`,
          customerId,
          currency: 'EUR',
          ownerId: owners[index % owners.length],
          forecastCategory: pick(['PIPELINE', 'PIPELINE', 'BEST_CASE', 'COMMIT']),
          expectedCloseDate: iso(expectedClose).slice(0, 10),
          competitors: random() < 0.6 ? [pick(competitors)] : [],
          createdAt: iso(at),
        },
      },
    );
    await mutate(
      'mutation($id: UUID!, $input: SetOpportunityLinesInput!) { setOpportunityLines(id: $id, input: $input) { id } }',
      { id: deal!.id, input: { lines } },
    );
    // Most deals get some way down the funnel; about half of the closed ones are won.
    const openPath = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION'].slice(0, Math.floor(random() * 4));
    const path = staysOpen ? openPath : [...openPath, random() < 0.5 ? 'CLOSED_WON' : 'CLOSED_LOST'];
    const step = staysOpen ? Math.max(1, Math.floor(ageDays / 4)) : 25;
    let stage = 'PROSPECTING';
    for (const next of path) {
      const movedAt = at + (1 + Math.floor(random() * step)) * day;
      if (movedAt > now - day) break; // not there yet: still open today
      at = movedAt;
      stage = next;
      await mutate(
        'mutation($id: UUID!, $input: ChangeOpportunityStageInput!) { changeOpportunityStage(id: $id, input: $input) { id } }',
        {
          id: deal!.id,
          input: {
            stage,
            movedAt: iso(at),
            lossReason:
              stage === 'CLOSED_LOST'
                ? pick(['Price', 'Chose a competitor', 'No budget', 'Timing'])
                : undefined,
          },
        },
      );
      if (stage === 'CLOSED_WON')
        orders.push(await place(customerId, at + 3_600_000, { opportunityId: deal!.id }));
    }
    if (!stage.startsWith('CLOSED')) openDeals.push({ id: deal!.id, stage });
  }

  // Quotes for the open deals furthest along: sent, the first accepted (its order placed now), one rejected.
  const quoted = openDeals.filter((deal) => deal.stage === 'PROPOSAL' || deal.stage === 'NEGOTIATION');
  for (const [index, deal] of quoted.entries()) {
    const { createQuote: quote } = await mutate(
      'mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }',
      { input: { opportunityId: deal.id, lines: someLines(), notes: 'Prices valid for 30 days.' } },
    );
    await mutate('mutation($id: UUID!) { sendQuote(id: $id) { id } }', { id: quote!.id });
    if (index === 0) await mutate('mutation($id: UUID!) { acceptQuote(id: $id) { id } }', { id: quote!.id });
    if (index === 1) {
      await mutate(
        'mutation($id: UUID!) { rejectQuote(id: $id, reason: "Went with a cheaper offer") { id } }',
        {
          id: quote!.id,
        },
      );
    }
  }

  // Repeat orders: two or three a month over the 24 months.
  for (let month = 23; month >= 0; month--) {
    for (let count = 2 + Math.floor(random() * 2); count > 0; count--) {
      const placedAt = now - (month * 30 + Math.floor(random() * 28) + 1) * day;
      orders.push(await place(pick(customerIds), placedAt));
    }
  }
  // Older orders are delivered, those of the last month shipped, the last week's still confirmed.
  for (const order of orders) {
    const age = (now - order.placedAt) / day;
    if (age < 7) continue;
    await mutate('mutation($id: UUID!) { changeOrderStatus(id: $id, status: SHIPPED) { id } }', {
      id: order.id,
    });
    if (age < 30) continue;
    await mutate(
      'mutation($id: UUID!, $on: Date) { changeOrderStatus(id: $id, status: DELIVERED, actualDeliveryDate: $on) { id } }',
      { id: order.id, on: iso(order.placedAt + 6 * day).slice(0, 10) },
    );
  }
  const recent = orders.find((order) => now - order.placedAt < 7 * day);
  if (recent) {
    await mutate(
      'mutation($id: UUID!) { cancelOrder(id: $id, reason: "Ordered the wrong edition") { id } }',
      {
        id: recent.id,
      },
    );
  }
}

/**
 * Service data: a knowledge base, two routing queues, tickets of every type (a RETURN and an EXCHANGE
 * with RMAs, a REPAIR with its warranty check, about an order delivered here), most resolved with survey
 * answers given through their links.
 */
async function seedTickets(
  mutate: Mutate,
  customerIds: string[],
  surveyLinkOf: SurveyLinkOf | undefined,
): Promise<void> {
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
    await mutate(
      'mutation($id: UUID!, $input: ChangeTicketStatusInput!) { changeTicketStatus(id: $id, input: $input) { id } }',
      { id, input: { status: 'RESOLVED', resolution: 'Solved with the customer.', ...resolve } },
    );
    if (!surveyLinkOf) continue;
    const [csat, nps] = answer;
    await mutate(
      'mutation($token: String!, $csat: Int!, $nps: Int!) { submitSurvey(token: $token, csat: $csat, nps: $nps) { status } }',
      {
        token: await surveyLinkOf(id),
        csat,
        nps,
      },
    );
  }
}

async function seedMarketing(mutate: Mutate): Promise<void> {
  type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const call = (query: string, variables: Record<string, unknown> = {}) =>
    mutate(query, variables) as unknown as Promise<Row>;
  const campaign = async (input: Record<string, unknown>, launch = true) => {
    const { createCampaign: created } = await call(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { currency: 'EUR', ...input } },
    );
    if (launch) await call('mutation($id: UUID!) { launchCampaign(id: $id) { id } }', { id: created.id });
    return created.id as string;
  };
  const addSegment = (campaignId: string, segmentId: string) =>
    call('mutation($c: UUID!, $s: UUID!) { addSegmentToCampaign(campaignId: $c, segmentId: $s) { id } }', {
      c: campaignId,
      s: segmentId,
    });

  // Marketing learns of customers from the customer service's events: wait until it knows them all.
  const { customers } = await call(
    '{ customers(first: 50) { totalCount edges { node { id email segment } } } }',
  );
  for (let tries = 0; ; tries++) {
    const { segmentPreview } = await call(
      'query($r: SegmentRules!) { segmentPreview(rules: $r) { memberCount } }',
      {
        r: {},
      },
    );
    if (segmentPreview.memberCount >= customers.totalCount) break;
    if (tries > 120) throw new Error('seed: marketing did not learn of the demo customers');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { createSegment: enterprise } = await call(
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }',
    {
      input: {
        name: 'Enterprise customers',
        kind: 'DYNAMIC',
        rules: { and: [{ segment: { eq: 'Enterprise' } }, { lifecycleStage: { eq: 'CUSTOMER' } }] },
      },
    },
  );
  const { createSegment: everyone } = await call(
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }',
    { input: { name: 'Every organization', kind: 'DYNAMIC', rules: { kind: { eq: 'ORGANIZATION' } } } },
  );
  // Organizations signed up for the newsletter (consent with proof); the people are left UNKNOWN.
  for (const { node } of customers.edges as { node: { email: string | null; segment: string | null } }[]) {
    if (!node.email || node.segment === 'Consumer') continue;
    await call('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { status } }', {
      input: {
        email: node.email,
        status: 'OPTED_IN',
        source: 'WEB_FORM',
        proof: 'Newsletter sign-up form (demo data)',
      },
    });
  }

  const webinar = await campaign({
    name: 'Spring product webinar',
    type: 'WEBINAR',
    startDate: '2027-03-10',
    endDate: '2027-03-10',
    budget: '4000.00',
    expectedRevenue: '60000.00',
    description: 'Live demo of the new forecasting features for enterprise accounts.',
  });
  await addSegment(webinar, enterprise.id);
  const newsletter = await campaign({
    name: 'Winter newsletter',
    type: 'EMAIL',
    budget: '800.00',
    actualCost: '650.00',
    expectedResponseRate: '8',
  });
  await addSegment(newsletter, everyone.id);
  const tradeShow = await campaign({
    name: 'LogiMAT trade show booth',
    type: 'TRADE_SHOW',
    location: 'Stuttgart',
    startDate: '2027-04-20',
    endDate: '2027-04-22',
    budget: '25000.00',
    actualCost: '21800.00',
    expectedRevenue: '150000.00',
  });
  await addSegment(tradeShow, enterprise.id);
  const customerDay = await campaign({ name: 'Hamburg customer day', type: 'EVENT', location: 'Hamburg' });
  await addSegment(customerDay, everyone.id);
  const social = await campaign({ name: 'Spring launch on LinkedIn', type: 'SOCIAL', budget: '1500.00' });
  const ads = await campaign({ name: 'Search ads Q1', type: 'ADVERTISING', budget: '6000.00' }, false);
  await call(
    'mutation($id: UUID!) { abortCampaign(id: $id, reason: "Budget moved to the trade show") { id } }',
    {
      id: ads,
    },
  );

  // The newsletter goes out (to the dev mail server under `npm start`); the sender mails it in the background.
  const { createEmailTemplate: template } = await call(
    'mutation($input: CreateEmailTemplateInput!) { createEmailTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Winter newsletter',
        subject: 'What is new this winter, {{name}}',
        htmlBody:
          '<h1>Hello {{name}}</h1><p>Forecasts with prediction intervals are here.</p>' +
          '<p><a href="https://crm.example/blog/forecasting">Read more</a></p>' +
          '<p><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>',
        textBody:
          'Hello {{name}}, forecasts with prediction intervals are here: https://crm.example/blog/forecasting',
      },
    },
  );
  await call('mutation($c: UUID!, $t: UUID!) { sendCampaignEmail(campaignId: $c, templateId: $t) { id } }', {
    c: newsletter,
    t: template.id,
  });

  // Responses: registrations for the webinar and the customer day, a deal talk at the trade show.
  const membersOf = async (id: string) =>
    (
      await call('query($id: UUID!) { campaign(id: $id) { members(first: 20) { edges { node { id } } } } }', {
        id,
      })
    ).campaign.members.edges as { node: { id: string } }[];
  const respond = (id: string, status: string) =>
    call(
      'mutation($id: UUID!, $s: CampaignMemberStatus!) { changeCampaignMemberStatus(id: $id, status: $s) { id } }',
      {
        id,
        s: status,
      },
    );
  for (const [index, { node }] of (await membersOf(webinar)).entries()) {
    if (index % 2 === 0) await respond(node.id, 'RESPONDED');
  }
  for (const [index, { node }] of (await membersOf(customerDay)).entries()) {
    if (index < 3) await respond(node.id, index === 0 ? 'CONVERTED' : 'RESPONDED');
  }
  const [firstVisitor] = await membersOf(tradeShow);
  if (firstVisitor) await respond(firstVisitor.node.id, 'RESPONDED');
  await call('mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
    input: {
      firstName: 'Greta',
      lastName: 'Lindqvist',
      company: 'Fjord Logistics AB',
      title: 'Head of Operations',
      email: 'greta.lindqvist@fjord.example',
      source: 'EVENT',
      campaignId: tradeShow,
    },
  });

  // Social posts: one scheduled for the launch, one draft.
  const { createSocialPost: post } = await call(
    'mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { id } }',
    {
      input: {
        campaignId: social,
        channel: 'LINKEDIN',
        text: 'Spring is here, and so are forecasts with prediction intervals. Join our webinar on 10 March!',
        mediaUrl: 'https://crm.example/media/spring-launch.png',
      },
    },
  );
  await call('mutation($id: UUID!, $at: DateTime) { scheduleSocialPost(id: $id, scheduledAt: $at) { id } }', {
    id: post.id,
    at: '2027-03-01T09:00:00.000Z',
  });
  await call('mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { id } }', {
    input: { campaignId: social, channel: 'X', text: 'Webinar recording is up: forecasting in 20 minutes.' },
  });
}
