import { MigrationInterface, QueryRunner } from "typeorm";

export class AfterSales1795716425634 implements MigrationInterface {
    name = 'AfterSales1795716425634'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rma" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "number" integer NOT NULL,
                "ticket_id" uuid NOT NULL,
                "customer_id" uuid NOT NULL,
                "order_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL,
                "lines" jsonb NOT NULL,
                "currency" text,
                "returned_value" numeric(21, 2),
                "refund_amount" numeric(21, 2),
                "rejection_reason" text,
                "approved_at" TIMESTAMP(3) WITH TIME ZONE,
                "received_at" TIMESTAMP(3) WITH TIME ZONE,
                "refunded_at" TIMESTAMP(3) WITH TIME ZONE,
                "rejected_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_3a75a06deea9b90e1989bc3954d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_80d120889c7b2b7fee101698ca" ON "rma" ("tenant_id", "order_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9134701fdafe32e45d2a4ee0a2" ON "rma" ("tenant_id", "ticket_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_867f3fa3a68ca8ab08cbc868f9" ON "rma" ("tenant_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "warranty_policy" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "months" integer NOT NULL,
                CONSTRAINT "PK_604474b4f752306a9b93a44001b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_4ad13f758228bd06b69f8b063e" ON "warranty_policy" ("tenant_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection"
            ADD "currency" text
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line"
            ADD "sku" text
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line"
            ADD "product_name" text
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line"
            ADD "line_total" numeric(21, 2)
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "warranty_status" text
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "warranty_ends_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "warranty_months" integer
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "warranty_months"
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "warranty_ends_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "warranty_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line" DROP COLUMN "line_total"
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line" DROP COLUMN "product_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection_line" DROP COLUMN "sku"
        `);
        await queryRunner.query(`
            ALTER TABLE "order_projection" DROP COLUMN "currency"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4ad13f758228bd06b69f8b063e"
        `);
        await queryRunner.query(`
            DROP TABLE "warranty_policy"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_867f3fa3a68ca8ab08cbc868f9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9134701fdafe32e45d2a4ee0a2"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_80d120889c7b2b7fee101698ca"
        `);
        await queryRunner.query(`
            DROP TABLE "rma"
        `);
    }

}
