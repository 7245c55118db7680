import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The service's own copy of an order of the sales service, kept from `crm.sales.order` events: what a
 * ticket about an order checks (the customer, the status, the delivery). `version` is the order's.
 */
@Entity('order_projection')
@Index(['tenantId', 'customerId'])
export class OrderProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** As the sales service shows it, e.g. SO-000123. */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  status!: string;

  /** ISO 4217; null on rows projected before currencies were kept (until the order's next event). */
  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'actual_delivery_date', type: 'date', nullable: true })
  actualDeliveryDate!: string | null;

  @Column({ type: 'int' })
  version!: number;
}

/** One line of a projected order: what a return or exchange may refer to. */
@Entity('order_projection_line')
@Index(['orderId'])
export class OrderProjectionLineEntity {
  /** The sales service's line id. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  /** Null on lines projected before these were kept (until the order's next event). */
  @Column({ type: 'text', nullable: true })
  sku!: string | null;

  @Column({ name: 'product_name', type: 'text', nullable: true })
  productName!: string | null;

  @Column({ type: 'int' })
  quantity!: number;

  /** What the line cost the customer (after its discount): what its returned units are worth. */
  @Column({ name: 'line_total', type: 'numeric', precision: 21, scale: 2, nullable: true })
  lineTotal!: string | null;
}
