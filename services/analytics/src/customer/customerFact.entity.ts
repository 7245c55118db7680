import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A customer as analytics knows it, from `crm.customer.customer` events: the attributes reports group by.
 * No personal contact data is kept (no email, phone or street address).
 */
@Entity('customer_fact')
export class CustomerFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  segment!: string | null;

  /** The country of the address: the region reports group by. */
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ name: 'lifecycle_stage', type: 'text' })
  lifecycleStage!: string;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  /** When the customer was first seen as CHURNED (the change's time); null while not churned. */
  @Column({ name: 'churned_at', type: 'timestamptz', precision: 3, nullable: true })
  churnedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;

  /** The customer's version in the customer service: an older event never overwrites a newer state. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** A contact's link to organizations, from `crm.customer.contact` events (no name, email or phone). */
@Entity('contact_fact')
export class ContactFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organization_ids', type: 'uuid', array: true })
  organizationIds!: string[];

  @Column({ type: 'int' })
  version!: number;
}
