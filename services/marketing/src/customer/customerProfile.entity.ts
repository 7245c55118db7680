import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Marketing's own copy of a customer of the customer service, kept from `crm.customer.customer`
 * events: what segments select on, and the address campaigns reach. `version` is the customer's.
 */
@Entity('customer_profile')
@Index(['tenantId', 'createdAt'])
export class CustomerProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  segment!: string | null;

  @Column({ name: 'lifecycle_stage', type: 'text' })
  lifecycleStage!: string;

  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** The customer's version in the customer service: an older event never overwrites a newer state. */
  @Column({ type: 'int' })
  version!: number;

  /** When the customer was created in the customer service. */
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** Marketing's copy of a contact (a person at organizations), kept from `crm.customer.contact` events. */
@Entity('contact_profile')
export class ContactProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'organization_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organizationIds!: string[];

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
