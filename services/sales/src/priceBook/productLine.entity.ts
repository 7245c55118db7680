import { moneyText, TenantRecord } from '@crm/platform';
import { Column } from 'typeorm';

/** The columns of a product line priced by the service: quote, order and opportunity lines. */
export abstract class ProductLineRecord extends TenantRecord {
  /** 1, 2, 3… in the order the client gave the lines. */
  @Column({ type: 'smallint' })
  position!: number;

  /** No foreign key: a product may be deleted later, the line keeps what it was (sku, name). */
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'text' })
  sku!: string;

  @Column({ name: 'product_name', type: 'text' })
  productName!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'unit_price', type: 'numeric', precision: 21, scale: 6 })
  unitPrice!: string;

  @Column({ name: 'discount_percent', type: 'numeric', precision: 5, scale: 2 })
  discountPercent!: string;

  @Column({ name: 'line_total', type: 'numeric', precision: 21, scale: 2 })
  lineTotal!: string;
}

/** A line whose unit price a permitted role may set instead of the book's (orders and deals). */
export abstract class OverridableLineRecord extends ProductLineRecord {
  @Column({ name: 'list_price', type: 'numeric', precision: 21, scale: 6, nullable: true })
  listPrice!: string | null;

  @Column({ name: 'price_overridden', type: 'boolean' })
  priceOverridden!: boolean;
}

/** Lines as events carry them: by position, money as decimal strings. */
export function productLinesSnapshot(lines: ProductLineRecord[]) {
  return [...lines]
    .sort((a, b) => a.position - b.position)
    .map((line) => ({
      id: line.id,
      position: line.position,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: line.quantity,
      unitPrice: moneyText(line.unitPrice),
      discountPercent: moneyText(line.discountPercent),
      lineTotal: moneyText(line.lineTotal),
    }));
}

export function overridableLinesSnapshot(lines: OverridableLineRecord[]) {
  const byId = new Map(lines.map((line) => [line.id, line]));
  return productLinesSnapshot(lines).map((snapshot) => {
    const line = byId.get(snapshot.id)!;
    return {
      ...snapshot,
      listPrice: line.listPrice === null ? null : moneyText(line.listPrice),
      priceOverridden: line.priceOverridden,
    };
  });
}
