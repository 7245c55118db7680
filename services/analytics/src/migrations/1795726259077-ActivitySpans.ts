import { MigrationInterface, QueryRunner } from "typeorm";

export class ActivitySpans1795726259077 implements MigrationInterface {
    name = 'ActivitySpans1795726259077'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3484f5fcad8e09d9c40843011b"
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_activity_span" (
                "tenant_id" text NOT NULL,
                "customer_id" uuid NOT NULL,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_a00b7f076fb7e87213d54112be4" PRIMARY KEY ("tenant_id", "customer_id", "starts_at")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3daaa967994c3bc056a61d1b31" ON "customer_activity_span" (
                "tenant_id",
                "ends_at",
                "starts_at",
                "customer_id"
            )
        `);
        // The spans of the orders already stored, as the order consumer would have kept them.
        await queryRunner.query(`
            INSERT INTO "customer_activity_span" ("tenant_id", "customer_id", "starts_at", "ends_at")
            WITH orders AS (
                SELECT o.tenant_id, o.customer_id, o.placed_at,
                       make_interval(hours => 24 * coalesce(s.inactivity_days, 180)) AS inactivity,
                       lag(o.placed_at) OVER (PARTITION BY o.tenant_id, o.customer_id ORDER BY o.placed_at) AS previous
                FROM order_fact o LEFT JOIN analytics_settings s ON s.tenant_id = o.tenant_id
                WHERE o.counted
            ),
            runs AS (
                SELECT *, count(*) FILTER (WHERE previous IS NULL OR placed_at > previous + inactivity)
                            OVER (PARTITION BY tenant_id, customer_id ORDER BY placed_at) AS run
                FROM orders
            )
            SELECT tenant_id, customer_id, min(placed_at), max(placed_at) + inactivity
            FROM runs GROUP BY tenant_id, customer_id, run, inactivity
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3daaa967994c3bc056a61d1b31"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_activity_span"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3484f5fcad8e09d9c40843011b" ON "order_fact" ("tenant_id", "placed_at", "customer_id")
            WHERE "counted"
        `);
    }

}
