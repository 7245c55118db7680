// Customer.tickets and Customer.openTicketCount for a list of customers (as the gateway asks through
// `_entities`): the statements do not grow with the number of customers.
import { randomUUID } from 'node:crypto';
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { dataOf, startServiceService, tokenFor, type ServiceTestService } from './support/serviceTestService';
import { moveTicket, openTicket } from './support/ticketOperations';

let app: ServiceTestService;
const statements = new StatementCounter();

beforeAll(async () => {
  app = await startServiceService({ withoutBackground: true, sqlLogger: statements });
  // The relay polls the outbox on the same connection pool: stopped, only the requests are counted.
  await app.service.relay.stop();
});

afterAll(async () => {
  await app?.stop();
});

const customersQuery = `query Customers($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Customer { id openTicketCount tickets(first: 2) { totalCount edges { node { number status } } } }
  }
}`;

it('lists each customer its tickets and open count, batched for a whole list', async () => {
  const tenant = testTenant('customer-tickets');
  const token = tokenFor(tenant);
  const customers = [randomUUID(), randomUUID(), randomUUID()];
  const first = await openTicket(app, token, { customerId: customers[0] });
  await openTicket(app, token, { customerId: customers[0] });
  await openTicket(app, token, { customerId: customers[0] });
  await openTicket(app, token, { customerId: customers[1] });
  await moveTicket(app, token, first.id, { status: 'IN_PROGRESS' });
  await moveTicket(app, token, first.id, { status: 'RESOLVED' });

  const entities = dataOf(
    await app.request(
      customersQuery,
      { representations: customers.map((id) => ({ __typename: 'Customer', id })) },
      token,
    ),
  )._entities;
  expect(entities).toEqual([
    {
      id: customers[0],
      openTicketCount: 2,
      tickets: {
        totalCount: 3,
        edges: [
          { node: { number: 'CS-000003', status: 'OPEN' } },
          { node: { number: 'CS-000002', status: 'OPEN' } },
        ],
      },
    },
    {
      id: customers[1],
      openTicketCount: 1,
      tickets: { totalCount: 1, edges: [{ node: { number: 'CS-000004', status: 'OPEN' } }] },
    },
    { id: customers[2], openTicketCount: 0, tickets: { totalCount: 0, edges: [] } },
  ]);

  // Twice as many customers, the same number of statements.
  const statementsFor = async (ids: string[]) => {
    statements.count = 0;
    dataOf(
      await app.request(
        customersQuery,
        { representations: ids.map((id) => ({ __typename: 'Customer', id })) },
        token,
      ),
    );
    return statements.count;
  };
  const few = await statementsFor(customers);
  expect(await statementsFor([...customers, randomUUID(), randomUUID(), randomUUID()])).toBe(few);
  expect(few).toBe(4); // first pages, their nodes, the counts, the open counts
});
