import { MigrationInterface, QueryRunner } from "typeorm";

export class DealLinesContactRolesFollowUps1795716536104 implements MigrationInterface {
    name = 'DealLinesContactRolesFollowUps1795716536104'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "lead_activity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "lead_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "subject" text NOT NULL,
                "notes" text,
                "due_date" date NOT NULL,
                "owner_id" text,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                "completed_by" text,
                "outcome" text,
                CONSTRAINT "PK_571631f4dcb8bc4e2d1af04be52" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_79ace3abd780481518fcc6758b" ON "lead_activity" (
                "tenant_id",
                "owner_id",
                "completed_at",
                "due_date"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8f264ee2bdfe0ad4241840cb0d" ON "lead_activity" ("tenant_id", "lead_id", "due_date")
        `);
        await queryRunner.query(`
            CREATE TABLE "opportunity_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "opportunity_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "product_id" uuid NOT NULL,
                "sku" text NOT NULL,
                "product_name" text NOT NULL,
                "quantity" integer NOT NULL,
                "unit_price" numeric(21, 6) NOT NULL,
                "list_price" numeric(21, 6),
                "price_overridden" boolean NOT NULL,
                "discount_percent" numeric(5, 2) NOT NULL,
                "line_total" numeric(21, 2) NOT NULL,
                CONSTRAINT "PK_d34344bed3724d0515a900c5e25" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3163392adf65739fb2aa29abb1" ON "opportunity_line" ("tenant_id", "opportunity_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "sales_settings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "stage_probabilities" jsonb NOT NULL,
                CONSTRAINT "PK_e6867c5637fa92037149f8044f5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_144b6fc576f9617a9500faf060" ON "sales_settings" ("tenant_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD "opportunity_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD "contact_roles" jsonb NOT NULL DEFAULT '[]'
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD "lead_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD "price_book_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_activity"
            ADD CONSTRAINT "FK_aaa8d3ab0d79dae4efec72387c9" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity_line"
            ADD CONSTRAINT "FK_167c4ff12d75c04faa5f0dab9cf" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "opportunity_line" DROP CONSTRAINT "FK_167c4ff12d75c04faa5f0dab9cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_activity" DROP CONSTRAINT "FK_aaa8d3ab0d79dae4efec72387c9"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP COLUMN "price_book_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP COLUMN "lead_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP COLUMN "contact_roles"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP COLUMN "opportunity_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_144b6fc576f9617a9500faf060"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3163392adf65739fb2aa29abb1"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunity_line"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8f264ee2bdfe0ad4241840cb0d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_79ace3abd780481518fcc6758b"
        `);
        await queryRunner.query(`
            DROP TABLE "lead_activity"
        `);
    }

}
