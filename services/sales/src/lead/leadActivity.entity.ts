import type { LeadActivityKind } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { LeadEntity } from './lead.entity';

/** A follow-up of a lead, due on a day; overdue while open after that day. */
@Entity('lead_activity')
@Index(['tenantId', 'leadId', 'dueDate'])
@Index(['tenantId', 'ownerId', 'completedAt', 'dueDate'])
export class LeadActivityEntity extends TenantRecord {
  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @Column({ type: 'text' })
  kind!: LeadActivityKind;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** Who is to do it: the lead's owner unless given. */
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** Deleting a lead deletes its follow-ups. */
  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;
}
