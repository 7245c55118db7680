import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { InteractionDirection, InteractionKind } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { ContactEntity } from '../contact/contact.entity';
import { CustomerEntity } from '../customer/customer.entity';

@Entity('interaction')
@Index(['tenantId', 'customerId', 'occurredAt', 'id'])
@Index(['tenantId', 'occurredAt', 'id'])
export class InteractionEntity extends TenantRecord {
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'text' })
  kind!: InteractionKind;

  @Column({ type: 'text', nullable: true })
  direction!: InteractionDirection | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;
}
