import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Revenue per day: the series of the sales report (day, week, month, quarter) sums these rows. */
@Entity('daily_revenue')
export class DailyRevenueEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  revenue!: string;

  @Column({ name: 'order_count', type: 'int' })
  orderCount!: number;
}

/** What the sales and market reports break revenue down by. */
export const revenueDimensions = ['PRODUCT', 'OWNER', 'SEGMENT', 'INDUSTRY', 'REGION'] as const;
export type RevenueDimension = (typeof revenueDimensions)[number];

/**
 * Revenue per month and value of a dimension. Customer attributes (segment, industry, region) are the
 * customer's current ones: when they change, the customer's months move to the new value. '' is "none".
 */
@Entity('monthly_dimension_revenue')
export class MonthlyDimensionRevenueEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @PrimaryColumn({ type: 'text' })
  dimension!: RevenueDimension;

  @PrimaryColumn({ type: 'text' })
  value!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** A readable name of the value (a product's name); the value itself otherwise. */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  revenue!: string;

  /** Orders that count towards this value (an order with two lines of one product counts once). */
  @Column({ name: 'order_count', type: 'int' })
  orderCount!: number;
}

/** Revenue per customer and month: cohorts and retention, and moving a customer's months between attributes. */
@Entity('customer_month_revenue')
export class CustomerMonthRevenueEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  revenue!: string;

  @Column({ name: 'order_count', type: 'int' })
  orderCount!: number;
}

/**
 * Customers per cohort (the month of their first order) and month in which they ordered: cohort
 * retention without joining every customer's months. Kept with customer_metrics by the consumers.
 */
@Entity('cohort_activity')
export class CohortActivityEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @PrimaryColumn({ name: 'cohort_month', type: 'date' })
  cohortMonth!: string;

  @PrimaryColumn({ name: 'active_month', type: 'date' })
  activeMonth!: string;

  @Column({ type: 'int' })
  customers!: number;
}
