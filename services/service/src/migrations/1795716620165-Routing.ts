import { MigrationInterface, QueryRunner } from "typeorm";

export class Routing1795716620165 implements MigrationInterface {
    name = 'Routing1795716620165'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "customer_segment" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "segment" text,
                "version" integer NOT NULL,
                CONSTRAINT "PK_92052766d434e6158c7856cfee3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ticket_queue" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "position" integer NOT NULL,
                "match_types" text array NOT NULL DEFAULT '{}',
                "match_priorities" text array NOT NULL DEFAULT '{}',
                "match_segments" text array NOT NULL DEFAULT '{}',
                "agent_ids" text array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_6d283ada935e45c4b35fc1b53f7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_349e6049e14ea8ee77daeaf68e" ON "ticket_queue" ("tenant_id", "position")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_23107a81625d4c56c3f1cd4ec6" ON "ticket_queue" ("tenant_id", "name")
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "queue_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "sla_policy"
            ADD "bump_priority_on_breach" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0d303ef780b140e93fe47f48ec" ON "ticket" ("tenant_id", "queue_id", "status")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0d303ef780b140e93fe47f48ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "sla_policy" DROP COLUMN "bump_priority_on_breach"
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "queue_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_23107a81625d4c56c3f1cd4ec6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_349e6049e14ea8ee77daeaf68e"
        `);
        await queryRunner.query(`
            DROP TABLE "ticket_queue"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_segment"
        `);
    }

}
