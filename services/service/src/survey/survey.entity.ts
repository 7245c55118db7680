import { Column, Entity, Index } from 'typeorm';
import type { StoredSurveyStatus, TicketType } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/** A satisfaction survey of a resolved ticket, answered once through a secret link. */
@Entity('survey')
@Index(['tenantId', 'ticketId'], { unique: true })
@Index(['tokenHash'], { unique: true })
export class SurveyEntity extends TenantRecord {
  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The ticket's type and agent when it was resolved: what satisfaction is reported by. */
  @Column({ name: 'ticket_type', type: 'text' })
  ticketType!: TicketType;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'text' })
  question!: string;

  /** SHA-256 of the link's token; the token itself is never stored, and never shown to staff. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** The stored states; EXPIRED is derived from `expiresAt` when read (surveyStatus). */
  @Column({ type: 'text' })
  status!: StoredSurveyStatus;

  @Column({ type: 'int', nullable: true })
  csat!: number | null;

  @Column({ type: 'int', nullable: true })
  nps!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt!: Date | null;
}
