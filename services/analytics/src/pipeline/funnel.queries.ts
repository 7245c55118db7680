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
 * latest lead converted into its customer at or before the opportunity was created. The opportunities
 * are summed per lead first, so that the groupings join leads one to one (no DISTINCT; a join fanning
 * out made the planner expect millions of rows and spend most of the time compiling the query).
 */
const funnelSql = `
  WITH leads AS (
    SELECT id, source, campaign_id, converted_customer_id, converted_at FROM lead_fact
    WHERE tenant_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz
  ),
  attributed AS (
    SELECT DISTINCT ON (o.id) o.id, l.id AS lead_id, o.stage, o.amount, o.currency
    FROM leads l
    JOIN opportunity_fact o ON o.tenant_id = $1 AND o.customer_id = l.converted_customer_id
      AND o.created_at >= l.converted_at
    ORDER BY o.id, l.converted_at DESC, l.id
  ),
  per_lead AS (
    SELECT a.lead_id, count(*) AS opportunities,
      sum(a.amount) FILTER (WHERE a.currency = $4) AS opportunity_amount,
      count(*) FILTER (WHERE EXISTS (SELECT FROM quote_fact q WHERE q.tenant_id = $1 AND q.opportunity_id = a.id)) AS quoted,
      sum((SELECT count(*) FROM quote_fact q WHERE q.tenant_id = $1 AND q.opportunity_id = a.id
             AND q.status = 'ACCEPTED')) AS accepted_quotes,
      count(*) FILTER (WHERE a.stage = 'CLOSED_WON') AS won,
      count(*) FILTER (WHERE a.stage = 'CLOSED_LOST') AS lost,
      sum(a.amount) FILTER (WHERE a.stage = 'CLOSED_WON' AND a.currency = $4) AS won_amount
    FROM attributed a GROUP BY a.lead_id
  )
  SELECT CASE WHEN GROUPING(l.source) = 0 THEN 'SOURCE' ELSE 'CAMPAIGN' END AS dimension,
    COALESCE(l.source, l.campaign_id::text) AS key, count(*)::int AS leads,
    count(*) FILTER (WHERE l.converted_customer_id IS NOT NULL)::int AS converted,
    COALESCE(sum(p.opportunities), 0)::int AS opportunities,
    sum(p.opportunity_amount)::text AS opportunity_amount,
    COALESCE(sum(p.quoted), 0)::int AS quoted,
    COALESCE(sum(p.accepted_quotes), 0)::int AS accepted_quotes,
    COALESCE(sum(p.won), 0)::int AS won,
    COALESCE(sum(p.lost), 0)::int AS lost,
    sum(p.won_amount)::text AS won_amount
  FROM leads l LEFT JOIN per_lead p ON p.lead_id = l.id
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
