// The number of SQL statements of a list does not grow with its length (DESIGN §5): every relation
// and entity lookup goes through a per-request DataLoader.
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { createContact, createCustomer, type CustomerView } from './support/customerOperations';
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
  app = await startCustomerService({ sqlLogger: statements, withoutConsumers: true });
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
});
