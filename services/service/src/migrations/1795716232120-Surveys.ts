import { MigrationInterface, QueryRunner } from "typeorm";

export class Surveys1795716232120 implements MigrationInterface {
    name = 'Surveys1795716232120'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "survey" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "ticket_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "ticket_type" text NOT NULL,
                "assignee_id" text,
                "question" text NOT NULL,
                "token_hash" text NOT NULL,
                "status" text NOT NULL,
                "csat" integer,
                "nps" integer,
                "comment" text,
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_19ef2851349b38b9dddd0df8ff" ON "survey" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e69f8c88234e0024cecbd37c82" ON "survey" ("tenant_id", "ticket_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e69f8c88234e0024cecbd37c82"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_19ef2851349b38b9dddd0df8ff"
        `);
        await queryRunner.query(`
            DROP TABLE "survey"
        `);
    }

}
