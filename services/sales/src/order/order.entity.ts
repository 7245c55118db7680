import type { OrderStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { DiscountApproval } from '../priceBook/discountApproval.entity';
import { OverridableLineRecord } from '../priceBook/productLine.entity';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/** A sales order (table `sales_order`: ORDER is an SQL keyword). Totals are the service's, never a client's. */
@Entity('sales_order')
@Index(['tenantId', 'number'], { unique: true })
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'customerId'])
@Index(['tenantId', 'ownerId'])
@Index(['tenantId', 'opportunityId'])
export class OrderEntity extends TenantRecord {
  /** Gap-free per tenant (tenant_sequence `order`); shown as SO-000123. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  /** The accepted quote the order was made from. */
  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  /** ISO 4217: every price of the order is in it. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  status!: OrderStatus;

  @Column({ type: 'numeric', precision: 21, scale: 2 })
  subtotal!: string;

  @Column({ name: 'discount_total', type: 'numeric', precision: 21, scale: 2 })
  discountTotal!: string;

  @Column({ type: 'numeric', precision: 21, scale: 2 })
  total!: string;

  @Column({ name: 'requested_delivery_date', type: 'date', nullable: true })
  requestedDeliveryDate!: string | null;

  @Column({ name: 'actual_delivery_date', type: 'date', nullable: true })
  actualDeliveryDate!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'shipped_at', type: 'timestamptz', precision: 3, nullable: true })
  shippedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** A sales rep's discount above the tenant's threshold holds the order (DRAFT) until a manager approves it. */
  @Column(() => DiscountApproval, { prefix: false })
  approval!: DiscountApproval;
}

/** One product line of an order, priced when the order was placed. */
@Entity('order_line')
@Index(['tenantId', 'orderId', 'position'], { unique: true })
@Index(['tenantId', 'productId'])
export class OrderLineEntity extends OverridableLineRecord {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: OrderEntity;
}
