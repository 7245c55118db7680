import type { AnalyticsGranularity, AnalyticsPeriod } from '../generated/graphql';
import { buckets, checkedPeriod, type DayRange } from '../readModel/period';
import { rounded, tenantQuery, type TenantQuery } from '../readModel/reportQuery';
import { settingsOf } from '../settings/settings';
import type { RequestContext } from '@crm/platform';

export interface ChurnFigures {
  activeAtStart: number;
  churned: number;
  rate: number | null;
}

/** Boundaries per query: an activity mask is a bigint, one bit per boundary. */
const maxBoundaries = 60;

/**
 * docs/architecture.md §9 for each range [from, to): customers active at `from` who are not active at `to`, over
 * those active at `from`. Active at t: a counted order in [t − window, t), and not marked churned
 * before t: the customer's activity spans (start, end]. Times are UTC midnights.
 *
 * One scan of the spans, in customer order from their key: a span makes its customer active at the
 * boundaries b with start < b ≤ end, a run of bits (bit k for the k-th boundary); OR-ed per customer
 * that is the customer's activity mask, and the masks are counted by pattern, so that the ranges are
 * answered from a few hundred rows.
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
    `WITH masks AS (
       SELECT bit_or((1::bigint << width_bucket(a.ends_at, $2::timestamptz[]))
                     - (1::bigint << width_bucket(a.starts_at, $2::timestamptz[]))) AS mask
       FROM customer_activity_span a
       WHERE a.tenant_id = $1 AND a.ends_at >= ($2::timestamptz[])[1]
         AND a.starts_at < ($2::timestamptz[])[array_length($2::timestamptz[], 1)]
       GROUP BY a.customer_id
     )
     SELECT mask::text, count(*)::int AS customers FROM masks WHERE mask <> 0 GROUP BY 1`,
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
