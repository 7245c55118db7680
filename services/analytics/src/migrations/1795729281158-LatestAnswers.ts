import { MigrationInterface, QueryRunner } from "typeorm";

export class LatestAnswers1795729281158 implements MigrationInterface {
    name = 'LatestAnswers1795729281158'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customer_latest_answer" (
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "survey_id" uuid NOT NULL,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "csat" smallint,
                "nps" smallint,
                CONSTRAINT "PK_ccbd27fa906bef3f7a827a46c03" PRIMARY KEY ("tenant_id", "customer_id")
            )
        `);
        // The answers already stored, as the survey consumer would have kept them.
        await queryRunner.query(`
            INSERT INTO "customer_latest_answer" ("tenant_id", "customer_id", "survey_id", "answered_at", "csat", "nps")
            SELECT DISTINCT ON (tenant_id, customer_id) tenant_id, customer_id, id, answered_at, csat, nps
            FROM survey_fact WHERE answered_at IS NOT NULL
            ORDER BY tenant_id, customer_id, answered_at DESC, id DESC
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "customer_latest_answer"
        `);
    }

}
