import { MigrationInterface, QueryRunner } from "typeorm";

export class TimelineOwner1796701769331 implements MigrationInterface {
    name = 'TimelineOwner1796701769331'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "timeline_entry"
            ADD "owner_id" text
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "timeline_entry" DROP COLUMN "owner_id"
        `);
    }

}
