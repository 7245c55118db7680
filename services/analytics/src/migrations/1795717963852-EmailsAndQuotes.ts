import { MigrationInterface, QueryRunner } from "typeorm";

export class EmailsAndQuotes1795717963852 implements MigrationInterface {
    name = 'EmailsAndQuotes1795717963852'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign_email_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "status" text NOT NULL,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_opened_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_clicked_at" TIMESTAMP(3) WITH TIME ZONE,
                "bounced_at" TIMESTAMP(3) WITH TIME ZONE,
                "unsubscribed_at" TIMESTAMP(3) WITH TIME ZONE,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_96146c5f4b53903c34b3895cf13" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b261122f4b7e468def3bad6ea0" ON "campaign_email_fact" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "quote_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "opportunity_id" uuid NOT NULL,
                "status" text NOT NULL,
                "currency" character(3) NOT NULL,
                "total" numeric(21, 6) NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "PK_499fd543e4c2e604702f402ff88" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0c7001c0355c734114cb4baa08" ON "quote_fact" ("tenant_id", "opportunity_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0c7001c0355c734114cb4baa08"
        `);
        await queryRunner.query(`
            DROP TABLE "quote_fact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b261122f4b7e468def3bad6ea0"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign_email_fact"
        `);
    }

}
