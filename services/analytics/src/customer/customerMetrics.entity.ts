import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Rollup per customer and currency, recomputed from the customer's orders whenever one of them changes:
 * Customer.metrics, RFM, CLV and top customers read it instead of the orders.
 */
@Entity('customer_metrics')
@Index(['tenantId', 'currency', 'revenue'])
@Index(['tenantId', 'currency', 'lastOrderAt'])
@Index(['tenantId', 'currency', 'orderCount'])
export class CustomerMetricsEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  /** Σ totals of the customer's orders that are placed and not cancelled. */
  @Column({ type: 'numeric', precision: 21, scale: 6 })
  revenue!: string;

  @Column({ name: 'order_count', type: 'int' })
  orderCount!: number;

  @Column({ name: 'first_order_at', type: 'timestamptz', precision: 3 })
  firstOrderAt!: Date;

  @Column({ name: 'last_order_at', type: 'timestamptz', precision: 3 })
  lastOrderAt!: Date;
}
