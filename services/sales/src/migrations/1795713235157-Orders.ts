import { MigrationInterface, QueryRunner } from "typeorm";

export class Orders1795713235157 implements MigrationInterface {
    name = 'Orders1795713235157'

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
            CREATE TABLE "sales_order" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "number" integer NOT NULL,
                "customer_id" uuid NOT NULL,
                "opportunity_id" uuid,
                "owner_id" text,
                "currency" character(3) NOT NULL,
                "status" text NOT NULL,
                "subtotal" numeric(21, 2) NOT NULL,
                "discount_total" numeric(21, 2) NOT NULL,
                "total" numeric(21, 2) NOT NULL,
                "requested_delivery_date" date,
                "actual_delivery_date" date,
                "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "shipped_at" TIMESTAMP(3) WITH TIME ZONE,
                "delivered_at" TIMESTAMP(3) WITH TIME ZONE,
                "cancelled_at" TIMESTAMP(3) WITH TIME ZONE,
                "cancellation_reason" text,
                CONSTRAINT "PK_1631a193003bfc4297c61ba38ba" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5d920ff8388e624f616fbdc0c3" ON "sales_order" ("tenant_id", "opportunity_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_32cbcc3cf17faaae0fc5d68412" ON "sales_order" ("tenant_id", "owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b31e6d0b307b2a4a8c743d3a7d" ON "sales_order" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bdd2ef428f8815a04cf90956a5" ON "sales_order" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4480b096dd51ea99ca2763721b" ON "sales_order" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f9b2823865b09b7768d99b8d66" ON "sales_order" ("tenant_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "order_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "order_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "product_id" uuid NOT NULL,
                "sku" text NOT NULL,
                "product_name" text NOT NULL,
                "quantity" integer NOT NULL,
                "unit_price" numeric(21, 6) NOT NULL,
                "list_price" numeric(21, 6),
                "price_overridden" boolean NOT NULL,
                "discount_percent" numeric(5, 2) NOT NULL,
                "line_total" numeric(21, 2) NOT NULL,
                CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0a5cd87b17cecde47d9d8e871c" ON "order_line" ("tenant_id", "product_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e2cf56a66ba8f6809f4f3763aa" ON "order_line" ("tenant_id", "order_id", "position")
        `);
        await queryRunner.query(`
            ALTER TABLE "order_line"
            ADD CONSTRAINT "FK_ed8fae6d7239e9d730219215af7" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "order_line" DROP CONSTRAINT "FK_ed8fae6d7239e9d730219215af7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e2cf56a66ba8f6809f4f3763aa"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0a5cd87b17cecde47d9d8e871c"
        `);
        await queryRunner.query(`
            DROP TABLE "order_line"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f9b2823865b09b7768d99b8d66"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4480b096dd51ea99ca2763721b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bdd2ef428f8815a04cf90956a5"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b31e6d0b307b2a4a8c743d3a7d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_32cbcc3cf17faaae0fc5d68412"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5d920ff8388e624f616fbdc0c3"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_order"
        `);
        await queryRunner.query(`
            DROP TABLE "tenant_sequence"
        `);
    }

}
