import { MigrationInterface, QueryRunner } from "typeorm";

export class MarketingTables1795713308705 implements MigrationInterface {
    name = 'MarketingTables1795713308705'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "type" text NOT NULL,
                "status" text NOT NULL,
                "start_date" date,
                "end_date" date,
                "location" text,
                "currency" character(3) NOT NULL,
                "budget" numeric(21, 6),
                "actual_cost" numeric(21, 6),
                "expected_revenue" numeric(21, 6),
                "expected_response_rate" numeric(5, 2),
                "owner_id" text,
                "description" text,
                "launched_at" TIMESTAMP(3) WITH TIME ZONE,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                "aborted_at" TIMESTAMP(3) WITH TIME ZONE,
                "abort_reason" text,
                CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_03d3d70c50b0e7b32be05fae4f" ON "campaign" ("tenant_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f60bcfdce0b82caaf9fdb16450" ON "campaign" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c6bd954a60a19058bdf154ebb7" ON "campaign" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d706b56ad0a97918258570df97" ON "campaign" ("tenant_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_profile" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "kind" text NOT NULL,
                "name" text NOT NULL,
                "email" text,
                "industry" text,
                "segment" text,
                "lifecycle_stage" text NOT NULL,
                "country" character(2),
                "region" text,
                "tags" text array NOT NULL DEFAULT '{}',
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_d3e8a37b75a6e92258188f59403" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1109c708c0014e148237f1a67d" ON "customer_profile" ("tenant_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "contact_profile" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "first_name" text NOT NULL,
                "last_name" text NOT NULL,
                "email" text,
                "organization_ids" uuid array NOT NULL DEFAULT '{}',
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_c157f8acda11db69183f97bc773" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "campaign_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "campaign_id" uuid NOT NULL,
                "customer_id" uuid,
                "contact_id" uuid,
                "segment_id" uuid,
                "status" text NOT NULL,
                "first_responded_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "campaign_member_one_target" CHECK (
                    ("customer_id" IS NULL) <> ("contact_id" IS NULL)
                ),
                CONSTRAINT "PK_834a746344b26d011d8f2239339" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_251ba209930c01100f7bdca070" ON "campaign_member" ("tenant_id", "customer_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d24c5fd93fe43f7963c72c87cb" ON "campaign_member" ("tenant_id", "campaign_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "campaign_member_contact_once" ON "campaign_member" ("tenant_id", "campaign_id", "contact_id")
            WHERE "contact_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "campaign_member_customer_once" ON "campaign_member" ("tenant_id", "campaign_id", "customer_id")
            WHERE "customer_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "segment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "description" text,
                "kind" text NOT NULL,
                "rules" jsonb,
                "customer_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_d648ac58d8e0532689dfb8ad7ef" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c8524f772bd0992b763ff699ca" ON "segment" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_650e714f793774b4cc35f5218f" ON "segment" ("tenant_id", "name", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_650e714f793774b4cc35f5218f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c8524f772bd0992b763ff699ca"
        `);
        await queryRunner.query(`
            DROP TABLE "segment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."campaign_member_customer_once"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."campaign_member_contact_once"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d24c5fd93fe43f7963c72c87cb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_251ba209930c01100f7bdca070"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign_member"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_profile"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1109c708c0014e148237f1a67d"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_profile"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d706b56ad0a97918258570df97"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c6bd954a60a19058bdf154ebb7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f60bcfdce0b82caaf9fdb16450"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_03d3d70c50b0e7b32be05fae4f"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
    }

}
