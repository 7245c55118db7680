import { Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '@crm/platform';

/** How long goods are under warranty from their delivery, per tenant (REPAIR tickets check it). */
@Entity('warranty_policy')
@Index(['tenantId'], { unique: true })
export class WarrantyPolicyEntity extends TenantRecord {
  @Column({ type: 'int' })
  months!: number;
}
