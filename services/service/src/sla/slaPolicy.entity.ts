import { Column, Entity, Index } from 'typeorm';
import type { TicketPriority } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/** How fast tickets of one priority must be answered and resolved; one per tenant and priority. */
@Entity('sla_policy')
@Index(['tenantId', 'priority'], { unique: true })
export class SlaPolicyEntity extends TenantRecord {
  @Column({ type: 'text' })
  priority!: TicketPriority;

  @Column({ name: 'first_response_hours', type: 'int' })
  firstResponseHours!: number;

  @Column({ name: 'resolution_hours', type: 'int' })
  resolutionHours!: number;

  /** A breach also raises the ticket's priority one step (up to URGENT). */
  @Column({ name: 'bump_priority_on_breach', type: 'boolean', default: false })
  bumpPriorityOnBreach!: boolean;
}
