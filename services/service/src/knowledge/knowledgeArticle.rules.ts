import type { EventDataInput } from '@crm/events';
import { requiredText, tags } from '@crm/platform';
import { z } from 'zod';
import type { KnowledgeArticleEntity } from './knowledgeArticle.entity';

export const articleInput = z.object({
  title: requiredText(300),
  body: requiredText(100_000),
  tags: tags.nullish(),
});

export const articleUpdateInput = z.object({
  title: requiredText(300).optional(),
  body: requiredText(100_000).optional(),
  tags: tags.optional(),
});

export const searchQueryInput = z.string().trim().min(1, 'Required').max(500, 'At most 500 characters');

export type ArticleSnapshot = EventDataInput<'crm.service.article.created.v1'>['article'];

export function articleSnapshot(article: KnowledgeArticleEntity): ArticleSnapshot {
  return {
    id: article.id,
    tenantId: article.tenantId,
    title: article.title,
    body: article.body,
    tags: article.tags,
    published: article.published,
    publishedAt: article.publishedAt ? article.publishedAt.toISOString() : null,
    version: article.version,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}
