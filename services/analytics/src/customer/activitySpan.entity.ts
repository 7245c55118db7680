import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A customer's run of activity under the tenant's inactivity window W: orders less than W apart form
 * one span, and the customer is active at every t in (startsAt, endsAt], endsAt being the run's last
 * order + W. Kept by the order consumer; churn reads a few spans per customer instead of the orders.
 */
@Entity('customer_activity_span')
@Index(['tenantId', 'endsAt', 'startsAt', 'customerId'])
export class CustomerActivitySpanEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The run's first counted order. */
  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt!: Date;
}
