// The number of SQL statements of a list does not grow with its length (docs/architecture.md §5): every relation
// and entity lookup goes through a per-request DataLoader.
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import {
  createContact,
  createCustomer,
  logInteraction,
  type CustomerView,
} from './support/customerOperations';
import {
  dataOf,
  startCustomerService,
  tokenFor,
  type CustomerTestService,
} from './support/customerTestService';

// The counter sees every statement on the service's DataSource, and the service's background tasks
// use that DataSource too: the outbox relay polls it, the timeline consumer writes through it. So this
// file runs an instance of its own without the consumer and stops the relay before anything else
// happens; from then on only the requests measured here reach the database, and each count is exact.
const statements = new StatementCounter();
let app: CustomerTestService;
let token: string;
let customers: CustomerView[];

const organizationCount = 100;

beforeAll(async () => {
  // The counts ask for 100 customers with every contact: over the default cost limit (a worst-case estimate)
  // on purpose.
  app = await startCustomerService({
    sqlLogger: statements,
    withoutConsumers: true,
    env: { MAX_QUERY_COST: '100000' },
  });
  await app.service.relay.stop();
  token = tokenFor(testTenant('statements'));
  customers = await inBatches(organizationCount, (index) =>
    createCustomer(app, token, {
      kind: 'ORGANIZATION',
      name: `Organization ${String(index).padStart(3, '0')}`,
    }),
  );
  // Contact i works at organizations i and i+1: every organization has two contacts, every contact two roles.
  await inBatches(organizationCount, (index) =>
    createContact(app, token, {
      firstName: 'Contact',
      lastName: String(index),
      organizations: [
        { organizationId: customers[index]!.id, role: 'Buyer' },
        { organizationId: customers[(index + 1) % organizationCount]!.id, role: 'Billing' },
      ],
    }),
  );

  // Organization i has i % 4 interactions: pages of 2 are empty, partial, full, or have a next page.
  await inBatches(organizationCount, async (index) => {
    for (let n = 0; n < index % 4; n++) {
      await logInteraction(app, token, {
        customerId: customers[index]!.id,
        kind: 'NOTE',
        subject: `Note ${n}`,
        occurredAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
      });
    }
  });
});

afterAll(async () => {
  await app?.stop();
});

async function inBatches<T>(count: number, create: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, offset) => create(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

/** Sends one request and counts the SQL statements it caused. */
async function countStatements<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T; count: number }> {
  statements.count = 0;
  const data = dataOf(await app.request<T>(query, variables, token));
  return { data, count: statements.count };
}

const customersWithContacts = `query CustomersWithContacts($first: Int!) {
  customers(first: $first) {
    edges { node { id name contacts { role contact { id fullName organizations { role } } } } }
  }
}`;

interface CustomersWithContacts {
  customers: {
    edges: {
      node: { id: string; contacts: { role: string; contact: { organizations: { role: string }[] } }[] };
    }[];
  };
}

describe('SQL statements per request', () => {
  it('costs the same for 5 and for 100 customers with their contacts and roles', async () => {
    const five = await countStatements<CustomersWithContacts>(customersWithContacts, { first: 5 });
    const hundred = await countStatements<CustomersWithContacts>(customersWithContacts, { first: 100 });

    const nodes = hundred.data.customers.edges.map((edge) => edge.node);
    expect(five.data.customers.edges).toHaveLength(5);
    expect(nodes).toHaveLength(100);
    expect(nodes.every((node) => node.contacts.length === 2)).toBe(true);
    expect(
      nodes.every((node) => node.contacts.every((role) => role.contact.organizations.length === 2)),
    ).toBe(true);
    // The page, the roles of its organizations, their contacts, the contacts' roles: one statement each.
    expect(five.count).toBe(4);
    expect(hundred.count).toBe(five.count);
  });

  it('resolves 5 or 100 entity references with the same number of statements', async () => {
    const entities = `query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Customer { id name contacts { contact { fullName } } } }
    }`;
    const representations = (count: number) =>
      customers.slice(0, count).map((customer) => ({ __typename: 'Customer', id: customer.id }));

    const five = await countStatements<{ _entities: { id: string }[] }>(entities, {
      representations: representations(5),
    });
    const hundred = await countStatements<{ _entities: { id: string }[] }>(entities, {
      representations: representations(100),
    });

    expect(hundred.data._entities.map((entity) => entity.id)).toEqual(
      customers.map((customer) => customer.id),
    );
    expect(five.count).toBe(3); // customers by id, their roles, the contacts
    expect(hundred.count).toBe(five.count);
  });

  it("loads the first page of every customer's interactions and timeline together, and later pages continue it", async () => {
    const nested = `query Nested($first: Int!) {
      customers(first: $first) {
        edges { node { id
          interactions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject } } }
          timeline(first: 2) { totalCount edges { node { title } } }
        } }
      }
    }`;
    interface Nested {
      customers: {
        edges: {
          node: {
            id: string;
            interactions: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { subject: string } }[];
            };
            timeline: { totalCount: number };
          };
        }[];
      };
    }
    const five = await countStatements<Nested>(nested, { first: 5 });
    const hundred = await countStatements<Nested>(nested, { first: 100 });
    expect(hundred.count).toBe(five.count);

    const nodes = hundred.data.customers.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toEqual(customers.map((customer) => customer.id));
    nodes.forEach((node, index) => {
      const count = index % 4;
      const newestFirst = Array.from({ length: count }, (_, n) => `Note ${count - 1 - n}`);
      expect({ index, ...node.interactions }).toEqual({
        index,
        totalCount: count,
        pageInfo: { hasNextPage: count > 2, endCursor: count > 0 ? expect.any(String) : null },
        edges: newestFirst.slice(0, 2).map((subject) => ({ node: { subject } })),
      });
      expect(node.timeline.totalCount).toBe(0); // no timeline consumer in this file
    });

    // The batched page's cursor continues in the per-customer query.
    const three = nodes[3]!;
    const next = dataOf(
      await app.request<{ customer: { interactions: { edges: { node: { subject: string } }[] } } }>(
        `query($id: UUID!, $after: String) { customer(id: $id) { interactions(first: 2, after: $after) { edges { node { subject } } } } }`,
        { id: three.id, after: three.interactions.pageInfo.endCursor },
        token,
      ),
    );
    expect(next.customer.interactions.edges).toEqual([{ node: { subject: 'Note 0' } }]);
  });
});
