import { MigrationInterface, QueryRunner } from "typeorm";

export class EmailMessageLastHits1796701148650 implements MigrationInterface {
    name = 'EmailMessageLastHits1796701148650'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "email_message"
            ADD "last_opened_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "email_message"
            ADD "last_clicked_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "email_message" DROP COLUMN "last_clicked_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "email_message" DROP COLUMN "last_opened_at"
        `);
    }

}
