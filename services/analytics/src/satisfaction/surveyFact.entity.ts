import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A satisfaction survey, from `crm.service.survey` events; csat and nps once answered. */
@Entity('survey_fact')
@Index(['tenantId', 'answeredAt'])
@Index(['tenantId', 'customerId', 'answeredAt'])
export class SurveyFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'ticket_type', type: 'text' })
  ticketType!: string;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'smallint', nullable: true })
  csat!: number | null;

  @Column({ type: 'smallint', nullable: true })
  nps!: number | null;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
