import { MigrationInterface, QueryRunner } from "typeorm";

export class AnalyticsReadModels1795716592920 implements MigrationInterface {
    name = 'AnalyticsReadModels1795716592920'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "name" text NOT NULL,
                "type" text NOT NULL,
                "status" text NOT NULL,
                "currency" character(3) NOT NULL,
                "budget" numeric(21, 6),
                "actual_cost" numeric(21, 6),
                "start_date" date,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_a10f6f593e26642a989676af9e0" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "campaign_member_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "customer_id" uuid,
                "status" text NOT NULL,
                "first_responded_at" TIMESTAMP(3) WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "PK_7ac833fe8f3664429e1b2eca8da" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ecca57ee06e468d31a26c03f81" ON "campaign_member_fact" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "kind" text NOT NULL,
                "industry" text,
                "segment" text,
                "country" character(2),
                "lifecycle_stage" text NOT NULL,
                "owner_id" text,
                "churned_at" TIMESTAMP(3) WITH TIME ZONE,
                "deleted_at" TIMESTAMP(3) WITH TIME ZONE,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e31ef9b72c0a6c5b4cde179975f" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "contact_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "organization_ids" uuid array NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "PK_ceff88079be17dece79c54436b2" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_metrics" (
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "currency" character(3) NOT NULL,
                "revenue" numeric(21, 6) NOT NULL,
                "order_count" integer NOT NULL,
                "first_order_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "last_order_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_c4af577ca6a8f05e8e986bc400f" PRIMARY KEY ("tenant_id", "customer_id", "currency")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e37e0dfe07f775ed192c42d7e" ON "customer_metrics" ("tenant_id", "currency", "last_order_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_26220001cfd7af6c62b8bad81c" ON "customer_metrics" ("tenant_id", "currency", "revenue")
        `);
        await queryRunner.query(`
            CREATE TABLE "order_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "owner_id" text,
                "currency" character(3) NOT NULL,
                "status" text NOT NULL,
                "counted" boolean NOT NULL,
                "total" numeric(21, 6) NOT NULL,
                "placed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "lines" jsonb NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "PK_026dd46126f5d35c52d5f70b606" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ffebfe85ffe7b25cd8eec8c832" ON "order_fact" ("tenant_id", "placed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0b65efe7de25698be46a4fc06c" ON "order_fact" ("tenant_id", "customer_id", "placed_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "daily_revenue" (
                "tenant_id" text NOT NULL,
                "currency" character(3) NOT NULL,
                "day" date NOT NULL,
                "revenue" numeric(21, 6) NOT NULL,
                "order_count" integer NOT NULL,
                CONSTRAINT "PK_1bfb411989a81759c9ad3cf7048" PRIMARY KEY ("tenant_id", "currency", "day")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "monthly_dimension_revenue" (
                "tenant_id" text NOT NULL,
                "currency" character(3) NOT NULL,
                "dimension" text NOT NULL,
                "value" text NOT NULL,
                "month" date NOT NULL,
                "label" text NOT NULL,
                "revenue" numeric(21, 6) NOT NULL,
                "order_count" integer NOT NULL,
                CONSTRAINT "PK_d94f945e84d6e3e7e4f93a72bed" PRIMARY KEY (
                    "tenant_id",
                    "currency",
                    "dimension",
                    "value",
                    "month"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_month_revenue" (
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "currency" character(3) NOT NULL,
                "month" date NOT NULL,
                "revenue" numeric(21, 6) NOT NULL,
                "order_count" integer NOT NULL,
                CONSTRAINT "PK_0a931a5b22e77a37f37c796f2e3" PRIMARY KEY ("tenant_id", "customer_id", "currency", "month")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "lead_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "source" text NOT NULL,
                "campaign_id" uuid,
                "status" text NOT NULL,
                "converted_customer_id" uuid,
                "converted_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "PK_44843587465ccc024d943cf6c92" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_aed0c9d081aaae2a34eb5ef7b0" ON "lead_fact" ("tenant_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "opportunity_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "amount" numeric(21, 6),
                "currency" character(3) NOT NULL,
                "stage" text NOT NULL,
                "probability" integer NOT NULL,
                "expected_close_date" date,
                "owner_id" text,
                "campaign_id" uuid,
                "competitors" text array NOT NULL,
                "loss_reason" text,
                "stage_history" jsonb NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "PK_1571633d85774c0271c95ec57fc" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3b8febbd947aa06315652f2f24" ON "opportunity_fact" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8e15acb22ddfadd1deebbba896" ON "opportunity_fact" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "read_model_generation" (
                "id" integer NOT NULL,
                "generation" integer NOT NULL,
                "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_a540a173072d575a06bdacbfafe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "topic_status" (
                "tenant_id" text NOT NULL,
                "topic" text NOT NULL,
                "last_event_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "events" bigint NOT NULL,
                CONSTRAINT "PK_f75f4e9a2af3c5f8fe76cdf4210" PRIMARY KEY ("tenant_id", "topic")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "survey_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "ticket_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "ticket_type" text NOT NULL,
                "assignee_id" text,
                "csat" smallint,
                "nps" smallint,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_1779f4b4994707a8dd3fcdfcc70" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_783b58ee0302a4576011a6e54f" ON "survey_fact" ("tenant_id", "customer_id", "answered_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5bf748601fb43771be4b0e0d65" ON "survey_fact" ("tenant_id", "answered_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "ticket_fact" (
                "tenant_id" text NOT NULL,
                "id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "type" text NOT NULL,
                "priority" text NOT NULL,
                "status" text NOT NULL,
                "assignee_id" text,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "first_response_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolved_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_response_due_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolution_due_at" TIMESTAMP(3) WITH TIME ZONE,
                "sla_breached" boolean NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "PK_7ba0fed587134083aa669910335" PRIMARY KEY ("tenant_id", "id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_eb8bca907869f2379cf79f4f78" ON "ticket_fact" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_51e39d413e7794568aab4b2165" ON "ticket_fact" ("tenant_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "analytics_settings" (
                "tenant_id" text NOT NULL,
                "inactivity_days" integer NOT NULL,
                "margin" numeric(7, 4) NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_83a200f788033415835bdaf9c4a" PRIMARY KEY ("tenant_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "market_size" (
                "tenant_id" text NOT NULL,
                "segment" text NOT NULL,
                "currency" character(3) NOT NULL,
                "amount" numeric(21, 6) NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_ce2ad9539adab97598ab6bd8958" PRIMARY KEY ("tenant_id", "segment", "currency")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "market_size"
        `);
        await queryRunner.query(`
            DROP TABLE "analytics_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_51e39d413e7794568aab4b2165"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eb8bca907869f2379cf79f4f78"
        `);
        await queryRunner.query(`
            DROP TABLE "ticket_fact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5bf748601fb43771be4b0e0d65"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_783b58ee0302a4576011a6e54f"
        `);
        await queryRunner.query(`
            DROP TABLE "survey_fact"
        `);
        await queryRunner.query(`
            DROP TABLE "topic_status"
        `);
        await queryRunner.query(`
            DROP TABLE "read_model_generation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8e15acb22ddfadd1deebbba896"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3b8febbd947aa06315652f2f24"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunity_fact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_aed0c9d081aaae2a34eb5ef7b0"
        `);
        await queryRunner.query(`
            DROP TABLE "lead_fact"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_month_revenue"
        `);
        await queryRunner.query(`
            DROP TABLE "monthly_dimension_revenue"
        `);
        await queryRunner.query(`
            DROP TABLE "daily_revenue"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0b65efe7de25698be46a4fc06c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ffebfe85ffe7b25cd8eec8c832"
        `);
        await queryRunner.query(`
            DROP TABLE "order_fact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_26220001cfd7af6c62b8bad81c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2e37e0dfe07f775ed192c42d7e"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_metrics"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_fact"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_fact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ecca57ee06e468d31a26c03f81"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign_member_fact"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign_fact"
        `);
    }

}
