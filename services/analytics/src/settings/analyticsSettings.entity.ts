import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's analytics settings. Configuration, not a read model: a rebuild keeps it. */
@Entity('analytics_settings')
export class AnalyticsSettingsEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  /** Days without an order after which a customer counts as inactive (churned). */
  @Column({ name: 'inactivity_days', type: 'int' })
  inactivityDays!: number;

  /** Share of revenue that is margin, applied to the predicted CLV (1 = revenue). */
  @Column({ type: 'numeric', precision: 7, scale: 4 })
  margin!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** The size of a market segment per year, for market share. Configuration: a rebuild keeps it. */
@Entity('market_size')
export class MarketSizeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  segment!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  amount!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
