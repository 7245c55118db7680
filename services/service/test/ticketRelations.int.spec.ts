// The ticket list with the relations of this slice (survey, RMA, queue, linked and suggested articles):
// each relation is one batched statement, so the statements do not grow with the number of tickets.
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

const listQuery = `query List($first: Int) {
  tickets(first: $first, orderBy: { field: NUMBER }) {
    edges { node {
      number
      survey { status }
      rma { number }
      queue { name }
      linkedArticles { title }
      suggestedArticles { title }
    } }
  }
}`;

it('loads each relation of a whole ticket list in one statement', async () => {
  const tenant = testTenant('ticket-relations');
  const token = tokenFor(tenant);
  const admin = tokenFor(tenant, 'admin');
  dataOf(
    await app.request(
      'mutation { createTicketQueue(input: { name: "Desk", agentIds: ["agent-1"] }) { id } }',
      {},
      admin,
    ),
  );
  const { createKnowledgeArticle: article } = dataOf(
    await app.request(
      'mutation { createKnowledgeArticle(input: { title: "Printer offline", body: "Restart the printer." }) { id } }',
      {},
      token,
    ),
  );
  dataOf(
    await app.request(
      'mutation($id: UUID!) { publishKnowledgeArticle(id: $id) { id } }',
      { id: article.id },
      token,
    ),
  );

  const tickets = [];
  for (let i = 0; i < 8; i++)
    tickets.push(await openTicket(app, token, { subject: `Printer offline #${i}` }));
  for (const ticket of tickets.slice(0, 2)) {
    await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
    await moveTicket(app, token, ticket.id, { status: 'RESOLVED' });
  }
  dataOf(
    await app.request(
      'mutation($t: UUID!, $a: UUID!) { linkArticleToTicket(ticketId: $t, articleId: $a) { id } }',
      { t: tickets[0]!.id, a: article.id },
      token,
    ),
  );

  const statementsFor = async (first: number) => {
    statements.count = 0;
    const edges = dataOf(await app.request(listQuery, { first }, token)).tickets.edges;
    return { count: statements.count, edges };
  };
  const few = await statementsFor(4);
  const many = await statementsFor(8);
  expect(many.count).toBe(few.count);
  // The page (no totalCount asked), then one statement per relation; suggestions take two (the matches,
  // then their articles).
  expect(few.count).toBe(1 + 6);
  expect(many.edges.slice(0, 3).map((edge: { node: unknown }) => edge.node)).toEqual([
    {
      number: 'CS-000001',
      survey: { status: 'PENDING' },
      rma: null,
      queue: { name: 'Desk' },
      linkedArticles: [{ title: 'Printer offline' }],
      suggestedArticles: [],
    },
    {
      number: 'CS-000002',
      survey: { status: 'PENDING' },
      rma: null,
      queue: { name: 'Desk' },
      linkedArticles: [],
      suggestedArticles: [{ title: 'Printer offline' }],
    },
    {
      number: 'CS-000003',
      survey: null,
      rma: null,
      queue: { name: 'Desk' },
      linkedArticles: [],
      suggestedArticles: [{ title: 'Printer offline' }],
    },
  ]);
});
