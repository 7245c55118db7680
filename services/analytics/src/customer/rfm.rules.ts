import type { AnalyticsRfmSegment } from '../generated/graphql';

/**
 * A quintile score 1–5: ⌈5 × the share of the tenant's customers whose value is at most this one⌉, so
 * equal values score alike. Recency ranks the last order time (latest = 5).
 */
export const quintileSql = (orderBy: string) =>
  `LEAST(5, CEIL(5 * cume_dist() OVER (ORDER BY ${orderBy})))::int`;

/** RFM scores of every customer with orders in the currency (tenant $1, currency $2). */
export const rfmScoresSql = `
  SELECT customer_id, revenue, ${quintileSql('last_order_at')} AS recency,
         ${quintileSql('order_count')} AS frequency, ${quintileSql('revenue')} AS monetary
  FROM customer_metrics WHERE tenant_id = $1 AND currency = $2`;

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
