import { MigrationInterface, QueryRunner } from "typeorm";

export class CohortActivity1795719304009 implements MigrationInterface {
    name = 'CohortActivity1795719304009'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "cohort_activity" (
                "tenant_id" text NOT NULL,
                "currency" character(3) NOT NULL,
                "cohort_month" date NOT NULL,
                "active_month" date NOT NULL,
                "customers" integer NOT NULL,
                CONSTRAINT "PK_c411a3d408bad538e644e33d07e" PRIMARY KEY (
                    "tenant_id",
                    "currency",
                    "cohort_month",
                    "active_month"
                )
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "cohort_activity"
        `);
    }

}
