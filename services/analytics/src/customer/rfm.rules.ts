import type { AnalyticsRfmSegment } from '../generated/graphql';
import type { TenantQuery } from '../readModel/reportQuery';

/**
 * A quintile score 1–5 is ⌈5 × the share of the tenant's customers whose value is at most this one⌉,
 * so equal values score alike; recency ranks the last order time (latest = 5). Equivalently, the
 * score is 1 plus the number of thresholds t₂…t₅ the value reaches, t_k being the value at rank
 * ⌊(k−1)·N/5⌋ (from 0) in ascending order: four index lookups per dimension instead of a sort.
 */
export interface RfmThresholds {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

const dimensions = { recency: 'last_order_at', frequency: 'order_count', monetary: 'revenue' } as const;

export async function rfmThresholds(query: TenantQuery, currency: string): Promise<RfmThresholds | null> {
  const [{ n } = { n: 0 }] = await query<{ n: number }>(
    'SELECT count(*)::int AS n FROM customer_metrics WHERE tenant_id = $1 AND currency = $2',
    [currency],
  );
  if (n === 0) return null;
  const offsets = [1, 2, 3, 4].map((k) => Math.floor((k * n) / 5));
  const lookups = Object.entries(dimensions).flatMap(([name, column]) =>
    offsets.map(
      (_, index) =>
        `(SELECT ${column === 'last_order_at' ? 'extract(epoch FROM last_order_at) * 1000' : `${column}::float8`}
          FROM customer_metrics WHERE tenant_id = $1 AND currency = $2
          ORDER BY ${column} OFFSET $${3 + index} LIMIT 1) AS ${name}_${index}`,
    ),
  );
  const [row] = await query<Record<string, string | number>>(`SELECT ${lookups.join(', ')}`, [
    currency,
    ...offsets,
  ]);
  const of = (name: string) => offsets.map((_, index) => Number(row![`${name}_${index}`]));
  return { recency: of('recency'), frequency: of('frequency'), monetary: of('monetary') };
}

export function quintile(value: number, thresholds: number[]): number {
  return 1 + thresholds.filter((threshold) => value >= threshold).length;
}

/** The same scores in SQL over customer_metrics (parameters $3–$14: the thresholds, as numbers). */
export function rfmScoresSql(): string {
  const score = (expression: string, first: number) =>
    `(1 + ${[0, 1, 2, 3].map((i) => `(${expression} >= $${first + i})::int`).join(' + ')})`;
  return `
  SELECT customer_id, revenue,
    ${score('extract(epoch FROM last_order_at) * 1000', 3)} AS recency,
    ${score('order_count', 7)} AS frequency,
    ${score('revenue', 11)} AS monetary
  FROM customer_metrics WHERE tenant_id = $1 AND currency = $2`;
}

export const thresholdParameters = (t: RfmThresholds) => [...t.recency, ...t.frequency, ...t.monetary];

/** The named segment of a recency and frequency score (the usual RFM grid). */
export function rfmSegment(recency: number, frequency: number): AnalyticsRfmSegment {
  if (recency >= 4 && frequency >= 4) return 'CHAMPIONS';
  if (recency >= 3 && frequency >= 3) return 'LOYAL';
  if (recency >= 4) return 'PROMISING';
  if (recency === 3) return 'NEEDS_ATTENTION';
  if (frequency >= 4) return 'CANNOT_LOSE';
  if (frequency === 3) return 'AT_RISK';
  if (recency === 1 && frequency === 1) return 'LOST';
  return 'HIBERNATING';
}
