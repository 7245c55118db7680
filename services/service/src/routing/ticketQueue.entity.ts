import { Column, Entity, Index } from 'typeorm';
import type { TicketPriority, TicketType } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/**
 * A queue of support agents and the tickets it takes: new tickets go to the first queue (by position)
 * whose rules match. An empty rule list matches anything.
 */
@Entity('ticket_queue')
@Index(['tenantId', 'name'], { unique: true })
@Index(['tenantId', 'position'])
export class TicketQueueEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  /** Lower first. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'match_types', type: 'text', array: true, default: () => "'{}'" })
  matchTypes!: TicketType[];

  @Column({ name: 'match_priorities', type: 'text', array: true, default: () => "'{}'" })
  matchPriorities!: TicketPriority[];

  /** Customer segments, lower case (matched case-insensitively). */
  @Column({ name: 'match_segments', type: 'text', array: true, default: () => "'{}'" })
  matchSegments!: string[];

  /** The agents (user ids) who work the queue, in the order ties are broken. */
  @Column({ name: 'agent_ids', type: 'text', array: true, default: () => "'{}'" })
  agentIds!: string[];
}
