import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A quote of an opportunity, from `crm.sales.quote` events: the funnel's step between deal and order. */
@Entity('quote_fact')
@Index(['tenantId', 'opportunityId'])
export class QuoteFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  total!: string;

  @Column({ type: 'int' })
  version!: number;
}
