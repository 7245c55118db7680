import type { AnalyticsGranularity, AnalyticsPeriod } from '../generated/graphql';
import { buckets, checkedPeriod, type DayRange } from '../readModel/period';
import { rounded, tenantQuery, type TenantQuery } from '../readModel/reportQuery';
import { settingsOf } from '../settings/analyticsSettings';
import type { RequestContext } from '@crm/platform';

export interface ChurnFigures {
  activeAtStart: number;
  churned: number;
  rate: number | null;
}

/** Boundaries per query: an activity mask is a bigint, one bit per boundary. */
const maxBoundaries = 60;

/**
 * DESIGN §9 for each range [from, to): customers active at `from` who are not active at `to`, over
 * those active at `from`. Active at t: a counted order in [t − window, t), and not marked churned
 * before t. Times are UTC midnights; the window is the tenant's, the one its activity spans are kept for.
 *
 * One scan of the activity spans: a span (start, end] makes its customer active at the boundaries in
 * it, a run of bits; OR-ed per customer that is the customer's activity mask, and the masks are
 * counted by pattern, so that the ranges are answered from a few hundred rows.
 */
export async function churnFigures(query: TenantQuery, ranges: DayRange[]): Promise<ChurnFigures[]> {
  const results: ChurnFigures[] = [];
  for (let start = 0; start < ranges.length;) {
    const chunk: DayRange[] = [];
    const boundaries = new Set<string>();
    while (start < ranges.length) {
      const range = ranges[start]!;
      const grown = new Set([...boundaries, range.from, range.to]);
      if (chunk.length > 0 && grown.size > maxBoundaries) break;
      chunk.push(range);
      grown.forEach((b) => boundaries.add(b));
      start += 1;
    }
    results.push(...(await churnOfChunk(query, chunk, [...boundaries].sort())));
  }
  return results;
}

async function churnOfChunk(
  query: TenantQuery,
  ranges: DayRange[],
  boundaries: string[],
): Promise<ChurnFigures[]> {
  const patterns = await query<{ mask: string; customers: number }>(
    `WITH t AS (SELECT $2::timestamptz[] AS bounds),
     runs AS (
       SELECT a.customer_id, width_bucket(a.starts_at, t.bounds) AS lo, width_bucket(a.ends_at, t.bounds) - 1 AS hi
       FROM customer_activity_span a, t
       WHERE a.tenant_id = $1 AND a.ends_at >= t.bounds[1] AND a.starts_at < t.bounds[array_length(t.bounds, 1)]
     ),
     masks AS (
       SELECT customer_id, bit_or((1::bigint << (hi + 1)) - (1::bigint << lo)) AS mask
       FROM runs WHERE hi >= lo GROUP BY customer_id
     )
     SELECT (CASE WHEN c.churned_at IS NULL THEN m.mask
                  ELSE m.mask & ((1::bigint << width_bucket(c.churned_at, t.bounds)) - 1) END)::text AS mask,
            count(*)::int AS customers
     FROM masks m CROSS JOIN t
     LEFT JOIN customer_fact c ON c.tenant_id = $1 AND c.id = m.customer_id AND c.churned_at IS NOT NULL
     GROUP BY 1`,
    [boundaries.map((b) => `${b}T00:00:00Z`)],
  );
  const bit = (date: string) => 1n << BigInt(boundaries.indexOf(date));
  return ranges.map(({ from, to }) => {
    let active = 0;
    let churned = 0;
    for (const { mask, customers } of patterns) {
      const bits = BigInt(mask);
      if ((bits & bit(from)) === 0n) continue;
      active += customers;
      if ((bits & bit(to)) === 0n) churned += customers;
    }
    return { activeAtStart: active, churned, rate: active === 0 ? null : rounded(churned / active, 4) };
  });
}

export async function churnRateReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  granularity: AnalyticsGranularity,
) {
  const range = checkedPeriod(period);
  const query = tenantQuery(context);
  const { inactivityDays } = await settingsOf(query);
  const parts = buckets(range, granularity);
  const [overall, ...series] = await churnFigures(query, [range, ...parts]);
  return {
    ...range,
    inactivityDays,
    ...overall!,
    series: parts.map((part, index) => ({ from: part.from, to: part.to, ...series[index]! })),
  };
}
