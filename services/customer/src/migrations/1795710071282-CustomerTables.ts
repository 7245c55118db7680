import { MigrationInterface, QueryRunner } from "typeorm";

export class CustomerTables1795710071282 implements MigrationInterface {
    name = 'CustomerTables1795710071282'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" text NOT NULL,
                "name" text NOT NULL,
                "email" text,
                "phone" text,
                "industry" text,
                "segment" text,
                "lifecycle_stage" text NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "owner_id" text,
                "address_line1" text,
                "address_line2" text,
                "address_city" text,
                "address_region" text,
                "address_postal_code" text,
                "address_country" character(2),
                CONSTRAINT "PK_a7a13f4cacb744524e44dfdad32" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe291d6e555030788c46c1d641" ON "customer" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dc8ff39cc001fffc7787173fd4" ON "customer" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fd7cdf2e108fd9164a9552737b" ON "customer" ("tenant_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contact" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "first_name" text NOT NULL,
                "last_name" text NOT NULL,
                "email" text,
                "phone" text,
                "title" text,
                CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6e83a58d4c2296d9063d6dc934" ON "contact" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_95dd7958c00351b6c48ace1ecd" ON "contact" ("tenant_id", "last_name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contact_role" (
                "contact_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "role" text NOT NULL,
                CONSTRAINT "PK_22f749362aabb54aec64a0d2236" PRIMARY KEY ("contact_id", "customer_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e0f375aebab362c471c7913007" ON "contact_role" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "customer_id" uuid NOT NULL,
                "contact_id" uuid,
                "kind" text NOT NULL,
                "direction" text,
                "subject" text NOT NULL,
                "body" text,
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "owner_id" text,
                CONSTRAINT "PK_9204371ccb2c9dab5428b406413" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a548ceec3481f4df68894483a7" ON "interaction" ("tenant_id", "occurred_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9c76ed086f4814fb7db197df0e" ON "interaction" ("tenant_id", "customer_id", "occurred_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "timeline_entry" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "source" text NOT NULL,
                "event_type" text NOT NULL,
                "title" text NOT NULL,
                "summary" text,
                "subject_type" text NOT NULL,
                "subject_id" text NOT NULL,
                CONSTRAINT "PK_61a61c7f75f9c69d73d7a2fd666" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_819e12e7e8bdee22b737a4715a" ON "timeline_entry" ("tenant_id", "subject_type", "subject_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ac264b0c5e376d8cc243b65f5f" ON "timeline_entry" ("tenant_id", "customer_id", "occurred_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_role"
            ADD CONSTRAINT "FK_056916ec4fe8b4f474839b88313" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_role"
            ADD CONSTRAINT "FK_c2a48359fda15205fc82905c309" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ADD CONSTRAINT "FK_eef24a9f959ed87ca6f639c6d20" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ADD CONSTRAINT "FK_68355b8e94da2d183eb55ea1ef2" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "interaction" DROP CONSTRAINT "FK_68355b8e94da2d183eb55ea1ef2"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction" DROP CONSTRAINT "FK_eef24a9f959ed87ca6f639c6d20"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_role" DROP CONSTRAINT "FK_c2a48359fda15205fc82905c309"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_role" DROP CONSTRAINT "FK_056916ec4fe8b4f474839b88313"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ac264b0c5e376d8cc243b65f5f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_819e12e7e8bdee22b737a4715a"
        `);
        await queryRunner.query(`
            DROP TABLE "timeline_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9c76ed086f4814fb7db197df0e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a548ceec3481f4df68894483a7"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e0f375aebab362c471c7913007"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_95dd7958c00351b6c48ace1ecd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6e83a58d4c2296d9063d6dc934"
        `);
        await queryRunner.query(`
            DROP TABLE "contact"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fd7cdf2e108fd9164a9552737b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dc8ff39cc001fffc7787173fd4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe291d6e555030788c46c1d641"
        `);
        await queryRunner.query(`
            DROP TABLE "customer"
        `);
    }

}
