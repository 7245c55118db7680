import { MigrationInterface, QueryRunner } from "typeorm";

export class ChurnOrderIndex1795723084571 implements MigrationInterface {
    name = 'ChurnOrderIndex1795723084571'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IDX_3484f5fcad8e09d9c40843011b" ON "order_fact" ("tenant_id", "placed_at", "customer_id")
            WHERE "counted"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3484f5fcad8e09d9c40843011b"
        `);
    }

}
