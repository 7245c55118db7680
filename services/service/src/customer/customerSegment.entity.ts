import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The service's copy of each customer's segment, kept from `crm.customer.customer` events: what queue
 * rules route by. `version` is the customer's.
 */
@Entity('customer_segment')
export class CustomerSegmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text', nullable: true })
  segment!: string | null;

  @Column({ type: 'int' })
  version!: number;
}
