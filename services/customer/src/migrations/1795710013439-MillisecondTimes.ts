import { MigrationInterface, QueryRunner } from "typeorm";

export class MillisecondTimes1795710013439 implements MigrationInterface {
    name = 'MillisecondTimes1795710013439'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dc8ff39cc001fffc7787173fd4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe291d6e555030788c46c1d641"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "customer"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6e83a58d4c2296d9063d6dc934"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "contact"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a548ceec3481f4df68894483a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9c76ed086f4814fb7db197df0e"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "occurred_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ac264b0c5e376d8cc243b65f5f"
        `);
        await queryRunner.query(`
            ALTER TABLE "timeline_entry"
            ALTER COLUMN "occurred_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe291d6e555030788c46c1d641" ON "customer" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dc8ff39cc001fffc7787173fd4" ON "customer" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6e83a58d4c2296d9063d6dc934" ON "contact" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a548ceec3481f4df68894483a7" ON "interaction" ("tenant_id", "occurred_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9c76ed086f4814fb7db197df0e" ON "interaction" ("tenant_id", "customer_id", "occurred_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ac264b0c5e376d8cc243b65f5f" ON "timeline_entry" ("tenant_id", "customer_id", "occurred_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ac264b0c5e376d8cc243b65f5f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9c76ed086f4814fb7db197df0e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a548ceec3481f4df68894483a7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6e83a58d4c2296d9063d6dc934"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dc8ff39cc001fffc7787173fd4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe291d6e555030788c46c1d641"
        `);
        await queryRunner.query(`
            ALTER TABLE "timeline_entry"
            ALTER COLUMN "occurred_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ac264b0c5e376d8cc243b65f5f" ON "timeline_entry" USING btree ("id", "tenant_id", "customer_id", "occurred_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "occurred_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9c76ed086f4814fb7db197df0e" ON "interaction" USING btree ("id", "tenant_id", "customer_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a548ceec3481f4df68894483a7" ON "interaction" USING btree ("id", "tenant_id", "occurred_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "contact"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "contact"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6e83a58d4c2296d9063d6dc934" ON "contact" USING btree ("id", "tenant_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "customer"
            ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "customer"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe291d6e555030788c46c1d641" ON "customer" USING btree ("id", "tenant_id", "updated_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dc8ff39cc001fffc7787173fd4" ON "customer" USING btree ("id", "tenant_id", "created_at")
        `);
    }

}
