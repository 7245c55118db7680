import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The part of an order line revenue by product needs. */
export interface OrderLineFact {
  productId: string;
  productName: string;
  quantity: number;
  lineTotal: string;
}

/** An order as analytics knows it, from `crm.sales.order` events; `counted` says whether it is revenue. */
@Entity('order_fact')
@Index(['tenantId', 'customerId', 'placedAt'])
@Index(['tenantId', 'placedAt'])
export class OrderFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  status!: string;

  /** Placed and not cancelled (docs/architecture.md §9's revenue); DRAFT orders are not placed yet. */
  @Column({ type: 'boolean' })
  counted!: boolean;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  total!: string;

  /** When the order was confirmed (its creation time for an order placed directly). */
  @Column({ name: 'placed_at', type: 'timestamptz', precision: 3 })
  placedAt!: Date;

  @Column({ type: 'jsonb' })
  lines!: OrderLineFact[];

  @Column({ type: 'int' })
  version!: number;
}
