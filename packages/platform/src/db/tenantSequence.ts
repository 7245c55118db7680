import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantDb } from './tenantDb';

/**
 * One gap-free counter per tenant and name (e.g. ticket numbers). A service that numbers something
 * lists this entity among its own, so that its generated migration creates the table.
 */
@Entity('tenant_sequence')
export class TenantSequence {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'last_value', type: 'int' })
  lastValue!: number;
}

/**
 * The tenant's next number of `name`, taken inside the caller's transaction: the upsert locks the
 * counter row until that transaction ends, so concurrent callers queue (never the same number) and
 * a rolled-back transaction gives its number back (no gaps).
 */
export async function nextInSequence(tx: TenantDb, name: string): Promise<number> {
  if (!tx.manager.queryRunner?.isTransactionActive) {
    throw new Error(`nextInSequence(${name}) must run inside the transaction that uses the number`);
  }
  const rows: { last_value: number }[] = await tx.manager.query(
    `INSERT INTO tenant_sequence (tenant_id, name, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, name) DO UPDATE SET last_value = tenant_sequence.last_value + 1
     RETURNING last_value`,
    [tx.tenantId, name],
  );
  return rows[0]!.last_value;
}
