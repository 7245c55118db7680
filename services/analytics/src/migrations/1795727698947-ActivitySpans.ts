import { MigrationInterface, QueryRunner } from "typeorm";

export class ActivitySpans1795727698947 implements MigrationInterface {
    name = 'ActivitySpans1795727698947'

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
                CONSTRAINT "PK_3daaa967994c3bc056a61d1b31f" PRIMARY KEY (
                    "tenant_id",
                    "customer_id",
                    "starts_at",
                    "ends_at"
                )
            )
        `);
        // The spans of the orders already stored, as the consumers would have kept them.
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
            SELECT * FROM (
                SELECT r.tenant_id, r.customer_id, min(r.placed_at) AS starts_at,
                       least(max(r.placed_at) + r.inactivity, min(c.churned_at)) AS ends_at
                FROM runs r LEFT JOIN customer_fact c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id
                GROUP BY r.tenant_id, r.customer_id, r.run, r.inactivity
            ) AS spans
            WHERE starts_at < ends_at
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "customer_activity_span"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3484f5fcad8e09d9c40843011b" ON "order_fact" ("tenant_id", "placed_at", "customer_id")
            WHERE "counted"
        `);
    }

}
