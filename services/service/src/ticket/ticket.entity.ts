import { Column, Entity, Index } from 'typeorm';
import type {
  ComplaintSeverity,
  RepairOutcome,
  TicketChannel,
  TicketPriority,
  TicketStatus,
  TicketType,
  WarrantyStatus,
} from '@crm/events';
import { TenantRecord } from '@crm/platform';
import type { RootCause } from './ticket.rules';

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;

@Entity('ticket')
@Index(['tenantId', 'number'], { unique: true })
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'customerId', 'createdAt', 'id'])
@Index(['tenantId', 'status'])
@Index(['tenantId', 'orderId', 'createdAt', 'id'])
@Index(['tenantId', 'queueId', 'status'])
export class TicketEntity extends TenantRecord {
  /** Per tenant, gap-free; shown as CS-000123. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** The order of the sales service the ticket is about (checked against the order projection). */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'requester_email', type: 'text', nullable: true })
  requesterEmail!: string | null;

  @Column({ type: 'text' })
  type!: TicketType;

  @Column({ type: 'text' })
  channel!: TicketChannel;

  @Column({ type: 'text' })
  priority!: TicketPriority;

  @Column({ type: 'text' })
  status!: TicketStatus;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  /** The queue the ticket was routed to when it opened (null: no queue matched). */
  @Column({ name: 'queue_id', type: 'uuid', nullable: true })
  queueId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', nullable: true })
  severity!: ComplaintSeverity | null;

  @Column({ name: 'root_cause', type: 'text', nullable: true })
  rootCause!: RootCause | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ name: 'first_response_at', ...time })
  firstResponseAt!: Date | null;

  @Column({ name: 'resolved_at', ...time })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', ...time })
  closedAt!: Date | null;

  @Column({ name: 'first_response_due_at', ...time })
  firstResponseDueAt!: Date | null;

  @Column({ name: 'resolution_due_at', ...time })
  resolutionDueAt!: Date | null;

  @Column({ name: 'sla_paused_at', ...time })
  slaPausedAt!: Date | null;

  /** Time spent waiting on the customer in earlier pauses (ms): a new priority's due times add it. */
  @Column({
    name: 'sla_paused_ms',
    type: 'bigint',
    default: 0,
    transformer: { to: (value: number) => value, from: (value: string | null) => Number(value ?? 0) },
  })
  slaPausedMs!: number;

  @Column({ name: 'first_response_breached_at', ...time })
  firstResponseBreachedAt!: Date | null;

  @Column({ name: 'resolution_breached_at', ...time })
  resolutionBreachedAt!: Date | null;

  @Column({ name: 'sla_breached', type: 'boolean', default: false })
  slaBreached!: boolean;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel!: number;

  /** REPAIR tickets about a delivered order: the warranty check made on opening (null otherwise). */
  @Column({ name: 'warranty_status', type: 'text', nullable: true })
  warrantyStatus!: WarrantyStatus | null;

  @Column({ name: 'warranty_ends_on', type: 'date', nullable: true })
  warrantyEndsOn!: string | null;

  @Column({ name: 'warranty_months', type: 'int', nullable: true })
  warrantyMonths!: number | null;

  /** REPAIR tickets: what the repair came to. */
  @Column({ name: 'repair_outcome', type: 'text', nullable: true })
  repairOutcome!: RepairOutcome | null;
}
