import { defineList, groupByKeys, loaderById, parseInput, type RequestContext } from '@crm/platform';
import { KnowledgeArticleEntity, TicketArticleLinkEntity, searchLanguage } from './knowledgeArticle.entity';
import { searchQueryInput } from './knowledgeArticle.rules';

export const articleLoader = (context: RequestContext) => loaderById(context, KnowledgeArticleEntity);

/** Every article of the tenant, published or not, most recently changed first. */
export const listArticles = defineList<KnowledgeArticleEntity, never>({
  entity: KnowledgeArticleEntity,
  alias: 'a',
  filter: { published: 'boolean', tags: 'stringList', updatedAt: 'dateTime' },
  orderBy: {},
  defaultOrder: { property: 'updatedAt', direction: 'DESC' },
});

const maxResults = 50;

/**
 * Published articles matching a web-search style query ("printer offline", "-wifi", "\"paper jam\""),
 * best first: title words weigh more than body words.
 */
export async function searchArticles(context: RequestContext, rawQuery: unknown, first?: number | null) {
  const query = parseInput(searchQueryInput, rawQuery, 'query');
  const limit = Math.min(Math.max(first ?? 10, 1), maxResults);
  return context.db
    .select(KnowledgeArticleEntity, 'a')
    .andWhere('a.published')
    .andWhere(`a.search_vector @@ websearch_to_tsquery('${searchLanguage}', :query)`, { query })
    .orderBy(`ts_rank(a.search_vector, websearch_to_tsquery('${searchLanguage}', :query))`, 'DESC')
    .addOrderBy('a.id', 'ASC')
    .limit(limit)
    .getMany();
}

/** Ticket.linkedArticles for every ticket of a request in one query. */
export function linkedArticlesLoader(context: RequestContext) {
  return context.loaders.get<string, KnowledgeArticleEntity[]>(
    'linkedArticlesByTicket',
    async (ticketIds) => {
      const rows = await context.db
        .select(KnowledgeArticleEntity, 'a')
        .innerJoin(TicketArticleLinkEntity, 'l', 'l.article_id = a.id AND l.tenant_id = a.tenant_id')
        .addSelect('l.ticket_id', 'linked_ticket_id')
        .andWhere('l.ticket_id = ANY(:ticketIds)', { ticketIds })
        .orderBy('l.linked_at', 'ASC')
        .getRawAndEntities();
      const pairs = rows.entities.map((article, index) => ({
        ticketId: (rows.raw[index] as { linked_ticket_id: string }).linked_ticket_id,
        article,
      }));
      return groupByKeys(ticketIds, pairs, (pair) => pair.ticketId).map((group) =>
        group.map((pair) => pair.article),
      );
    },
  );
}

const suggestionsPerTicket = 5;

/**
 * Ticket.suggestedArticles: published articles sharing words with the ticket's subject and description
 * (any word, stemmed, stop words left out), best first, not those linked already. One query for every
 * ticket of the request: each ticket's words become an OR query in a lateral join.
 */
export function suggestedArticlesLoader(context: RequestContext) {
  return context.loaders.get<string, KnowledgeArticleEntity[]>(
    'suggestedArticlesByTicket',
    async (ticketIds) => {
      const rows: { ticket_id: string; article_id: string }[] = await context.db.manager.query(
        `SELECT t.id AS ticket_id, s.id AS article_id
         FROM ticket t
         CROSS JOIN LATERAL (
           SELECT nullif(string_agg('''' || replace(word, '''', '''''') || '''', ' | '), '') AS words
             FROM unnest(tsvector_to_array(
                    to_tsvector('${searchLanguage}', t.subject || ' ' || coalesce(t.description, '')))) AS word
            WHERE word !~ '\\\\'
         ) w
         CROSS JOIN LATERAL (
           SELECT a.id, ts_rank(a.search_vector, to_tsquery('simple', w.words)) AS rank
             FROM knowledge_article a
            WHERE w.words IS NOT NULL AND a.tenant_id = t.tenant_id AND a.published
              AND a.search_vector @@ to_tsquery('simple', w.words)
              AND NOT EXISTS (SELECT 1 FROM ticket_article_link l WHERE l.ticket_id = t.id AND l.article_id = a.id)
            ORDER BY rank DESC, a.id
            LIMIT ${suggestionsPerTicket}
         ) s
        WHERE t.tenant_id = $1 AND t.id = ANY($2)
        ORDER BY t.id, s.rank DESC, s.id`,
        [context.db.tenantId, ticketIds],
      );
      const articles = await articleLoader(context).loadMany([...new Set(rows.map((row) => row.article_id))]);
      const byId = new Map(
        articles
          .filter((a): a is KnowledgeArticleEntity => a instanceof KnowledgeArticleEntity)
          .map((a) => [a.id, a]),
      );
      return groupByKeys(ticketIds, rows, (row) => row.ticket_id).map((group) =>
        group.map((row) => byId.get(row.article_id)!).filter(Boolean),
      );
    },
  );
}
