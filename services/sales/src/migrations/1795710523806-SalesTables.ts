import { MigrationInterface, QueryRunner } from "typeorm";

export class SalesTables1795710523806 implements MigrationInterface {
    name = 'SalesTables1795710523806'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "lead" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "first_name" text NOT NULL,
                "last_name" text NOT NULL,
                "company" text,
                "title" text,
                "email" text,
                "phone" text,
                "source" text NOT NULL,
                "campaign_id" uuid,
                "status" text NOT NULL,
                "score" smallint NOT NULL,
                "owner_id" text,
                "customer_id" uuid,
                "contact_id" uuid,
                "converted_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_046b38dd0fc99961ce754d9541" ON "lead" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_26ddb516b4289e059ee66a83a7" ON "lead" ("tenant_id", "owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_280a53363a4cabdde700c7c52f" ON "lead" ("tenant_id", "score", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c6e3974e95fa8d8221e614cf34" ON "lead" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8f94feeec38ede924147c4696f" ON "lead" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b586f244987cd2993f1469706c" ON "lead" ("tenant_id", "last_name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "product" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "sku" text NOT NULL,
                "name" text NOT NULL,
                "family" text,
                "description" text,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2d505f5d4adc975be0b0ee7179" ON "product" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_138d44ecb0f1df4d8851e8669f" ON "product" ("tenant_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_42ad340fd382b8e2751ea05a26" ON "product" ("tenant_id", "sku")
        `);
        await queryRunner.query(`
            CREATE TABLE "price_book" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "currency" character(3) NOT NULL,
                "is_standard" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "description" text,
                CONSTRAINT "PK_fb473c983fb114a3a245774b3bb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "price_book_standard_per_currency" ON "price_book" ("tenant_id", "currency")
            WHERE "is_standard"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96e12d493fe1f0ed68ad370a83" ON "price_book" ("tenant_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "price_book_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "price_book_id" uuid NOT NULL,
                "product_id" uuid NOT NULL,
                "unit_price" numeric(21, 6) NOT NULL,
                CONSTRAINT "PK_8c7a220c9910beb4584d852a56b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2a3e6ec63fd3da263b5a0e8a27" ON "price_book_entry" ("tenant_id", "product_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_34e902ff7b82d4d959c52b8f28" ON "price_book_entry" ("tenant_id", "price_book_id", "product_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "price_book_entry"
            ADD CONSTRAINT "FK_f0e5eeaf451717ce3a0e8a2c4b3" FOREIGN KEY ("price_book_id") REFERENCES "price_book"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "price_book_entry"
            ADD CONSTRAINT "FK_57d07d41efdfa859189fae052f6" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "price_book_entry" DROP CONSTRAINT "FK_57d07d41efdfa859189fae052f6"
        `);
        await queryRunner.query(`
            ALTER TABLE "price_book_entry" DROP CONSTRAINT "FK_f0e5eeaf451717ce3a0e8a2c4b3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_34e902ff7b82d4d959c52b8f28"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2a3e6ec63fd3da263b5a0e8a27"
        `);
        await queryRunner.query(`
            DROP TABLE "price_book_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_96e12d493fe1f0ed68ad370a83"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."price_book_standard_per_currency"
        `);
        await queryRunner.query(`
            DROP TABLE "price_book"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_42ad340fd382b8e2751ea05a26"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_138d44ecb0f1df4d8851e8669f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2d505f5d4adc975be0b0ee7179"
        `);
        await queryRunner.query(`
            DROP TABLE "product"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b586f244987cd2993f1469706c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8f94feeec38ede924147c4696f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c6e3974e95fa8d8221e614cf34"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_280a53363a4cabdde700c7c52f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_26ddb516b4289e059ee66a83a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_046b38dd0fc99961ce754d9541"
        `);
        await queryRunner.query(`
            DROP TABLE "lead"
        `);
    }

}
