import type { EntityManager } from 'typeorm';
import type { OrderFactEntity } from './orderFact.entity';
import type { RevenueDimension } from './revenueRollup.entity';

/** The customer attributes revenue is broken down by; '' is "none". */
export type CustomerAttributes = Record<'SEGMENT' | 'INDUSTRY' | 'REGION', string>;

/** What one order adds to the rollups while it counts as revenue. */
type Contribution = Pick<
  OrderFactEntity,
  'customerId' | 'ownerId' | 'currency' | 'total' | 'placedAt' | 'lines'
>;

interface DimensionDelta {
  dimension: RevenueDimension;
  value: string;
  label: string;
  month: string;
  revenue: string;
  orders: number;
}

const monthOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const negate = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);

/**
 * Applies an order's change to the rollups: its old contribution leaves (when it counted), its new one
 * enters. Days and months are UTC.
 */
export async function applyOrderToRollups(
  manager: EntityManager,
  tenantId: string,
  before: Contribution | null,
  after: Contribution | null,
): Promise<void> {
  for (const [contribution, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (!contribution) continue;
    await addContribution(manager, tenantId, contribution, sign);
  }
}

async function addContribution(
  manager: EntityManager,
  tenantId: string,
  order: Contribution,
  sign: 1 | -1,
): Promise<void> {
  const amount = (value: string) => (sign === 1 ? value : negate(value));
  const month = monthOf(order.placedAt);
  await manager.query(
    `INSERT INTO daily_revenue AS r (tenant_id, currency, day, revenue, order_count) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, currency, day) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count`,
    [tenantId, order.currency, dayOf(order.placedAt), amount(order.total), sign],
  );
  await manager.query(
    `INSERT INTO customer_month_revenue AS r (tenant_id, customer_id, currency, month, revenue, order_count)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, customer_id, currency, month) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count`,
    [tenantId, order.customerId, order.currency, month, amount(order.total), sign],
  );
  const [customer] = (await manager.query(
    'SELECT segment, industry, country FROM customer_fact WHERE tenant_id = $1 AND id = $2 FOR SHARE',
    [tenantId, order.customerId],
  )) as { segment: string | null; industry: string | null; country: string | null }[];
  const attributes: CustomerAttributes = {
    SEGMENT: customer?.segment ?? '',
    INDUSTRY: customer?.industry ?? '',
    REGION: customer?.country ?? '',
  };
  const deltas: DimensionDelta[] = [
    ...(Object.entries(attributes) as [RevenueDimension, string][]).map(([dimension, value]) => ({
      dimension,
      value,
      label: value,
      month,
      revenue: amount(order.total),
      orders: sign,
    })),
    {
      dimension: 'OWNER',
      value: order.ownerId ?? '',
      label: order.ownerId ?? '',
      month,
      revenue: amount(order.total),
      orders: sign,
    },
    ...productDeltas(order, month, amount, sign),
  ];
  await addDimensionDeltas(manager, tenantId, order.currency, deltas);
}

/** One delta per product of the order: the sum of its lines, and the order counted once. */
function productDeltas(
  order: Contribution,
  month: string,
  amount: (value: string) => string,
  sign: 1 | -1,
): DimensionDelta[] {
  const byProduct = new Map<string, { label: string; totals: string[] }>();
  for (const line of order.lines) {
    const entry = byProduct.get(line.productId) ?? { label: line.productName, totals: [] };
    entry.totals.push(line.lineTotal);
    byProduct.set(line.productId, entry);
  }
  return [...byProduct].flatMap(([productId, { label, totals }]) =>
    totals.map((total, index) => ({
      dimension: 'PRODUCT' as const,
      value: productId,
      label,
      month,
      revenue: amount(total),
      orders: index === 0 ? sign : 0,
    })),
  );
}

async function addDimensionDeltas(
  manager: EntityManager,
  tenantId: string,
  currency: string,
  deltas: DimensionDelta[],
): Promise<void> {
  if (deltas.length === 0) return;
  // Summed per key first: one row may appear once per statement in ON CONFLICT DO UPDATE.
  await manager.query(
    `INSERT INTO monthly_dimension_revenue AS r (tenant_id, currency, dimension, value, month, label, revenue, order_count)
     SELECT $1, $2, d.dimension, d.value, d.month::date, max(d.label), sum(d.revenue), sum(d.orders)
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::int[])
       AS d(dimension, value, label, month, revenue, orders)
     GROUP BY d.dimension, d.value, d.month
     ON CONFLICT (tenant_id, currency, dimension, value, month) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count,
           label = EXCLUDED.label`,
    [
      tenantId,
      currency,
      deltas.map((d) => d.dimension),
      deltas.map((d) => d.value),
      deltas.map((d) => d.label),
      deltas.map((d) => d.month),
      deltas.map((d) => d.revenue),
      deltas.map((d) => d.orders),
    ],
  );
}

/**
 * Moves a customer's revenue months from its old attribute values to the new ones (a customer whose
 * segment changes, or who becomes known after its orders arrived).
 */
export async function moveCustomerAttributes(
  manager: EntityManager,
  tenantId: string,
  customerId: string,
  before: CustomerAttributes,
  after: CustomerAttributes,
): Promise<void> {
  const changed = (Object.keys(after) as (keyof CustomerAttributes)[]).filter((d) => before[d] !== after[d]);
  if (changed.length === 0) return;
  const months = (await manager.query(
    `SELECT currency, to_char(month, 'YYYY-MM-DD') AS month, revenue::text AS revenue, order_count
     FROM customer_month_revenue WHERE tenant_id = $1 AND customer_id = $2 AND order_count <> 0`,
    [tenantId, customerId],
  )) as { currency: string; month: string; revenue: string; order_count: number }[];
  const currencies = new Set(months.map((m) => m.currency));
  for (const currency of currencies) {
    const deltas = months
      .filter((m) => m.currency === currency)
      .flatMap((m) =>
        changed.flatMap((dimension) => [
          {
            dimension,
            value: before[dimension],
            label: before[dimension],
            month: m.month,
            revenue: negate(m.revenue),
            orders: -m.order_count,
          },
          {
            dimension,
            value: after[dimension],
            label: after[dimension],
            month: m.month,
            revenue: m.revenue,
            orders: m.order_count,
          },
        ]),
      );
    await addDimensionDeltas(manager, tenantId, currency, deltas);
  }
}
