import { moneyText, type RequestContext } from '@crm/platform';
import type { CustomerMetricsReport } from '../generated/graphql';
import { tenantQuery, type TenantQuery } from '../readModel/reportQuery';
import { settingsOf, type Settings } from '../settings/settings';
import { annualChurnRate } from './annualChurn';
import { churnRisk, churnRiskSql, type ChurnRiskRow } from './churnRisk.rules';
import { predictedClv } from './clv.rules';
import { quintile, rfmSegment, rfmThresholds } from './rfm.rules';

/** A Customer of the customer subgraph as this subgraph knows it: its id. */
export interface CustomerReference {
  id: string;
}

interface MetricsRow {
  customer_id: string;
  currency: string;
  revenue: string;
  order_count: number;
  first_order_at: Date;
  last_order_at: Date;
  average_order_value: string;
}

/** The tenant's settings and annual churn rate, once per request. */
export function tenantFigures(context: RequestContext) {
  return context.loaders
    .get<'tenant', { settings: Settings; annualChurnRate: number | null }>(
      'analytics.tenantFigures',
      async (keys) => {
        const query = tenantQuery(context);
        const settings = await settingsOf(query);
        const rate = await annualChurnRate(
          context.db.manager.connection,
          query,
          context.db.tenantId,
          settings.inactivityDays,
        );
        return keys.map(() => ({ settings, annualChurnRate: rate }));
      },
    )
    .load('tenant');
}

/** Customer.metrics of many customers at once (one request's list), in the currency asked or each one's main. */
export function customerMetricsLoader(context: RequestContext) {
  return context.loaders.get<string, CustomerMetricsReport>('analytics.customerMetrics', async (keys) => {
    const query = tenantQuery(context);
    const requests = keys.map((key) => {
      const [id, currency] = key.split('|');
      return { id: id!, currency: currency || null };
    });
    const ids = [...new Set(requests.map((r) => r.id))];
    const metricsRows = await query<MetricsRow>(
      `SELECT customer_id, currency, revenue::text AS revenue, order_count, first_order_at, last_order_at,
              round(revenue / order_count, 2)::text AS average_order_value
       FROM customer_metrics WHERE tenant_id = $1 AND customer_id = ANY($2::uuid[])
       ORDER BY customer_id, order_count DESC, revenue DESC, currency`,
      [ids],
    );
    const { settings, annualChurnRate } = await tenantFigures(context);
    const chosen = requests.map(
      (r) =>
        metricsRows.find(
          (m) => m.customer_id === r.id && (r.currency == null || m.currency === r.currency),
        ) ?? null,
    );
    const currencies = [...new Set(chosen.filter((m) => m != null).map((m) => m.currency))];
    const rfm = new Map<string, { recency: number; frequency: number; monetary: number }>();
    for (const currency of currencies) {
      const thresholds = await rfmThresholds(query, currency);
      for (const metrics of chosen.filter((m) => m?.currency === currency)) {
        if (!thresholds || !metrics) continue;
        rfm.set(`${metrics.customer_id}|${currency}`, {
          recency: quintile(metrics.last_order_at.getTime(), thresholds.recency),
          frequency: quintile(metrics.order_count, thresholds.frequency),
          monetary: quintile(Number(metrics.revenue), thresholds.monetary),
        });
      }
    }
    const satisfaction = await query<{ customer_id: string; answers: number; satisfied: number }>(
      `SELECT customer_id, count(*)::int AS answers, count(*) FILTER (WHERE csat >= 4)::int AS satisfied
       FROM survey_fact WHERE tenant_id = $1 AND customer_id = ANY($2::uuid[]) AND answered_at IS NOT NULL
       GROUP BY customer_id`,
      [ids],
    );
    const risks = await riskRows(query, requests, chosen, settings.inactivityDays);
    const now = new Date();
    return requests.map((request, index) => {
      const metrics = chosen[index];
      const answered = satisfaction.find((s) => s.customer_id === request.id);
      const riskInputs = risks.get(request.id)!;
      const risk = churnRisk(riskInputs, settings.inactivityDays);
      const clv = metrics
        ? predictedClv({
            revenue: Number(metrics.revenue),
            orderCount: metrics.order_count,
            firstOrderAt: metrics.first_order_at,
            now,
            annualChurnRate,
            margin: settings.margin,
          })
        : null;
      const scores = metrics ? rfm.get(`${request.id}|${metrics.currency}`) : undefined;
      return {
        currency: metrics?.currency ?? request.currency,
        lifetimeValue: metrics ? moneyText(metrics.revenue) : '0.00',
        orderCount: metrics?.order_count ?? 0,
        averageOrderValue: metrics?.average_order_value ?? null,
        firstOrderAt: metrics?.first_order_at ?? null,
        lastOrderAt: metrics?.last_order_at ?? null,
        predictedClv: clv ? clv.value.toFixed(2) : null,
        predictedClvRule: clv ? clv.rule : 'No orders: no prediction',
        churnRisk: risk,
        rfm: scores ? { ...scores, segment: rfmSegment(scores.recency, scores.frequency) } : null,
        csat: answered ? Math.round((answered.satisfied / answered.answers) * 10_000) / 100 : null,
        // The latest answer's, as churn risk reads it.
        latestNps: riskInputs.latest_nps,
      };
    });
  });
}

/** Churn risk inputs of the requested customers (those without orders too). */
async function riskRows(
  query: TenantQuery,
  requests: { id: string }[],
  chosen: (MetricsRow | null)[],
  inactivityDays: number,
): Promise<Map<string, ChurnRiskRow>> {
  const rows = await query<ChurnRiskRow>(
    churnRiskSql(
      `SELECT * FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::int[])
         AS k(customer_id, first_order_at, last_order_at, order_count)`,
      '$6::numeric',
      'few',
    ),
    [
      requests.map((r) => r.id),
      chosen.map((m) => m?.first_order_at ?? null),
      chosen.map((m) => m?.last_order_at ?? null),
      chosen.map((m) => m?.order_count ?? 0),
      inactivityDays,
    ],
  );
  return new Map(rows.map((row) => [row.customer_id, row]));
}
