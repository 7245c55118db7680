import { MigrationInterface, QueryRunner } from "typeorm";

export class DiscountApproval1796701359232 implements MigrationInterface {
    name = 'DiscountApproval1796701359232'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sales_settings"
            ADD "discount_approval_threshold" numeric(5, 2) NOT NULL DEFAULT 20.00
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "approval_status" text NOT NULL DEFAULT 'NOT_NEEDED'
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "approval_requested_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "approval_decided_by" text
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "approval_decided_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order"
            ADD "approval_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD "approval_status" text NOT NULL DEFAULT 'NOT_NEEDED'
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD "approval_requested_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD "approval_decided_by" text
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD "approval_decided_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD "approval_reason" text
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "quote" DROP COLUMN "approval_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP COLUMN "approval_decided_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP COLUMN "approval_decided_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP COLUMN "approval_requested_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP COLUMN "approval_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "approval_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "approval_decided_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "approval_decided_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "approval_requested_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order" DROP COLUMN "approval_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_settings" DROP COLUMN "discount_approval_threshold"
        `);
    }

}
