import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TypeORM cannot declare GIN indexes; the entity marks this one `synchronize: false` so that generating a
 * migration after it finds no drift. It serves `search_vector @@ tsquery` (searchArticles, suggestions).
 */
export class KnowledgeSearchIndex1795716845300 implements MigrationInterface {
  name = 'KnowledgeSearchIndex1795716845300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "knowledge_article_search" ON "knowledge_article" USING gin ("search_vector")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "knowledge_article_search"');
  }
}
