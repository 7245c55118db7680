import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantRecord } from '@crm/platform';

/** The text search configuration of articles and of the ticket text matched against them. */
export const searchLanguage = 'english';

/**
 * A knowledge-base article. Its `search_vector` (title weighted above body) is a stored generated column;
 * its GIN index is hand-written (TypeORM cannot declare one), hence `synchronize: false`.
 */
@Entity('knowledge_article')
@Index(['tenantId', 'updatedAt', 'id'])
@Index('knowledge_article_search', { synchronize: false })
export class KnowledgeArticleEntity extends TenantRecord {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('${searchLanguage}', "title"), 'A') || setweight(to_tsvector('${searchLanguage}', "body"), 'B')`,
  })
  searchVector?: string;
}

/** An article linked to a ticket (e.g. sent as the answer). */
@Entity('ticket_article_link')
@Index(['tenantId', 'articleId'])
export class TicketArticleLinkEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'linked_by', type: 'text' })
  linkedBy!: string;

  @Column({ name: 'linked_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  linkedAt!: Date;
}
