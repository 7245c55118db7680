import { recordChange, type EventType } from '@crm/events';
import {
  changedFields,
  conflict,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { TicketEntity } from '../ticket/ticket.entity';
import { ticketSnapshot } from '../ticket/ticket.rules';
import { KnowledgeArticleEntity, TicketArticleLinkEntity } from './knowledgeArticle.entity';
import {
  articleInput,
  articleSnapshot,
  articleUpdateInput,
  type ArticleSnapshot,
} from './knowledgeArticle.rules';

type ArticleEventType = Extract<EventType, `crm.service.article.${string}`>;

function recordArticleChange(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: ArticleSnapshot | null,
  article: KnowledgeArticleEntity,
  type: ArticleEventType,
) {
  const after = articleSnapshot(article);
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'KnowledgeArticle',
    entityId: article.id,
    before,
    after,
    event: { type, data: { article: after, changedFields: changedFields(before, after) } },
  });
}

/** A new article, unpublished until `publishKnowledgeArticle`. */
export async function createKnowledgeArticle(context: RequestContext, rawInput: unknown) {
  const input = parseInput(articleInput, rawInput);
  return context.db.transaction(async (tx) => {
    const article = tx.manager.create(KnowledgeArticleEntity, {
      tenantId: tx.tenantId,
      title: input.title,
      body: input.body,
      tags: input.tags ?? [],
      published: false,
      publishedAt: null,
    });
    await tx.save(KnowledgeArticleEntity, article);
    await recordArticleChange(
      tx,
      context,
      'createKnowledgeArticle',
      null,
      article,
      'crm.service.article.created.v1',
    );
    return article;
  });
}

export async function updateKnowledgeArticle(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
) {
  const input = parseInput(articleUpdateInput, rawInput);
  return context.db.transaction(async (tx) => {
    const article = await tx.findForUpdate(KnowledgeArticleEntity, 'KnowledgeArticle', id, expectedVersion);
    const before = articleSnapshot(article);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(article, { [key]: value });
    }
    if (changedFields(before, articleSnapshot(article)).length === 0) return article;
    await tx.save(KnowledgeArticleEntity, article);
    await recordArticleChange(
      tx,
      context,
      'updateKnowledgeArticle',
      before,
      article,
      'crm.service.article.updated.v1',
    );
    return article;
  });
}

/** Publishes or withdraws an article; doing either twice is a CONFLICT. */
export async function setArticlePublished(
  context: RequestContext,
  id: string,
  published: boolean,
  expectedVersion: number | null | undefined,
) {
  return context.db.transaction(async (tx) => {
    const article = await tx.findForUpdate(KnowledgeArticleEntity, 'KnowledgeArticle', id, expectedVersion);
    if (article.published === published) {
      throw conflict(`Article ${id} is ${published ? 'published' : 'unpublished'} already`, { published });
    }
    const before = articleSnapshot(article);
    article.published = published;
    if (published) article.publishedAt = new Date();
    await tx.save(KnowledgeArticleEntity, article);
    await recordArticleChange(
      tx,
      context,
      published ? 'publishKnowledgeArticle' : 'unpublishKnowledgeArticle',
      before,
      article,
      published ? 'crm.service.article.published.v1' : 'crm.service.article.unpublished.v1',
    );
    return article;
  });
}

/** Links an article to a ticket, or removes the link; a link twice or a missing link is a CONFLICT. */
export async function setArticleLink(
  context: RequestContext,
  ticketId: string,
  articleId: string,
  linked: boolean,
): Promise<TicketEntity> {
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', ticketId);
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
    const snapshot = ticketSnapshot(ticket);
    await recordChange(tx, context.actor, {
      operation: linked ? 'linkArticleToTicket' : 'unlinkArticleFromTicket',
      entityType: 'Ticket',
      entityId: ticket.id,
      before: linked ? null : { articleId },
      after: linked ? { articleId } : null,
      event: {
        type: linked ? 'crm.service.ticket.article_linked.v1' : 'crm.service.ticket.article_unlinked.v1',
        data: { ticket: snapshot, articleId, changedFields: ['articles'] },
      },
    });
    return ticket;
  });
}
