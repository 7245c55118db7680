import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A support ticket as analytics knows it, from `crm.service.ticket` events: type, agent and SLA times. */
@Entity('ticket_fact')
@Index(['tenantId', 'createdAt'])
@Index(['tenantId', 'customerId'])
export class TicketFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  priority!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'first_response_at', type: 'timestamptz', precision: 3, nullable: true })
  firstResponseAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'first_response_due_at', type: 'timestamptz', precision: 3, nullable: true })
  firstResponseDueAt!: Date | null;

  @Column({ name: 'resolution_due_at', type: 'timestamptz', precision: 3, nullable: true })
  resolutionDueAt!: Date | null;

  @Column({ name: 'sla_breached', type: 'boolean' })
  slaBreached!: boolean;

  @Column({ type: 'int' })
  version!: number;
}
