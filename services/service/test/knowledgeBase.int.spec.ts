// The knowledge base: articles with PostgreSQL full-text search (a generated tsvector with a GIN index),
// published ones found ranked and suggested for a ticket from its subject and description, links to tickets.
import { testTenant, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import { openTicket, outboxOf } from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

const articleFields = 'id title tags published publishedAt version';
const create = `mutation($input: KnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { ${articleFields} } }`;
const publish = `mutation($id: UUID!, $v: Int) { publishKnowledgeArticle(id: $id, expectedVersion: $v) { ${articleFields} } }`;
const search = `query($q: String!, $first: Int) { searchArticles(query: $q, first: $first) { title } }`;
const suggestions = `query($id: UUID!) { ticket(id: $id) { suggestedArticles { title } linkedArticles { title } } }`;
const link = `mutation($t: UUID!, $a: UUID!) { linkArticleToTicket(ticketId: $t, articleId: $a) { id } }`;
const unlink = `mutation($t: UUID!, $a: UUID!) { unlinkArticleFromTicket(ticketId: $t, articleId: $a) { id } }`;

const tenant = testTenant('knowledge');
const token = tokenFor(tenant);
const titles = (response: { title: string }[]) => response.map((article) => article.title);
const articles: Record<string, { id: string }> = {};

beforeAll(async () => {
  const drafts = [
    {
      key: 'offline',
      title: 'Printer shows offline',
      body: 'Restart the printer, then check its network cable and the Wi-Fi settings.',
      tags: ['printing'],
    },
    {
      key: 'jam',
      title: 'Paper jam in the tray',
      body: 'Open the tray, pull the paper out gently; the printer resumes by itself.',
    },
    {
      key: 'password',
      title: 'Resetting your password',
      body: 'Use the "forgot password" link on the sign-in page.',
    },
    {
      key: 'firmware',
      title: 'Printer firmware update',
      body: 'Unpublished: the printer update is not out yet.',
    },
  ];
  for (const { key, ...input } of drafts) {
    articles[key] = dataOf(await app.request(create, { input }, token)).createKnowledgeArticle;
  }
  for (const key of ['offline', 'jam', 'password']) {
    dataOf(await app.request(publish, { id: articles[key]!.id, v: 1 }, token));
  }
});

it('writes articles unpublished, publishes each once, refusing bad input', async () => {
  const outboxBefore = (await outboxOf(app, tenant)).length;
  expect(errorOf(await app.request(create, { input: { title: ' ', body: 'x' } }, token))).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.title': expect.any(String) },
  });
  expect(errorOf(await app.request(publish, { id: articles.offline!.id }, token)).code).toBe('CONFLICT');
  expect(errorOf(await app.request(publish, { id: articles.firmware!.id, v: 5 }, token)).code).toBe(
    'CONFLICT',
  );
  expect(
    errorOf(await app.request(create, { input: { title: 'x', body: 'y' } }, tokenFor(tenant, 'analyst')))
      .code,
  ).toBe('FORBIDDEN');
  expect(await outboxOf(app, tenant)).toHaveLength(outboxBefore);

  const events = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === articles.offline!.id);
  expect(events.map((row) => row.type)).toEqual([
    'crm.service.article.created.v1',
    'crm.service.article.published.v1',
  ]);
  expect(events[1]!.payload.article).toMatchObject({
    title: 'Printer shows offline',
    published: true,
    version: 2,
  });
  const listed = dataOf(
    await app.request(
      '{ knowledgeArticles(filter: { published: false }) { totalCount edges { node { title } } } }',
      {},
      token,
    ),
  ).knowledgeArticles;
  expect(listed).toEqual({ totalCount: 1, edges: [{ node: { title: 'Printer firmware update' } }] });
});

it('finds published articles by full-text search, title words first, with a GIN index', async () => {
  // "printer" is in both titles' or bodies' words; a title match ranks above a body match.
  expect(titles(dataOf(await app.request(search, { q: 'printer' }, token)).searchArticles)).toEqual([
    'Printer shows offline',
    'Paper jam in the tray',
  ]);
  // Stemmed: "printers" finds "printer"; web-search syntax excludes words.
  expect(titles(dataOf(await app.request(search, { q: 'printers -jam' }, token)).searchArticles)).toEqual([
    'Printer shows offline',
  ]);
  expect(titles(dataOf(await app.request(search, { q: '"forgot password"' }, token)).searchArticles)).toEqual(
    ['Resetting your password'],
  );
  expect(
    titles(dataOf(await app.request(search, { q: 'printer', first: 1 }, token)).searchArticles),
  ).toHaveLength(1);
  expect(errorOf(await app.request(search, { q: '  ' }, token))).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { query: 'Required' },
  });
  // Another tenant finds nothing of these.
  const other = tokenFor(testTenant('knowledge-other'));
  expect(dataOf(await app.request(search, { q: 'printer' }, other)).searchArticles).toEqual([]);

  // An edit re-indexes the article (the vector is a generated column); a withdrawn one is not found.
  const update = `mutation($id: UUID!, $input: UpdateKnowledgeArticleInput!, $v: Int!) {
    updateKnowledgeArticle(id: $id, input: $input, expectedVersion: $v) { version }
  }`;
  dataOf(
    await app.request(
      update,
      { id: articles.password!.id, input: { title: 'Resetting your passphrase' }, v: 2 },
      token,
    ),
  );
  expect(titles(dataOf(await app.request(search, { q: 'passphrase' }, token)).searchArticles)).toEqual([
    'Resetting your passphrase',
  ]);
  dataOf(
    await app.request(
      'mutation($id: UUID!) { unpublishKnowledgeArticle(id: $id) { published } }',
      { id: articles.password!.id },
      token,
    ),
  );
  expect(dataOf(await app.request(search, { q: 'passphrase' }, token)).searchArticles).toEqual([]);
  const events = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === articles.password!.id);
  expect(events.map((row) => row.type.split('.')[3])).toEqual([
    'created',
    'published',
    'updated',
    'unpublished',
  ]);
  expect(events[2]!.payload.changedFields).toEqual(['title']);

  const [index] = await app.sql<{ indexdef: string }>(
    "SELECT indexdef FROM pg_indexes WHERE indexname = 'knowledge_article_search'",
  );
  expect(index!.indexdef).toContain('USING gin (search_vector)');
});

it('suggests articles for a ticket from its text, and links them', async () => {
  const ticket = await openTicket(app, token, {
    subject: 'Our printer is offline again',
    description: 'Nothing prints since this morning.',
  });
  const unrelated = await openTicket(app, token, { subject: 'Invoice address', description: null });
  const view = async (id: string) => dataOf(await app.request(suggestions, { id }, token)).ticket;

  expect(await view(ticket.id)).toEqual({
    suggestedArticles: [{ title: 'Printer shows offline' }, { title: 'Paper jam in the tray' }],
    linkedArticles: [],
  });
  expect(await view(unrelated.id)).toEqual({ suggestedArticles: [], linkedArticles: [] });

  dataOf(await app.request(link, { t: ticket.id, a: articles.offline!.id }, token));
  expect(await view(ticket.id)).toEqual({
    suggestedArticles: [{ title: 'Paper jam in the tray' }],
    linkedArticles: [{ title: 'Printer shows offline' }],
  });
  const outboxBefore = (await outboxOf(app, tenant)).length;
  expect(errorOf(await app.request(link, { t: ticket.id, a: articles.offline!.id }, token)).code).toBe(
    'CONFLICT',
  );
  expect(errorOf(await app.request(unlink, { t: ticket.id, a: articles.jam!.id }, token)).code).toBe(
    'CONFLICT',
  );
  expect(await outboxOf(app, tenant)).toHaveLength(outboxBefore);

  dataOf(await app.request(unlink, { t: ticket.id, a: articles.offline!.id }, token));
  expect((await view(ticket.id)).linkedArticles).toEqual([]);
  const events = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === ticket.id);
  expect(events.map((row) => [row.type, row.payload.articleId ?? null])).toEqual([
    ['crm.service.ticket.opened.v1', null],
    ['crm.service.ticket.article_linked.v1', articles.offline!.id],
    ['crm.service.ticket.article_unlinked.v1', articles.offline!.id],
  ]);
});
