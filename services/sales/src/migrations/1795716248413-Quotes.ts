import { MigrationInterface, QueryRunner } from "typeorm";

export class Quotes1795716248413 implements MigrationInterface {
    name = 'Quotes1795716248413'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "quote" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "number" integer NOT NULL,
                "opportunity_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "owner_id" text,
                "price_book_id" uuid NOT NULL,
                "currency" character(3) NOT NULL,
                "status" text NOT NULL,
                "valid_until" date NOT NULL,
                "subtotal" numeric(21, 2) NOT NULL,
                "discount_total" numeric(21, 2) NOT NULL,
                "total" numeric(21, 2) NOT NULL,
                "notes" text,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "accepted_at" TIMESTAMP(3) WITH TIME ZONE,
                "rejected_at" TIMESTAMP(3) WITH TIME ZONE,
                "rejection_reason" text,
                "expired_at" TIMESTAMP(3) WITH TIME ZONE,
                "order_id" uuid,
                CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_95e792e827378369e4cbdc8a0f" ON "quote" ("status", "valid_until")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_26720e8035e04b8490ff5289b1" ON "quote" ("tenant_id", "owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_127e9e6d66217c3b8cbe9aa2b4" ON "quote" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7d6805e2aae655b9a427a5d8bd" ON "quote" ("tenant_id", "opportunity_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d4fbfa7fb432bb5f81585631f3" ON "quote" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_02683e9fbb1bb3220b3b8ea624" ON "quote" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3aea8dc8bb573e1bbbed3e5407" ON "quote" ("tenant_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "quote_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "quote_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "product_id" uuid NOT NULL,
                "sku" text NOT NULL,
                "product_name" text NOT NULL,
                "quantity" integer NOT NULL,
                "unit_price" numeric(21, 6) NOT NULL,
                "discount_percent" numeric(5, 2) NOT NULL,
                "line_total" numeric(21, 2) NOT NULL,
                CONSTRAINT "PK_a26b43aca98839fad6b4c70ec8b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_7a456cb363b9c869427861d5a1" ON "quote_line" ("tenant_id", "quote_id", "position")
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "quote_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "quote_line"
            ADD CONSTRAINT "FK_d6a4bcb3ac28d8581efbca837e1" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "quote_line" DROP CONSTRAINT "FK_d6a4bcb3ac28d8581efbca837e1"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "quote_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7a456cb363b9c869427861d5a1"
        `);
        await queryRunner.query(`
            DROP TABLE "quote_line"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3aea8dc8bb573e1bbbed3e5407"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_02683e9fbb1bb3220b3b8ea624"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d4fbfa7fb432bb5f81585631f3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7d6805e2aae655b9a427a5d8bd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_127e9e6d66217c3b8cbe9aa2b4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_26720e8035e04b8490ff5289b1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_95e792e827378369e4cbdc8a0f"
        `);
        await queryRunner.query(`
            DROP TABLE "quote"
        `);
    }

}
