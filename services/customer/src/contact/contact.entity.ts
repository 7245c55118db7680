import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TenantRecord } from '@crm/platform';
import { CustomerEntity } from '../customer/customer.entity';

@Entity('contact')
@Index(['tenantId', 'lastName', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
@Index('contact_search_trgm', { synchronize: false })
export class ContactEntity extends TenantRecord {
  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;
}

/** A contact's role at an organization (M:N with a role). */
@Entity('contact_role')
@Index(['tenantId', 'customerId'])
export class ContactRoleEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  role!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;
}
