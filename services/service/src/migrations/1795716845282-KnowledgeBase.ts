import { MigrationInterface, QueryRunner } from "typeorm";

export class KnowledgeBase1795716845282 implements MigrationInterface {
    name = 'KnowledgeBase1795716845282'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Edited after generation: TypeORM wrote the scratch database's name here; each service database
        // records its generated column under its own name (the drift check looks it up by that).
        const database = await queryRunner.getCurrentDatabase();
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"(
                    "database",
                    "schema",
                    "table",
                    "type",
                    "name",
                    "value"
                )
            VALUES ($1, $2, $3, $4, $5, $6)
        `, [database,"public","knowledge_article","GENERATED_COLUMN","search_vector","setweight(to_tsvector('english', \"title\"), 'A') || setweight(to_tsvector('english', \"body\"), 'B')"]);
        await queryRunner.query(`
            CREATE TABLE "knowledge_article" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" text NOT NULL,
                "body" text NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "published" boolean NOT NULL DEFAULT false,
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "search_vector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "body"), 'B')
                ) STORED NOT NULL,
                CONSTRAINT "PK_5e6c80ff5dc988b082b737db9df" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_97ea28b642532d6b92143b0e39" ON "knowledge_article" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "ticket_article_link" (
                "ticket_id" uuid NOT NULL,
                "article_id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "linked_by" text NOT NULL,
                "linked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6755fbd242085e224546464d15a" PRIMARY KEY ("ticket_id", "article_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2ad4e93d228371043fb6e00e5b" ON "ticket_article_link" ("tenant_id", "article_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const database = await queryRunner.getCurrentDatabase();
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2ad4e93d228371043fb6e00e5b"
        `);
        await queryRunner.query(`
            DROP TABLE "ticket_article_link"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_97ea28b642532d6b92143b0e39"
        `);
        await queryRunner.query(`
            DROP TABLE "knowledge_article"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = $3
                AND "schema" = $4
                AND "table" = $5
        `, ["GENERATED_COLUMN","search_vector",database,"public","knowledge_article"]);
    }

}
