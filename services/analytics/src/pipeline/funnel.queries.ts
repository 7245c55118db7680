import { moneyText, type RequestContext } from '@crm/platform';
import type { AnalyticsPeriod } from '../generated/graphql';
import { checkedPeriod, utcMidnight } from '../readModel/period';
import { reportCurrency, rounded, tenantQuery } from '../readModel/reportQuery';

interface FunnelRow {
  key: string;
  leads: number;
  converted: number;
  opportunities: number;
  opportunity_amount: string | null;
  quoted: number;
  accepted_quotes: number;
  won: number;
  lost: number;
  won_amount: string | null;
}

/**
 * Leads created in the period, grouped by source and by campaign; each opportunity counts for the
 * latest lead converted into its customer at or before the opportunity was created.
 */
const funnelSql = `
  WITH leads AS (
    SELECT * FROM lead_fact WHERE tenant_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz
  ),
  attributed AS (
    SELECT DISTINCT ON (o.id) o.id, l.id AS lead_id, o.stage, o.amount, o.currency,
      (SELECT count(*) FROM quote_fact q WHERE q.tenant_id = $1 AND q.opportunity_id = o.id) AS quotes,
      (SELECT count(*) FROM quote_fact q WHERE q.tenant_id = $1 AND q.opportunity_id = o.id
         AND q.status = 'ACCEPTED') AS accepted_quotes
    FROM leads l
    JOIN opportunity_fact o ON o.tenant_id = $1 AND o.customer_id = l.converted_customer_id
      AND o.created_at >= l.converted_at
    ORDER BY o.id, l.converted_at DESC, l.id
  )
  SELECT CASE WHEN GROUPING(l.source) = 0 THEN 'SOURCE' ELSE 'CAMPAIGN' END AS dimension,
    COALESCE(l.source, l.campaign_id::text) AS key, count(DISTINCT l.id)::int AS leads,
    count(DISTINCT l.id) FILTER (WHERE l.converted_customer_id IS NOT NULL)::int AS converted,
    count(a.id)::int AS opportunities,
    sum(a.amount) FILTER (WHERE a.currency = $4)::text AS opportunity_amount,
    count(a.id) FILTER (WHERE a.quotes > 0)::int AS quoted,
    COALESCE(sum(a.accepted_quotes), 0)::int AS accepted_quotes,
    count(a.id) FILTER (WHERE a.stage = 'CLOSED_WON')::int AS won,
    count(a.id) FILTER (WHERE a.stage = 'CLOSED_LOST')::int AS lost,
    sum(a.amount) FILTER (WHERE a.stage = 'CLOSED_WON' AND a.currency = $4)::text AS won_amount
  FROM leads l LEFT JOIN attributed a ON a.lead_id = l.id
  GROUP BY GROUPING SETS ((l.source), (l.campaign_id))
  ORDER BY 3 DESC, 2`;

const amount = (value: string | null) => moneyText(Number(value ?? 0).toFixed(2));

function funnel(row: FunnelRow) {
  return {
    key: row.key,
    leads: row.leads,
    convertedLeads: row.converted,
    opportunities: row.opportunities,
    opportunityAmount: amount(row.opportunity_amount),
    quotedOpportunities: row.quoted,
    acceptedQuotes: row.accepted_quotes,
    won: row.won,
    lost: row.lost,
    wonAmount: amount(row.won_amount),
    leadConversionRate: row.leads === 0 ? null : rounded(row.converted / row.leads, 4),
    winRate: row.won + row.lost === 0 ? null : rounded(row.won / (row.won + row.lost), 4),
  };
}

export async function funnelReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  currencyArg?: string | null,
) {
  const range = checkedPeriod(period);
  const query = tenantQuery(context);
  const currency = await reportCurrency(query, currencyArg);
  const parameters = [utcMidnight(range.from), utcMidnight(range.to), currency];
  // Both groupings from one pass over the attributed opportunities.
  const rows = await query<FunnelRow & { dimension: 'SOURCE' | 'CAMPAIGN' }>(funnelSql, parameters);
  const bySource = rows.filter((row) => row.dimension === 'SOURCE');
  const byCampaign = rows.filter((row) => row.dimension === 'CAMPAIGN' && row.key != null);
  return {
    currency,
    bySource: bySource.map(funnel),
    byCampaign: byCampaign.map((row) => ({ campaign: { id: row.key }, funnel: funnel(row) })),
  };
}
