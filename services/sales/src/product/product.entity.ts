import { Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '@crm/platform';

@Entity('product')
@Index(['tenantId', 'sku'], { unique: true })
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
export class ProductEntity extends TenantRecord {
  /** Stock keeping unit: unique per tenant. */
  @Column({ type: 'text' })
  sku!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  family!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
