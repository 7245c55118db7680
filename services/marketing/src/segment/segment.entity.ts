import { Column, Entity, Index } from 'typeorm';
import type { SegmentKind } from '@crm/events';
import { TenantRecord } from '@crm/platform';

@Entity('segment')
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
export class SegmentEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  kind!: SegmentKind;

  /** DYNAMIC: the SegmentRules input as given (dates as ISO strings), applied with applyFilter. */
  @Column({ type: 'jsonb', nullable: true })
  rules!: Record<string, unknown> | null;

  /** STATIC: the listed customers. */
  @Column({ name: 'customer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  customerIds!: string[];
}
