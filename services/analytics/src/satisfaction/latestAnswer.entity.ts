import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each customer's latest survey answer (by answer time, then survey id), kept by the survey consumer:
 * churn risk reads it instead of sorting every answer of the tenant.
 */
@Entity('customer_latest_answer')
export class CustomerLatestAnswerEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3 })
  answeredAt!: Date;

  @Column({ type: 'smallint', nullable: true })
  csat!: number | null;

  @Column({ type: 'smallint', nullable: true })
  nps!: number | null;
}
