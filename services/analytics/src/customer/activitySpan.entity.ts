import { Entity, PrimaryColumn } from 'typeorm';

/**
 * A customer's run of activity under the tenant's inactivity window W: orders less than W apart form
 * one span, and the customer is active at every t in (startsAt, endsAt], endsAt being the run's last
 * order + W, or the time the customer was marked churned if that comes first. Kept by the consumers;
 * churn reads a few spans per customer instead of the orders.
 */
@Entity('customer_activity_span')
export class CustomerActivitySpanEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The run's first counted order. */
  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  /** In the key so that churn reads the spans in customer order from the index alone. */
  @PrimaryColumn({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt!: Date;
}
