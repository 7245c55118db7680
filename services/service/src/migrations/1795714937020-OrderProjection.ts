import { MigrationInterface, QueryRunner } from "typeorm";

export class OrderProjection1795714937020 implements MigrationInterface {
    name = 'OrderProjection1795714937020'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "order_projection" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "number" text NOT NULL,
                "status" text NOT NULL,
                "delivered_at" TIMESTAMP(3) WITH TIME ZONE,
                "actual_delivery_date" date,
                "version" integer NOT NULL,
                CONSTRAINT "PK_61de7c3350b32cb2ba8f45b9f6f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_683b5035f2efae16145f21d539" ON "order_projection" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "order_projection_line" (
                "id" uuid NOT NULL,
                "tenant_id" text NOT NULL,
                "order_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "product_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                CONSTRAINT "PK_9e00bb5798290cb9e20e5456aa5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_21ffbd9b7311a01d9bd62bb39b" ON "order_projection_line" ("order_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "order_id" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c078eec34335a2cf7c40f9c3b9" ON "ticket" ("tenant_id", "order_id", "created_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c078eec34335a2cf7c40f9c3b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "order_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_21ffbd9b7311a01d9bd62bb39b"
        `);
        await queryRunner.query(`
            DROP TABLE "order_projection_line"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_683b5035f2efae16145f21d539"
        `);
        await queryRunner.query(`
            DROP TABLE "order_projection"
        `);
    }

}
