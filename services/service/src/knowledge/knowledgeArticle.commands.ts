import { defineAggregate } from '@crm/events';
import { conflict, givenFields, notFound, parseInput, type RequestContext } from '@crm/platform';
import { tickets } from '../ticket/ticket.commands';
import { ticketSnapshot, type TicketSnapshot } from '../ticket/ticket.rules';
import type { TicketEntity } from '../ticket/ticket.entity';
import { KnowledgeArticleEntity, TicketArticleLinkEntity } from './knowledgeArticle.entity';
import type {
  MutationCreateKnowledgeArticleArgs,
  MutationLinkArticleToTicketArgs as ArticleLink,
  MutationPublishKnowledgeArticleArgs as ArticleVersion,
  MutationUpdateKnowledgeArticleArgs,
} from '../generated/graphql';
import { articleInput, articleSnapshot, articleUpdateInput, publication } from './knowledgeArticle.rules';

export const articles = defineAggregate({
  name: 'KnowledgeArticle',
  entity: KnowledgeArticleEntity,
  eventKey: 'article',
  image: articleSnapshot,
});

/** A new article, unpublished until `publishKnowledgeArticle`. */
export function createKnowledgeArticle(
  context: RequestContext,
  { input: rawInput }: MutationCreateKnowledgeArticleArgs,
) {
  const input = parseInput(articleInput, rawInput);
  return articles.create(context, 'createKnowledgeArticle', {
    values: {
      title: input.title,
      body: input.body,
      tags: input.tags ?? [],
      published: false,
      publishedAt: null,
    },
    event: 'crm.service.article.created.v1',
  });
}

export function updateKnowledgeArticle(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateKnowledgeArticleArgs,
) {
  const input = parseInput(articleUpdateInput, rawInput);
  return articles.change(context, { id, expectedVersion, operation: 'updateKnowledgeArticle' }, () => ({
    set: givenFields(input),
    event: 'crm.service.article.updated.v1',
  }));
}

export const publishKnowledgeArticle = (context: RequestContext, { id, expectedVersion }: ArticleVersion) =>
  setArticlePublished(context, id, true, expectedVersion);

export const unpublishKnowledgeArticle = (context: RequestContext, { id, expectedVersion }: ArticleVersion) =>
  setArticlePublished(context, id, false, expectedVersion);

/** Publishes or withdraws an article; doing either twice is a CONFLICT. */
function setArticlePublished(
  context: RequestContext,
  id: string,
  published: boolean,
  expectedVersion: number | null | undefined,
) {
  const operation = published ? 'publishKnowledgeArticle' : 'unpublishKnowledgeArticle';
  return articles.change(context, { id, expectedVersion, operation }, (article) =>
    publication(article, published, new Date()),
  );
}

/**
 * Links an article to a ticket, or removes the link; a link twice or a missing link is a CONFLICT. The
 * ticket's row does not change (links are no field of its image), so this is `lock` and `record`.
 */
export const linkArticleToTicket = (context: RequestContext, { ticketId, articleId }: ArticleLink) =>
  setArticleLink(context, ticketId, articleId, true);

export const unlinkArticleFromTicket = (context: RequestContext, { ticketId, articleId }: ArticleLink) =>
  setArticleLink(context, ticketId, articleId, false);

function setArticleLink(
  context: RequestContext,
  ticketId: string,
  articleId: string,
  linked: boolean,
): Promise<TicketEntity> {
  return context.db.transaction(async (tx) => {
    const { row: ticket } = await tickets.lock(tx, context, { id: ticketId });
    if (!(await tx.findById(KnowledgeArticleEntity, articleId)))
      throw notFound('KnowledgeArticle', articleId);
    const where = { tenantId: tx.tenantId, ticketId, articleId };
    const existing = await tx.manager.findOne(TicketArticleLinkEntity, { where });
    if (Boolean(existing) === linked) {
      throw conflict(
        linked ? 'The article is linked to the ticket already' : 'The article is not linked to the ticket',
      );
    }
    if (linked) await tx.manager.insert(TicketArticleLinkEntity, { ...where, linkedBy: context.user.userId });
    else await tx.manager.delete(TicketArticleLinkEntity, where);
    // The audit record names the link, not the ticket: `record` types its states as images, hence the cast.
    const link = { articleId } as unknown as TicketSnapshot;
    await tickets.record(
      tx,
      context,
      linked ? 'linkArticleToTicket' : 'unlinkArticleFromTicket',
      ticketId,
      linked ? null : link,
      linked ? link : null,
      {
        event: linked ? 'crm.service.ticket.article_linked.v1' : 'crm.service.ticket.article_unlinked.v1',
        data: { ticket: ticketSnapshot(ticket), articleId, changedFields: ['articles'] },
      },
    );
    return ticket;
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const knowledgeArticleMutations = {
  createKnowledgeArticle,
  updateKnowledgeArticle,
  publishKnowledgeArticle,
  unpublishKnowledgeArticle,
  linkArticleToTicket,
  unlinkArticleFromTicket,
};
