import type { MigrationInterface, QueryRunner } from "typeorm";

export class EventKitTables1795708080072 implements MigrationInterface {
    name = 'EventKitTables1795708080072'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "inbox" ("consumer_group" character varying(200) NOT NULL, "event_id" character varying(200) NOT NULL, "event_type" character varying(200) NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ab86c3c4d56e08e41ac04d481e" PRIMARY KEY ("consumer_group", "event_id"))`);
        await queryRunner.query(`CREATE TABLE "outbox" ("id" uuid NOT NULL, "aggregatetype" character varying(100) NOT NULL, "aggregateid" character varying(100) NOT NULL, "type" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "tenant_id" character varying(100) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sequence" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_unpublished_sequence" ON "outbox"  ("sequence") WHERE "published_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_unpublished_sequence"`);
        await queryRunner.query(`DROP TABLE "outbox"`);
        await queryRunner.query(`DROP TABLE "inbox"`);
    }

}
