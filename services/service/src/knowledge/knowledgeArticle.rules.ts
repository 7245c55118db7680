import {
  imageOf,
  type Decision,
  type EventDataInput,
  articleSnapshot as articleSnapshotSchema,
} from '@crm/events';
import { conflict, requiredText, tags } from '@crm/platform';
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
  return imageOf(articleSnapshotSchema, article);
}

/** Publishes or withdraws an article; doing either twice is a CONFLICT. */
export function publication(
  article: Pick<KnowledgeArticleEntity, 'id' | 'published'>,
  published: boolean,
  now: Date,
): Decision<KnowledgeArticleEntity, undefined, `crm.service.article.${'published' | 'unpublished'}.v1`> {
  if (article.published === published) {
    throw conflict(`Article ${article.id} is ${published ? 'published' : 'unpublished'} already`, {
      published,
    });
  }
  return published
    ? { set: { published, publishedAt: now }, event: 'crm.service.article.published.v1' }
    : { set: { published }, event: 'crm.service.article.unpublished.v1' };
}
