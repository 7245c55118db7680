import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportIndexes1795718942382 implements MigrationInterface {
    name = 'ReportIndexes1795718942382'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IDX_6428398a75df0bc985e733fa6b" ON "customer_metrics" ("tenant_id", "currency", "order_count")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_678be3cb5fdce3dfc8ca44ce4c" ON "lead_fact" ("tenant_id", "campaign_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_678be3cb5fdce3dfc8ca44ce4c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6428398a75df0bc985e733fa6b"
        `);
    }

}
