import { MigrationInterface, QueryRunner } from "typeorm";

export class ServiceTables1795710512783 implements MigrationInterface {
    name = 'ServiceTables1795710512783'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "tenant_sequence" (
                "tenant_id" text NOT NULL,
                "name" text NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "PK_a89fe44bc0b31b6683cf5256aab" PRIMARY KEY ("tenant_id", "name")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ticket" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "number" integer NOT NULL,
                "customer_id" uuid NOT NULL,
                "contact_id" uuid,
                "requester_email" text,
                "type" text NOT NULL,
                "channel" text NOT NULL,
                "priority" text NOT NULL,
                "status" text NOT NULL,
                "subject" text NOT NULL,
                "description" text,
                "assignee_id" text,
                "tags" text array NOT NULL DEFAULT '{}',
                "severity" text,
                "root_cause" text,
                "resolution" text,
                "first_response_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolved_at" TIMESTAMP(3) WITH TIME ZONE,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_response_due_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolution_due_at" TIMESTAMP(3) WITH TIME ZONE,
                "sla_paused_at" TIMESTAMP(3) WITH TIME ZONE,
                "sla_paused_ms" bigint NOT NULL DEFAULT '0',
                "first_response_breached_at" TIMESTAMP(3) WITH TIME ZONE,
                "resolution_breached_at" TIMESTAMP(3) WITH TIME ZONE,
                "sla_breached" boolean NOT NULL DEFAULT false,
                "escalation_level" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_d9a0835407701eb86f874474b7c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_04d444736ba548d078c4d5e80f" ON "ticket" ("tenant_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_54154cb097d1aaa91aa35197d3" ON "ticket" ("tenant_id", "customer_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_80287289739216011aa0b07689" ON "ticket" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_57562af382c85fc53403c7c6c4" ON "ticket" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_18a9c4b4b32f47f79c82d5f481" ON "ticket" ("tenant_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "sla_policy" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "priority" text NOT NULL,
                "first_response_hours" integer NOT NULL,
                "resolution_hours" integer NOT NULL,
                CONSTRAINT "PK_19c1aa9dd53b9fc80648ae034b4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b2837a07ef3e2531115cda636f" ON "sla_policy" ("tenant_id", "priority")
        `);
        await queryRunner.query(`
            CREATE TABLE "ticket_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "ticket_id" uuid NOT NULL,
                "body" text NOT NULL,
                "visibility" text NOT NULL,
                "author_id" text NOT NULL,
                "author_kind" text NOT NULL,
                CONSTRAINT "PK_375385ad29b177463987f0a14a8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_329a6d50602a007fb54b98ea5e" ON "ticket_comment" ("tenant_id", "ticket_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket_comment"
            ADD CONSTRAINT "FK_8297608adb992a89a532f09405e" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ticket_comment" DROP CONSTRAINT "FK_8297608adb992a89a532f09405e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_329a6d50602a007fb54b98ea5e"
        `);
        await queryRunner.query(`
            DROP TABLE "ticket_comment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b2837a07ef3e2531115cda636f"
        `);
        await queryRunner.query(`
            DROP TABLE "sla_policy"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_18a9c4b4b32f47f79c82d5f481"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_57562af382c85fc53403c7c6c4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_80287289739216011aa0b07689"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_54154cb097d1aaa91aa35197d3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_04d444736ba548d078c4d5e80f"
        `);
        await queryRunner.query(`
            DROP TABLE "ticket"
        `);
        await queryRunner.query(`
            DROP TABLE "tenant_sequence"
        `);
    }

}
