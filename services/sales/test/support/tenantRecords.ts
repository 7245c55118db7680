import type { SalesTestService } from './salesTestService';

/** What a tenant has in the sales database: to prove what a request wrote, or did not. */

export interface OutboxRow {
  id: string;
  type: string;
  aggregateid: string;
  payload: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TenantRows {
  leads: number;
  products: number;
  priceBooks: number;
  entries: number;
  orders: number;
  orderLines: number;
  opportunities: number;
  quotes: number;
  quoteLines: number;
  sequences: number;
  outbox: number;
  audit: number;
}

export async function tenantRows(app: SalesTestService, tenantId: string): Promise<TenantRows> {
  const [row] = await app.sql<TenantRows>(
    `SELECT (SELECT count(*) FROM lead WHERE tenant_id = $1)::int AS leads,
            (SELECT count(*) FROM product WHERE tenant_id = $1)::int AS products,
            (SELECT count(*) FROM price_book WHERE tenant_id = $1)::int AS "priceBooks",
            (SELECT count(*) FROM price_book_entry WHERE tenant_id = $1)::int AS entries,
            (SELECT count(*) FROM sales_order WHERE tenant_id = $1)::int AS orders,
            (SELECT count(*) FROM order_line WHERE tenant_id = $1)::int AS "orderLines",
            (SELECT count(*) FROM opportunity WHERE tenant_id = $1)::int AS opportunities,
            (SELECT count(*) FROM quote WHERE tenant_id = $1)::int AS quotes,
            (SELECT count(*) FROM quote_line WHERE tenant_id = $1)::int AS "quoteLines",
            (SELECT count(*) FROM tenant_sequence WHERE tenant_id = $1)::int AS sequences,
            (SELECT count(*) FROM outbox WHERE tenant_id = $1)::int AS outbox,
            (SELECT count(*) FROM audit_log WHERE tenant_id = $1)::int AS audit`,
    [tenantId],
  );
  return row!;
}

export function outboxOf(app: SalesTestService, tenantId: string): Promise<OutboxRow[]> {
  return app.sql<OutboxRow>(
    'SELECT id, type, aggregateid, payload FROM outbox WHERE tenant_id = $1 ORDER BY sequence',
    [tenantId],
  );
}
