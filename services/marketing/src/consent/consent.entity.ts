import { Column, Entity, Index } from 'typeorm';
import type { ConsentSource, ConsentStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;

/** Consent to marketing email, per address (lower-cased) and tenant; an address without a row is UNKNOWN. */
@Entity('consent')
@Index('consent_email_once', ['tenantId', 'email'], { unique: true })
@Index(['tenantId', 'updatedAt', 'id'])
export class ConsentEntity extends TenantRecord {
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  status!: ConsentStatus;

  @Column({ type: 'text', nullable: true })
  source!: ConsentSource | null;

  @Column({ type: 'text', nullable: true })
  proof!: string | null;

  @Column({ name: 'changed_at', ...time })
  changedAt!: Date | null;

  /** The pending double opt-in request: its id is signed into the link, so only the latest link confirms, once. */
  @Column({ name: 'confirmation_request_id', type: 'uuid', nullable: true })
  confirmationRequestId!: string | null;

  @Column({ name: 'confirmation_requested_at', ...time })
  confirmationRequestedAt!: Date | null;
}
