import { MigrationInterface, QueryRunner } from "typeorm";

export class RepairOutcome1795717660817 implements MigrationInterface {
    name = 'RepairOutcome1795717660817'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ticket"
            ADD "repair_outcome" text
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ticket" DROP COLUMN "repair_outcome"
        `);
    }

}
