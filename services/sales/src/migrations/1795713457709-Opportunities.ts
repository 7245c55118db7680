import { MigrationInterface, QueryRunner } from "typeorm";

export class Opportunities1795713457709 implements MigrationInterface {
    name = 'Opportunities1795713457709'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "opportunity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" text NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "primary_contact_id" uuid,
                "amount" numeric(21, 2),
                "currency" character(3) NOT NULL,
                "stage" text NOT NULL,
                "probability" smallint NOT NULL,
                "forecast_category" text NOT NULL,
                "expected_close_date" date,
                "owner_id" text,
                "campaign_id" uuid,
                "competitors" text array NOT NULL DEFAULT '{}',
                "loss_reason" text,
                "stage_entered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "stage_history" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1375c81f982a314091e6c88684" ON "opportunity" ("tenant_id", "stage")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_098d6989e9d3b9b11403749386" ON "opportunity" ("tenant_id", "owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c24f1f4fcbbff30bc4f3f618be" ON "opportunity" ("tenant_id", "customer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cf5385b3e506534e89a8e87b8a" ON "opportunity" ("tenant_id", "expected_close_date", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9254365b491fdccc366596fb67" ON "opportunity" ("tenant_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b77d34c9aed00068e8d1b49ca3" ON "opportunity" ("tenant_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f8695330d4b84a7f12dffe9cc3" ON "opportunity" ("tenant_id", "name", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f8695330d4b84a7f12dffe9cc3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b77d34c9aed00068e8d1b49ca3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9254365b491fdccc366596fb67"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cf5385b3e506534e89a8e87b8a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c24f1f4fcbbff30bc4f3f618be"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_098d6989e9d3b9b11403749386"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1375c81f982a314091e6c88684"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunity"
        `);
    }

}
