import { moneyText, type RequestContext } from '@crm/platform';

/** Campaign.performance as computed here; membersByStatus resolves through the member counts loader. */
export interface CampaignPerformanceView {
  campaignId: string;
  currency: string;
  responseRate: string | null;
  leads: number;
  convertedLeads: number;
  opportunities: number;
  wonOpportunities: number;
  wonRevenue: string;
  actualCost: string | null;
  roi: string | null;
  costPerLead: string | null;
}

const money = (value: string | null) => (value == null ? null : moneyText(value));

/**
 * Every figure in numeric arithmetic in PostgreSQL (no floats): response rate = members who responded /
 * members × 100; ROI = (won revenue − actual cost) / actual cost; cost per lead = actual cost / leads.
 */
const performanceSql = `
  SELECT c.id AS "campaignId", c.currency, c.actual_cost::text AS "actualCost",
         l.leads, l.converted AS "convertedLeads", o.opportunities, o.won AS "wonOpportunities",
         o.revenue::text AS "wonRevenue",
         CASE WHEN mem.total > 0 THEN round(100.0 * mem.responded / mem.total, 2)::text END AS "responseRate",
         CASE WHEN c.actual_cost > 0 THEN round((o.revenue - c.actual_cost) / c.actual_cost, 4)::text END AS roi,
         CASE WHEN c.actual_cost IS NOT NULL AND l.leads > 0 THEN round(c.actual_cost / l.leads, 2)::text END
           AS "costPerLead"
  FROM campaign c
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS total, count(*) FILTER (WHERE m.first_responded_at IS NOT NULL)::int AS responded
    FROM campaign_member m WHERE m.tenant_id = c.tenant_id AND m.campaign_id = c.id) mem
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS leads, count(*) FILTER (WHERE la.status = 'CONVERTED')::int AS converted
    FROM lead_attribution la WHERE la.tenant_id = c.tenant_id AND la.campaign_id = c.id) l
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS opportunities, count(*) FILTER (WHERE oa.stage = 'CLOSED_WON')::int AS won,
           COALESCE(sum(oa.amount) FILTER (WHERE oa.stage = 'CLOSED_WON' AND oa.currency = c.currency), 0)
             AS revenue
    FROM opportunity_attribution oa WHERE oa.tenant_id = c.tenant_id AND oa.campaign_id = c.id) o
  WHERE c.tenant_id = $1 AND c.id = ANY($2)`;

/** Campaign.performance of every campaign of a request in one statement. */
export function campaignPerformanceLoader(context: RequestContext) {
  return context.loaders.get<string, CampaignPerformanceView>('campaignPerformance', async (campaignIds) => {
    const rows: CampaignPerformanceView[] = await context.db.manager.query(performanceSql, [
      context.db.tenantId,
      [...campaignIds],
    ]);
    const byId = new Map(
      rows.map((row) => [
        row.campaignId,
        {
          ...row,
          wonRevenue: moneyText(row.wonRevenue),
          actualCost: money(row.actualCost),
          costPerLead: money(row.costPerLead),
        },
      ]),
    );
    return campaignIds.map((id) => byId.get(id)!);
  });
}
