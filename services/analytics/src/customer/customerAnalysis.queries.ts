import { moneyText, type RequestContext } from '@crm/platform';
import { reportCurrency, tenantQuery, type TenantQuery } from '../readModel/reportQuery';
import {
  churnRisk,
  churnRiskSql,
  pointsBesideRecency,
  riskPoints,
  type ChurnRiskRow,
} from './churnRisk.rules';
import { tenantFigures } from './customerMetrics.queries';
import {
  rfmScoresSql,
  rfmSegment,
  rfmSegments,
  rfmThresholds,
  thresholdParameters,
  type RfmSegment,
} from './rfm.rules';

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();

/** RFM segment sizes and revenue, from the (recency, frequency) grid of the scores. */
async function rfmSegmentSizes(query: TenantQuery, currency: string) {
  const thresholds = await rfmThresholds(query, currency);
  const grid = thresholds
    ? await query<{ recency: number; frequency: number; customers: number; revenue: string }>(
        `SELECT recency, frequency, count(*)::int AS customers, sum(revenue)::text AS revenue
         FROM (${rfmScoresSql()}) r GROUP BY recency, frequency`,
        [currency, ...thresholdParameters(thresholds)],
      )
    : [];
  const segments = new Map<RfmSegment, { customers: number; revenue: number }>();
  for (const cell of grid) {
    const segment = rfmSegment(cell.recency, cell.frequency);
    const entry = segments.get(segment) ?? { customers: 0, revenue: 0 };
    entry.customers += cell.customers;
    entry.revenue += Number(cell.revenue);
    segments.set(segment, entry);
  }
  return rfmSegments
    .filter((segment) => segments.has(segment))
    .map((segment) => ({
      segment,
      customers: segments.get(segment)!.customers,
      revenue: segments.get(segment)!.revenue.toFixed(2),
    }));
}

/** Cohorts by the UTC month of the first order, with the share active in each later month (kept by the consumers). */
async function cohorts(query: TenantQuery, currency: string) {
  const cells = await query<{ cohort: string; offset: number; customers: number }>(
    `SELECT to_char(cohort_month, 'YYYY-MM-DD') AS cohort,
            ((extract(year FROM active_month) - extract(year FROM cohort_month)) * 12
              + extract(month FROM active_month) - extract(month FROM cohort_month))::int AS offset,
            customers
     FROM cohort_activity WHERE tenant_id = $1 AND currency = $2 AND customers > 0
     ORDER BY 1, 2`,
    [currency],
  );
  const now = new Date();
  const byMonth = new Map<string, { month: Date; counts: Map<number, number> }>();
  for (const cell of cells) {
    const cohort = byMonth.get(cell.cohort) ?? {
      month: new Date(`${cell.cohort}T00:00:00Z`),
      counts: new Map(),
    };
    cohort.counts.set(cell.offset, cell.customers);
    byMonth.set(cell.cohort, cohort);
  }
  return [...byMonth.values()].map(({ month, counts }) => {
    const size = counts.get(0) ?? 0;
    return {
      month: month.toISOString().slice(0, 10),
      customers: size,
      retention: Array.from({ length: monthsBetween(month, now) + 1 }, (_, k) =>
        size === 0 ? 0 : Math.round(((counts.get(k) ?? 0) / size) * 10_000) / 100,
      ),
    };
  });
}

/** The customer count, and ten equal lifetime-value buckets from 0 to the highest. */
async function clvDistribution(query: TenantQuery, currency: string) {
  const [range] = await query<{ customers: number; highest: string | null }>(
    'SELECT count(*)::int AS customers, max(revenue)::text AS highest FROM customer_metrics WHERE tenant_id = $1 AND currency = $2',
    [currency],
  );
  const highest = Number(range!.highest ?? 0);
  const width = highest / 10;
  const bucketCounts = await query<{ bucket: number; customers: number }>(
    `SELECT LEAST(9, floor(revenue / $3))::int AS bucket, count(*)::int AS customers
     FROM customer_metrics WHERE tenant_id = $1 AND currency = $2 AND $3 > 0 GROUP BY 1`,
    [currency, width],
  );
  return {
    customerCount: range!.customers,
    buckets:
      highest > 0
        ? Array.from({ length: 10 }, (_, index) => ({
            from: (width * index).toFixed(2),
            to: (width * (index + 1)).toFixed(2),
            customers: bucketCounts.find((b) => b.bucket === index)?.customers ?? 0,
          }))
        : [],
  };
}

async function topCustomers(query: TenantQuery, currency: string, limit: number) {
  const rows = await query<{
    customer_id: string;
    revenue: string;
    order_count: number;
    last_order_at: Date;
  }>(
    `SELECT m.customer_id, m.revenue::text AS revenue, m.order_count, m.last_order_at FROM customer_metrics m
     WHERE m.tenant_id = $1 AND m.currency = $2 ORDER BY m.revenue DESC, m.customer_id LIMIT $3`,
    [currency, limit],
  );
  return rows.map((row) => ({
    customer: { id: row.customer_id },
    lifetimeValue: moneyText(row.revenue),
    orderCount: row.order_count,
    lastOrderAt: row.last_order_at,
  }));
}

export async function customerAnalysis(
  context: RequestContext,
  currencyArg: string | null | undefined,
  top: number,
) {
  const query = tenantQuery(context);
  const currency = await reportCurrency(query, currencyArg);
  // Independent parts, each on its own pooled connection.
  const [rfmSegments, cohortList, distribution, topList] = await Promise.all([
    rfmSegmentSizes(query, currency),
    cohorts(query, currency),
    clvDistribution(query, currency),
    topCustomers(query, currency, Math.max(0, Math.min(top, 100))),
  ]);
  return {
    currency,
    customerCount: distribution.customerCount,
    rfmSegments,
    cohorts: cohortList,
    clvDistribution: distribution.buckets,
    topCustomers: topList,
  };
}

/**
 * Customers with orders in the currency whose churn risk is at least minScore, highest first.
 *
 * Scoring every customer is a pass over all of them, so the ranking first tries a high floor: a
 * customer not marked churned scores at most its recency points + pointsBesideRecency, and recency
 * points grow with the days since the last order, so only those marked churned or silent long enough
 * can reach the floor. When at least `first` of them do, no other customer can rank before them;
 * otherwise the next, lower floor is tried, down to minScore.
 */
export async function customersAtRisk(
  context: RequestContext,
  minScore: number,
  first: number,
  currencyArg: string | null | undefined,
) {
  const query = tenantQuery(context);
  const currency = await reportCurrency(query, currencyArg);
  const { settings } = await tenantFigures(context);
  const limit = Math.max(0, Math.min(first, 500));
  if (limit === 0 || minScore > 100) return []; // no score is above 100
  const floors = [100, 80, minScore].filter(
    (floor, index, all) => floor >= minScore && all.indexOf(floor) === index,
  );
  for (const floor of floors) {
    // p recency points need (p − ½) ÷ riskPoints.recency of the window; a point less keeps clear of rounding.
    const silentDays = Math.max(
      0,
      ((floor - pointsBesideRecency - 1) / riskPoints.recency) * settings.inactivityDays,
    );
    const rows = await query<ChurnRiskRow & { revenue: string; last_order_at: Date }>(
      `SELECT r.*, m.revenue::text AS revenue, m.last_order_at
       FROM (${churnRiskSql(
         `SELECT customer_id, first_order_at, last_order_at, order_count FROM customer_metrics
          WHERE tenant_id = $1 AND currency = $2 AND ($6::float8 = 0
            OR last_order_at <= now() - make_interval(secs => $6::float8 * 86400)
            OR customer_id IN (SELECT id FROM customer_fact WHERE tenant_id = $1 AND churned_at IS NOT NULL))`,
         '$3::numeric',
         'all',
       )}) r
       JOIN customer_metrics m ON m.tenant_id = $1 AND m.customer_id = r.customer_id AND m.currency = $2
       WHERE r.score >= $4
       ORDER BY r.score DESC, r.customer_id LIMIT $5`,
      [currency, settings.inactivityDays, floor, limit, silentDays],
    );
    if (rows.length >= limit || floor === floors.at(-1)) {
      return rows.map((row) => ({
        customer: { id: row.customer_id },
        ...churnRisk(row, settings.inactivityDays),
        lastOrderAt: row.last_order_at,
        lifetimeValue: moneyText(row.revenue),
      }));
    }
  }
  return [];
}
