import { moneyText, type RequestContext } from '@crm/platform';
import type { AnalyticsDimension, AnalyticsGranularity, AnalyticsPeriod } from '../generated/graphql';
import {
  addDays,
  addMonths,
  buckets,
  checkedPeriod,
  coveringMonths,
  type DayRange,
} from '../readModel/period';
import { percent, reportCurrency, rounded, tenantQuery } from '../readModel/reportQuery';

/** What SalesReport's fields resolve from; the breakdown is computed only when asked for. */
export interface SalesReportModel {
  tenantId: string;
  currency: string;
  from: string;
  to: string;
  total: SalesFigures;
  previous: SalesFigures;
  growth: number | null;
  series: { from: string; to: string; figures: SalesFigures; growth: number | null }[];
}

export interface SalesFigures {
  revenue: string;
  orderCount: number;
  averageOrderValue: string | null;
}

function figures(revenue: string | null, orderCount: number): SalesFigures {
  const value = revenue ?? '0';
  return {
    revenue: moneyText(Number(value).toFixed(2)),
    orderCount,
    averageOrderValue: orderCount > 0 ? (Number(value) / orderCount).toFixed(2) : null,
  };
}

/** (current − previous) / previous, null when previous is 0. */
export function growthOf(current: number, previous: number): number | null {
  return previous === 0 ? null : rounded((current - previous) / previous, 4);
}

/** Revenue and orders of several day ranges at once, from the daily rollup. */
async function dailyFigures(context: RequestContext, currency: string, ranges: DayRange[]) {
  const rows = await tenantQuery(context)<{ i: string; revenue: string | null; orders: number }>(
    `SELECT b.i, sum(d.revenue)::text AS revenue, COALESCE(sum(d.order_count), 0)::int AS orders
     FROM unnest($3::date[], $4::date[]) WITH ORDINALITY AS b(s, e, i)
     LEFT JOIN daily_revenue d ON d.tenant_id = $1 AND d.currency = $2 AND d.day >= b.s AND d.day < b.e
     GROUP BY b.i ORDER BY b.i`,
    [currency, ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  return rows.map((row) => figures(row.revenue, row.orders));
}

export async function salesReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  granularity: AnalyticsGranularity,
  currencyArg: string | null | undefined,
): Promise<SalesReportModel> {
  const range = checkedPeriod(period);
  const currency = await reportCurrency(tenantQuery(context), currencyArg);
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  const previousRange = { from: addDays(range.from, -days), to: range.from };
  const parts = buckets(range, granularity);
  // Each sub-period's growth compares it with the whole bucket before it.
  const before = parts.map((part, index) =>
    index === 0 ? { from: bucketBefore(part.start, granularity), to: part.start } : parts[index - 1]!,
  );
  const [total, previous, ...rest] = await dailyFigures(context, currency, [
    range,
    previousRange,
    ...parts,
    ...before,
  ]);
  const series = rest.slice(0, parts.length);
  const earlier = rest.slice(parts.length);
  return {
    tenantId: context.user.tenantId,
    currency,
    ...range,
    total: total!,
    previous: previous!,
    growth: growthOf(Number(total!.revenue), Number(previous!.revenue)),
    series: parts.map((part, index) => ({
      from: part.from,
      to: part.to,
      figures: series[index]!,
      growth: growthOf(Number(series[index]!.revenue), Number(earlier[index]!.revenue)),
    })),
  };
}

function bucketBefore(start: string, granularity: AnalyticsGranularity): string {
  switch (granularity) {
    case 'DAY':
      return addDays(start, -1);
    case 'WEEK':
      return addDays(start, -7);
    case 'MONTH':
      return addMonths(start, -1);
    case 'QUARTER':
      return addMonths(start, -3);
  }
}

/** Revenue by a dimension over the whole months of the period, with the share and growth of each value. */
export async function salesBreakdown(
  context: RequestContext,
  report: SalesReportModel,
  dimension: AnalyticsDimension,
  first: number,
) {
  const months = coveringMonths(report);
  const earlier = { from: addMonths(months.from, -months.months), to: months.from };
  const rows = await tenantQuery(context)<{
    value: string;
    label: string;
    revenue: string;
    orders: number;
    previous: string;
    all_revenue: string;
  }>(
    `SELECT value, max(label) AS label,
            COALESCE(sum(revenue) FILTER (WHERE month >= $4), 0)::text AS revenue,
            COALESCE(sum(order_count) FILTER (WHERE month >= $4), 0)::int AS orders,
            COALESCE(sum(revenue) FILTER (WHERE month < $4), 0)::text AS previous,
            sum(sum(revenue) FILTER (WHERE month >= $4)) OVER ()::text AS all_revenue
     FROM monthly_dimension_revenue
     WHERE tenant_id = $1 AND currency = $2 AND dimension = $3 AND month >= $5 AND month < $6
     GROUP BY value
     HAVING COALESCE(sum(order_count) FILTER (WHERE month >= $4), 0) > 0
     ORDER BY sum(revenue) FILTER (WHERE month >= $4) DESC NULLS LAST, value
     LIMIT $7`,
    [report.currency, dimension, months.from, earlier.from, months.to, Math.max(0, Math.min(first, 500))],
  );
  return rows.map((row) => ({
    key: row.value,
    label: row.label,
    figures: figures(row.revenue, row.orders),
    share: percent(Number(row.revenue), Number(row.all_revenue)),
    growth: growthOf(Number(row.revenue), Number(row.previous)),
  }));
}
