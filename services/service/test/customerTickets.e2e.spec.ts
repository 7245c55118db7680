// Through the real gateway, with the customer and service subgraphs started in-process: a ticket opened,
// commented and resolved shows on the customer (tickets, openTicketCount) and on its timeline.
import { customerService } from '@crm/customer/src/service';
import { startService, type RunningService } from '@crm/events';
import { startGateway, type RunningGateway } from '@crm/gateway/src/gateway';
import {
  dropDatabases,
  graphql,
  startConsumerGroupsAtEnd,
  testServiceEnv,
  testTenant,
  waitFor,
} from '@crm/testkit';
import { serviceService } from '../src/service';
import { consumerGroupsOf, dataOf, tokenFor } from './support/serviceTestService';

const env = testServiceEnv();
let customer: RunningService | undefined;
let service: RunningService | undefined;
let gateway: RunningGateway | undefined;

beforeAll(async () => {
  // Their new consumer groups skip the shared broker's history of other runs.
  await startConsumerGroupsAtEnd(env.KAFKA_BROKERS ?? '127.0.0.1:9092', consumerGroupsOf(env));
  [customer, service] = await Promise.all([
    startService(customerService, env),
    startService(serviceService, env),
  ]);
  gateway = await startGateway({
    port: 0,
    env,
    subgraphUrls: { customer: customer.url, service: service.url },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([customer?.stop(), service?.stop()]);
  await dropDatabases(env.DB_PREFIX);
});

const customerView = `query Customer($id: UUID!) {
  customer(id: $id) {
    name
    openTicketCount
    tickets { totalCount edges { node { number status comments { totalCount } } } }
    timeline { edges { node { title source } } }
  }
}`;

it('shows an opened, commented and resolved ticket on the customer and its timeline', async () => {
  const token = tokenFor(testTenant('e2e-tickets'), 'admin');
  const call = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await graphql(gateway!.url, query, variables, token));

  const { createCustomer: acme } = await call(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { kind: 'ORGANIZATION', name: 'Acme' } },
  );
  const { openTicket: ticket } = await call(
    `mutation($input: OpenTicketInput!) { openTicket(input: $input) { id number customer { id name } } }`,
    { input: { customerId: acme.id, type: 'TECHNICAL', channel: 'PHONE', subject: 'Printer offline' } },
  );
  expect(ticket).toMatchObject({ number: 'CS-000001', customer: { id: acme.id, name: 'Acme' } });

  const openView = (await call(customerView, { id: acme.id })).customer;
  expect(openView).toMatchObject({ openTicketCount: 1, tickets: { totalCount: 1 } });

  await call(
    'mutation($id: UUID!) { commentOnTicket(id: $id, input: { body: "Restart it, please." }) { id } }',
    {
      id: ticket.id,
    },
  );
  for (const status of ['IN_PROGRESS', 'RESOLVED']) {
    await call(
      'mutation($id: UUID!, $status: TicketStatus!) { changeTicketStatus(id: $id, input: { status: $status }) { status } }',
      {
        id: ticket.id,
        status,
      },
    );
  }

  const view = await waitFor(
    async () => {
      const current = (await call(customerView, { id: acme.id })).customer;
      return current.timeline.edges.length >= 2 ? current : undefined;
    },
    { timeoutMs: 30_000, what: 'the ticket on the customer timeline' },
  );
  expect(view).toMatchObject({
    name: 'Acme',
    openTicketCount: 0,
    tickets: {
      totalCount: 1,
      edges: [{ node: { number: 'CS-000001', status: 'RESOLVED', comments: { totalCount: 1 } } }],
    },
  });
  expect(view.timeline.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
    { title: 'Ticket CS-000001 resolved: Printer offline', source: 'service' },
    { title: 'Ticket CS-000001 opened: Printer offline', source: 'service' },
  ]);
});
