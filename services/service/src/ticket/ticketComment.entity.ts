import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CommentAuthorKind, CommentVisibility } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { TicketEntity } from './ticket.entity';

/** A public or internal comment on a ticket. */
@Entity('ticket_comment')
@Index(['tenantId', 'ticketId', 'createdAt', 'id'])
export class TicketCommentEntity extends TenantRecord {
  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: TicketEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  visibility!: CommentVisibility;

  @Column({ name: 'author_id', type: 'text' })
  authorId!: string;

  @Column({ name: 'author_kind', type: 'text' })
  authorKind!: CommentAuthorKind;
}
