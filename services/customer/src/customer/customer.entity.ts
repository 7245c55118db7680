import { Column, Entity, Index } from 'typeorm';
import type { CustomerKind, LifecycleStage } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/** Embedded in `customer` with column names of its own (TypeORM's prefixing would give "address_Line1"). */
export class Address {
  @Column({ name: 'address_line1', type: 'text', nullable: true })
  line1!: string | null;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  line2!: string | null;

  @Column({ name: 'address_city', type: 'text', nullable: true })
  city!: string | null;

  @Column({ name: 'address_region', type: 'text', nullable: true })
  region!: string | null;

  @Column({ name: 'address_postal_code', type: 'text', nullable: true })
  postalCode!: string | null;

  @Column({ name: 'address_country', type: 'char', length: 2, nullable: true })
  country!: string | null;
}

@Entity('customer')
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
// Trigram indexes for case-insensitive search live in a migration of their own (TypeORM cannot declare them).
@Index('customer_search_name_trgm', { synchronize: false })
@Index('customer_search_email_trgm', { synchronize: false })
@Index('customer_search_phone_trgm', { synchronize: false })
export class CustomerEntity extends TenantRecord {
  @Column({ type: 'text' })
  kind!: CustomerKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column(() => Address, { prefix: false })
  address!: Address;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  segment!: string | null;

  @Column({ name: 'lifecycle_stage', type: 'text' })
  lifecycleStage!: LifecycleStage;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;
}
