import { moneyText, type RequestContext } from '@crm/platform';
import type { AnalyticsPeriod } from '../generated/graphql';
import { addMonths, checkedPeriod, coveringMonths, utcMidnight } from '../readModel/period';
import { percent, reportCurrency, rounded, tenantQuery, type TenantQuery } from '../readModel/reportQuery';

const money = (value: string | null) => moneyText(Number(value ?? 0).toFixed(2));

/** Revenue share per value of a customer attribute over whole months, highest first. */
async function shares(query: TenantQuery, currency: string, dimension: string, from: string, to: string) {
  const rows = await query<{ value: string; revenue: string; total: string }>(
    `SELECT value, sum(revenue)::text AS revenue, sum(sum(revenue)) OVER ()::text AS total
     FROM monthly_dimension_revenue
     WHERE tenant_id = $1 AND currency = $2 AND dimension = $3 AND month >= $4::date AND month < $5::date
     GROUP BY value HAVING sum(order_count) > 0 ORDER BY sum(revenue) DESC, value`,
    [currency, dimension, from, to],
  );
  return rows.map((row) => ({
    key: row.value,
    revenue: money(row.revenue),
    share: percent(Number(row.revenue), Number(row.total)) ?? 0,
  }));
}

/**
 * Revenue shares (whole months of the period, customer attributes as now), competitors named on
 * opportunities closed in the period, and market share: the segment's revenue of the 12 months before
 * the period's end over its configured yearly market size.
 */
export async function marketReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  currencyArg?: string | null,
) {
  const range = checkedPeriod(period);
  const query = tenantQuery(context);
  const currency = await reportCurrency(query, currencyArg);
  const months = coveringMonths(range);
  const competitors = await query<{
    competitor: string;
    won: number;
    lost: number;
    lost_amount: string | null;
  }>(
    `SELECT competitor, count(*) FILTER (WHERE stage = 'CLOSED_WON')::int AS won,
            count(*) FILTER (WHERE stage = 'CLOSED_LOST')::int AS lost,
            sum(amount) FILTER (WHERE stage = 'CLOSED_LOST' AND currency = $2)::text AS lost_amount
     FROM opportunity_fact, unnest(competitors) AS competitor
     WHERE tenant_id = $1 AND stage IN ('CLOSED_WON', 'CLOSED_LOST')
       AND closed_at >= $3::timestamptz AND closed_at < $4::timestamptz
     GROUP BY competitor ORDER BY count(*) DESC, competitor`,
    [currency, utcMidnight(range.from), utcMidnight(range.to)],
  );
  const yearEnd = coveringMonths(range).to;
  const marketShare = await query<{ segment: string; size: string; revenue: string | null }>(
    `SELECT s.segment, s.amount::text AS size,
            (SELECT sum(revenue) FROM monthly_dimension_revenue r WHERE r.tenant_id = $1 AND r.currency = $2
               AND r.dimension = 'SEGMENT' AND r.value = s.segment AND r.month >= $3::date AND r.month < $4::date)::text AS revenue
     FROM market_size s WHERE s.tenant_id = $1 AND s.currency = $2 ORDER BY s.segment`,
    [currency, addMonths(yearEnd, -12), yearEnd],
  );
  return {
    currency,
    byIndustry: await shares(query, currency, 'INDUSTRY', months.from, months.to),
    bySegment: await shares(query, currency, 'SEGMENT', months.from, months.to),
    byRegion: await shares(query, currency, 'REGION', months.from, months.to),
    competitors: competitors.map((row) => ({
      competitor: row.competitor,
      won: row.won,
      lost: row.lost,
      winRate: rounded(row.won / (row.won + row.lost), 4) ?? 0,
      lostAmount: money(row.lost_amount),
    })),
    marketShare: marketShare.map((row) => ({
      segment: row.segment,
      marketSize: money(row.size),
      revenue: money(row.revenue),
      share: percent(Number(row.revenue ?? 0), Number(row.size)) ?? 0,
    })),
  };
}
