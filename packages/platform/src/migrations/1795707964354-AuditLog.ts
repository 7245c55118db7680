import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditLog1795707964354 implements MigrationInterface {
    name = 'AuditLog1795707964354'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "actor_id" text NOT NULL,
                "request_id" text,
                "operation" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_298316f9af44f2dd7eadcb3248" ON "audit_log" ("tenant_id", "entity_type", "entity_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_298316f9af44f2dd7eadcb3248"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
