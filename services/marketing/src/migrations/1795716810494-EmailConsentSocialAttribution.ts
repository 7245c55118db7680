import { MigrationInterface, QueryRunner } from "typeorm";

export class EmailConsentSocialAttribution1795716810494 implements MigrationInterface {
    name = 'EmailConsentSocialAttribution1795716810494'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_one_target"
        `);
        await queryRunner.query(`
            CREATE TABLE "lead_attribution" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "campaign_id" uuid,
                "status" text NOT NULL,
                "first_name" text NOT NULL,
                "last_name" text NOT NULL,
                "email" text,
                "converted_customer_id" uuid,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_ac62db722f11a491817e2a1ec74" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_296fbf4623a13d055e7365d528" ON "lead_attribution" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "opportunity_attribution" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "campaign_id" uuid,
                "customer_id" uuid NOT NULL,
                "stage" text NOT NULL,
                "amount" numeric(21, 6),
                "currency" character(3) NOT NULL,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_8d0766ff321b164e9cd69719f0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9e867d188b491b3e2371ac7b18" ON "opportunity_attribution" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "consent" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" text NOT NULL,
                "status" text NOT NULL,
                "source" text,
                "proof" text,
                "changed_at" TIMESTAMP(3) WITH TIME ZONE,
                "confirmation_request_id" uuid,
                "confirmation_requested_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7b48cd175978a56b05b2b2c774" ON "consent" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "consent_email_once" ON "consent" ("tenant_id", "email")
        `);
        await queryRunner.query(`
            CREATE TABLE "email_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "send_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "customer_id" uuid,
                "contact_id" uuid,
                "lead_id" uuid,
                "template_id" uuid NOT NULL,
                "recipient" text NOT NULL,
                "variables" jsonb NOT NULL,
                "message_id" text NOT NULL,
                "status" text NOT NULL,
                "skip_reason" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "lease_owner" text,
                "lease_until" TIMESTAMP(3) WITH TIME ZONE,
                "sending_at" TIMESTAMP(3) WITH TIME ZONE,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_opened_at" TIMESTAMP(3) WITH TIME ZONE,
                "open_count" integer NOT NULL DEFAULT '0',
                "first_clicked_at" TIMESTAMP(3) WITH TIME ZONE,
                "click_count" integer NOT NULL DEFAULT '0',
                "bounced_at" TIMESTAMP(3) WITH TIME ZONE,
                "bounce_reason" text,
                "unsubscribed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "email_message_message_id_once" ON "email_message" ("message_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6bf922c5118665907d6aa78f1e" ON "email_message" ("tenant_id", "member_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9bf18f8c2434d6452d7bce8d73" ON "email_message" ("tenant_id", "campaign_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_07590a3b75742653b6a6e2d5b1" ON "email_message" ("tenant_id", "send_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_22d06a534727af0809a72ad52e" ON "email_message" ("status", "lease_until")
        `);
        await queryRunner.query(`
            CREATE TABLE "email_send" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "campaign_id" uuid NOT NULL,
                "template_id" uuid NOT NULL,
                "status" text NOT NULL,
                "recipient_count" integer NOT NULL,
                "skipped_count" integer NOT NULL,
                "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_e1b0ecc12e9dafe0087b904d8d8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0d079358caa951bc72b9eabb05" ON "email_send" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f5db680638f35bde1e173896ed" ON "email_send" ("tenant_id", "campaign_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "email_template" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "subject" text NOT NULL,
                "html_body" text NOT NULL,
                "text_body" text,
                CONSTRAINT "PK_c90815fd4ca9119f19462207710" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1807e85dd8c5f735bf2cd95a7f" ON "email_template" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7d4c7ed5f7609f304ec152be56" ON "email_template" ("tenant_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "social_post" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "campaign_id" uuid,
                "channel" text NOT NULL,
                "text" text NOT NULL,
                "media_url" text,
                "scheduled_at" TIMESTAMP(3) WITH TIME ZONE,
                "status" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE,
                "failure_reason" text,
                "external_id" text,
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "impressions" integer NOT NULL DEFAULT '0',
                "engagements" integer NOT NULL DEFAULT '0',
                "clicks" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_33f77d83d5d8e1db11c99c5c3f3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_76225f178b47cbfd900cf8c70f" ON "social_post" ("tenant_id", "campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_01076a953d01a85f5231446221" ON "social_post" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5af55a616d3d14fb803204910" ON "social_post" ("status", "next_attempt_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign_member"
            ADD "lead_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "campaign_member_lead_once" ON "campaign_member" ("tenant_id", "campaign_id", "lead_id")
            WHERE "lead_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign_member"
            ADD CONSTRAINT "campaign_member_customer_contact_or_lead" CHECK (
                    num_nonnulls("customer_id", "contact_id", "lead_id") = 1
                )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_customer_contact_or_lead"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."campaign_member_lead_once"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign_member" DROP COLUMN "lead_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b5af55a616d3d14fb803204910"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_01076a953d01a85f5231446221"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_76225f178b47cbfd900cf8c70f"
        `);
        await queryRunner.query(`
            DROP TABLE "social_post"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7d4c7ed5f7609f304ec152be56"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1807e85dd8c5f735bf2cd95a7f"
        `);
        await queryRunner.query(`
            DROP TABLE "email_template"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f5db680638f35bde1e173896ed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0d079358caa951bc72b9eabb05"
        `);
        await queryRunner.query(`
            DROP TABLE "email_send"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_22d06a534727af0809a72ad52e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_07590a3b75742653b6a6e2d5b1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9bf18f8c2434d6452d7bce8d73"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6bf922c5118665907d6aa78f1e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."email_message_message_id_once"
        `);
        await queryRunner.query(`
            DROP TABLE "email_message"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consent_email_once"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7b48cd175978a56b05b2b2c774"
        `);
        await queryRunner.query(`
            DROP TABLE "consent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9e867d188b491b3e2371ac7b18"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunity_attribution"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_296fbf4623a13d055e7365d528"
        `);
        await queryRunner.query(`
            DROP TABLE "lead_attribution"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign_member"
            ADD CONSTRAINT "campaign_member_one_target" CHECK (((customer_id IS NULL) <> (contact_id IS NULL)))
        `);
    }

}
