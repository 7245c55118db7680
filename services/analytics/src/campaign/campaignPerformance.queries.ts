import { moneyText, type RequestContext } from '@crm/platform';
import { percent, rounded, tenantQuery } from '../readModel/reportQuery';

/** A Campaign of the marketing subgraph as this subgraph knows it: its id. */
export interface CampaignReference {
  id: string;
}

/**
 * Per campaign: members and responses (RESPONDED or CONVERTED, or a first response time), emails sent,
 * opened, clicked, bounced and unsubscribed, leads and
 * opportunities naming the campaign, won revenue (won opportunities in the campaign's currency), and
 * ROI = (won revenue − cost) / cost, the cost being the actual cost, else the budget.
 */
export async function campaignPerformance(context: RequestContext) {
  const rows = await tenantQuery(context)<{
    id: string;
    name: string;
    status: string;
    currency: string;
    cost: string | null;
    members: number;
    responses: number;
    leads: number;
    opportunities: number;
    won_revenue: string | null;
    sent: number;
    opened: number;
    clicked: number;
    bounced: number;
    unsubscribed: number;
  }>(
    // One pass per fact table, grouped by campaign, rather than a lookup per campaign.
    `WITH members AS (
       SELECT campaign_id, count(*)::int AS members,
              count(*) FILTER (WHERE status IN ('RESPONDED', 'CONVERTED') OR first_responded_at IS NOT NULL)::int AS responses
       FROM campaign_member_fact WHERE tenant_id = $1 GROUP BY campaign_id
     ),
     emails AS (
       SELECT campaign_id, count(sent_at)::int AS sent, count(first_opened_at)::int AS opened,
              count(first_clicked_at)::int AS clicked, count(bounced_at)::int AS bounced,
              count(unsubscribed_at)::int AS unsubscribed
       FROM campaign_email_fact WHERE tenant_id = $1 GROUP BY campaign_id
     ),
     leads AS (
       SELECT campaign_id, count(*)::int AS leads FROM lead_fact
       WHERE tenant_id = $1 AND campaign_id IS NOT NULL GROUP BY campaign_id
     ),
     deals AS (
       SELECT campaign_id, currency, count(*)::int AS opportunities,
              sum(amount) FILTER (WHERE stage = 'CLOSED_WON') AS won
       FROM opportunity_fact WHERE tenant_id = $1 AND campaign_id IS NOT NULL GROUP BY campaign_id, currency
     )
     SELECT c.id, c.name, c.status, c.currency, COALESCE(c.actual_cost, c.budget)::text AS cost,
       COALESCE(m.members, 0) AS members, COALESCE(m.responses, 0) AS responses,
       COALESCE(l.leads, 0) AS leads,
       COALESCE((SELECT sum(d.opportunities) FROM deals d WHERE d.campaign_id = c.id), 0)::int AS opportunities,
       (SELECT d.won FROM deals d WHERE d.campaign_id = c.id AND d.currency = c.currency)::text AS won_revenue,
       COALESCE(e.sent, 0) AS sent, COALESCE(e.opened, 0) AS opened, COALESCE(e.clicked, 0) AS clicked,
       COALESCE(e.bounced, 0) AS bounced, COALESCE(e.unsubscribed, 0) AS unsubscribed
     FROM campaign_fact c
     LEFT JOIN members m ON m.campaign_id = c.id
     LEFT JOIN emails e ON e.campaign_id = c.id
     LEFT JOIN leads l ON l.campaign_id = c.id
     WHERE c.tenant_id = $1 ORDER BY c.created_at DESC, c.id`,
  );
  return rows.map((row) => {
    const won = Number(row.won_revenue ?? 0);
    const cost = row.cost == null ? null : Number(row.cost);
    return {
      campaign: { id: row.id },
      name: row.name,
      status: row.status,
      currency: row.currency,
      members: row.members,
      responses: row.responses,
      responseRate: percent(row.responses, row.members),
      emailsSent: row.sent,
      emailsOpened: row.opened,
      emailsClicked: row.clicked,
      emailsBounced: row.bounced,
      unsubscribed: row.unsubscribed,
      openRate: percent(row.opened, row.sent),
      clickRate: percent(row.clicked, row.sent),
      leads: row.leads,
      opportunities: row.opportunities,
      wonRevenue: moneyText(won.toFixed(2)),
      cost: row.cost == null ? null : moneyText(Number(row.cost).toFixed(2)),
      roi: cost == null || cost === 0 ? null : rounded((won - cost) / cost, 4),
    };
  });
}
