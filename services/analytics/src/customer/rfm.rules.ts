import type { TenantQuery } from '../readModel/reportQuery';

/** The named segments of the RFM grid, in report order: the values of the API's AnalyticsRfmSegment. */
export const rfmSegments = [
  'CHAMPIONS',
  'LOYAL',
  'PROMISING',
  'NEEDS_ATTENTION',
  'CANNOT_LOSE',
  'AT_RISK',
  'HIBERNATING',
  'LOST',
] as const;
export type RfmSegment = (typeof rfmSegments)[number];

/**
 * A quintile score 1–5 is ⌈5 × the share of the tenant's customers whose value is at most this one⌉,
 * so equal values score alike; recency ranks the last order time (latest = 5). Equivalently, the
 * score is 1 plus the number of thresholds t₂…t₅ the value reaches, t_k being the value at rank
 * ⌊(k−1)·N/5⌋ (from 0) in ascending order.
 */
export interface RfmThresholds {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

export async function rfmThresholds(query: TenantQuery, currency: string): Promise<RfmThresholds | null> {
  const [{ n } = { n: 0 }] = await query<{ n: number }>(
    'SELECT count(*)::int AS n FROM customer_metrics WHERE tenant_id = $1 AND currency = $2',
    [currency],
  );
  if (n === 0) return null;
  // percentile_disc(f) is the value at rank ⌈f·N⌉ (from 1): half a rank past ⌊k·N/5⌋ lands on it exactly.
  // One scan sorting each column once, instead of twelve ORDER BY … OFFSET lookups (each a sort).
  const fractions = [1, 2, 3, 4].map((k) => (Math.floor((k * n) / 5) + 0.5) / n);
  const at = (column: string) => `percentile_disc($3::float8[]) WITHIN GROUP (ORDER BY ${column})`;
  const [row] = await query<{ recency: number[]; frequency: number[]; monetary: number[] }>(
    `SELECT ARRAY(SELECT extract(epoch FROM t) * 1000 FROM unnest(recency) WITH ORDINALITY AS u(t, i) ORDER BY i)::float8[] AS recency,
            frequency::float8[] AS frequency, monetary::float8[] AS monetary
     FROM (SELECT ${at('last_order_at')} AS recency, ${at('order_count')} AS frequency, ${at('revenue')} AS monetary
           FROM customer_metrics WHERE tenant_id = $1 AND currency = $2) q`,
    [currency, fractions],
  );
  return {
    recency: row!.recency.map(Number),
    frequency: row!.frequency.map(Number),
    monetary: row!.monetary.map(Number),
  };
}

export function quintile(value: number, thresholds: number[]): number {
  return 1 + thresholds.filter((threshold) => value >= threshold).length;
}

/** The same scores in SQL over customer_metrics (parameters $3–$14: the thresholds, see thresholdParameters). */
export function rfmScoresSql(): string {
  const score = (expression: string, first: number, type: string) =>
    `(1 + ${[0, 1, 2, 3].map((i) => `(${expression} >= $${first + i}::${type})::int`).join(' + ')})`;
  // Times compared as timestamps: an epoch per row in numeric would cost more than the whole scan.
  return `
  SELECT customer_id, revenue,
    ${score('last_order_at', 3, 'timestamptz')} AS recency,
    ${score('order_count', 7, 'int')} AS frequency,
    ${score('revenue', 11, 'numeric')} AS monetary
  FROM customer_metrics WHERE tenant_id = $1 AND currency = $2`;
}

export const thresholdParameters = (t: RfmThresholds) => [
  ...t.recency.map((ms) => new Date(ms).toISOString()),
  ...t.frequency,
  ...t.monetary,
];

/** The named segment of a recency and frequency score (the usual RFM grid). */
export function rfmSegment(recency: number, frequency: number): RfmSegment {
  if (recency >= 4 && frequency >= 4) return 'CHAMPIONS';
  if (recency >= 3 && frequency >= 3) return 'LOYAL';
  if (recency >= 4) return 'PROMISING';
  if (recency === 3) return 'NEEDS_ATTENTION';
  if (frequency >= 4) return 'CANNOT_LOSE';
  if (frequency === 3) return 'AT_RISK';
  if (recency === 1 && frequency === 1) return 'LOST';
  return 'HIBERNATING';
}
