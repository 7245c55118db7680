import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '@crm/platform';
import { ProductEntity } from '../product/product.entity';

@Entity('price_book')
@Index(['tenantId', 'name', 'id'])
// One standard price book per currency and tenant.
@Index('price_book_standard_per_currency', ['tenantId', 'currency'], {
  unique: true,
  where: '"is_standard"',
})
export class PriceBookEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  /** ISO 4217; every price in the book is in it. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'is_standard', type: 'boolean' })
  isStandard!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}

/** The unit price of one product in one price book. */
@Entity('price_book_entry')
@Index(['tenantId', 'priceBookId', 'productId'], { unique: true })
@Index(['tenantId', 'productId'])
export class PriceBookEntryEntity extends TenantRecord {
  @Column({ name: 'price_book_id', type: 'uuid' })
  priceBookId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  /** PostgreSQL numeric, read and written as a string: money is never a float. */
  @Column({ name: 'unit_price', type: 'numeric', precision: 21, scale: 6 })
  unitPrice!: string;

  @ManyToOne(() => PriceBookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'price_book_id' })
  priceBook?: PriceBookEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;
}
