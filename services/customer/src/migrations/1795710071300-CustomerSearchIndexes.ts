import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for case-insensitive "contains" search on name, email and phone. Written by hand:
 * TypeORM cannot declare GIN/trigram indexes; the entities mark them `synchronize: false` so that
 * generated migrations leave them alone.
 */
export class CustomerSearchIndexes1795710071300 implements MigrationInterface {
  name = 'CustomerSearchIndexes1795710071300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX "customer_search_name_trgm" ON "customer" USING gin ("name" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "customer_search_email_trgm" ON "customer" USING gin ("email" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "customer_search_phone_trgm" ON "customer" USING gin ("phone" gin_trgm_ops)');
    await queryRunner.query(
      `CREATE INDEX "contact_search_trgm" ON "contact" USING gin ((first_name || ' ' || last_name) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "contact_search_trgm"');
    await queryRunner.query('DROP INDEX "customer_search_phone_trgm"');
    await queryRunner.query('DROP INDEX "customer_search_email_trgm"');
    await queryRunner.query('DROP INDEX "customer_search_name_trgm"');
  }
}
