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

/**
 * DESIGN §9 for each range [from, to): customers active at `from` (an order in the inactivity window
 * before it, not marked churned by then) who are not active at `to` (no order in the window before it,
 * or marked churned before it), over those active at `from`. Times are UTC midnights.
 */
export async function churnFigures(
  query: TenantQuery,
  ranges: DayRange[],
  inactivityDays: number,
): Promise<ChurnFigures[]> {
  if (ranges.length === 0) return [];
  const rows = await query<{ i: string; active: number; churned: number }>(
    `WITH bounds AS (
       SELECT b.i, b.s::timestamptz AS s, b.e::timestamptz AS e
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS b(s, e, i)
     ),
     active_at_start AS (
       SELECT DISTINCT b.i, b.s, b.e, o.customer_id
       FROM bounds b
       JOIN order_fact o ON o.tenant_id = $1 AND o.counted
         AND o.placed_at >= b.s - make_interval(days => $4) AND o.placed_at < b.s
       LEFT JOIN customer_fact c ON c.tenant_id = $1 AND c.id = o.customer_id
       WHERE c.churned_at IS NULL OR c.churned_at >= b.s
     )
     SELECT b.i, count(a.customer_id)::int AS active,
       count(a.customer_id) FILTER (WHERE
         EXISTS (SELECT 1 FROM customer_fact c WHERE c.tenant_id = $1 AND c.id = a.customer_id AND c.churned_at < b.e)
         OR NOT EXISTS (SELECT 1 FROM order_fact o WHERE o.tenant_id = $1 AND o.customer_id = a.customer_id AND o.counted
                          AND o.placed_at >= b.e - make_interval(days => $4) AND o.placed_at < b.e))::int AS churned
     FROM bounds b LEFT JOIN active_at_start a ON a.i = b.i
     GROUP BY b.i ORDER BY b.i`,
    [ranges.map((r) => `${r.from}T00:00:00Z`), ranges.map((r) => `${r.to}T00:00:00Z`), inactivityDays],
  );
  return rows.map((row) => ({
    activeAtStart: row.active,
    churned: row.churned,
    rate: row.active === 0 ? null : rounded(row.churned / row.active, 4),
  }));
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
  const [overall, ...series] = await churnFigures(query, [range, ...parts], inactivityDays);
  return {
    ...range,
    inactivityDays,
    ...overall!,
    series: parts.map((part, index) => ({ from: part.from, to: part.to, ...series[index]! })),
  };
}
