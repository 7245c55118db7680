/** What the churn risk score of a customer is made of (one row of churnRiskSql). */
export interface ChurnRiskInputs {
  churned: boolean;
  daysSinceLastOrder: number | null;
  averageDaysBetweenOrders: number | null;
  latestNps: number | null;
  latestCsat: number | null;
  recentComplaints: number;
}

/** Days to look back for complaints. */
export const complaintWindowDays = 90;

/**
 * The score 0–100 and one reason per rule that added points:
 * - churned (lifecycle CHURNED): 100;
 * - recency: 50 × days since the last order / inactivity window, at most 50;
 * - overdue: 20 when the last order is more than twice the customer's average gap between orders ago;
 * - detractor: 15 when the latest NPS answer is 0–6;
 * - unhappy: 15 when the latest CSAT answer is 1 or 2;
 * - complaints: 10 when a complaint ticket was opened in the last 90 days.
 */
export function churnRisk(
  inputs: ChurnRiskInputs,
  inactivityDays: number,
): { score: number; reasons: string[] } {
  if (inputs.churned) return { score: 100, reasons: ['Marked as churned'] };
  const reasons: string[] = [];
  let score = 0;
  const days = inputs.daysSinceLastOrder;
  if (days != null) {
    const points = Math.round(50 * Math.min(1, days / inactivityDays));
    if (points > 0) {
      score += points;
      reasons.push(`No order for ${Math.floor(days)} days (inactive after ${inactivityDays})`);
    }
    const gap = inputs.averageDaysBetweenOrders;
    if (gap != null && gap > 0 && days > 2 * gap) {
      score += 20;
      reasons.push(`Overdue: usually orders every ${Math.round(gap)} days`);
    }
  }
  if (inputs.latestNps != null && inputs.latestNps <= 6) {
    score += 15;
    reasons.push(`Detractor: latest NPS answer ${inputs.latestNps}`);
  }
  if (inputs.latestCsat != null && inputs.latestCsat <= 2) {
    score += 15;
    reasons.push(`Unhappy: latest CSAT answer ${inputs.latestCsat}`);
  }
  if (inputs.recentComplaints > 0) {
    score += 10;
    reasons.push(`${inputs.recentComplaints} complaint(s) in the last ${complaintWindowDays} days`);
  }
  return { score: Math.min(100, score), reasons };
}

/**
 * The inputs of churnRisk per customer, for the customers of `customers` (a CTE or subquery giving
 * customer_id, last_order_at, first_order_at, order_count); tenant $1.
 */
export function churnRiskSql(customers: string): string {
  return `
  SELECT k.customer_id,
    COALESCE(c.lifecycle_stage = 'CHURNED', false) AS churned,
    EXTRACT(EPOCH FROM now() - k.last_order_at) / 86400 AS days_since_last_order,
    CASE WHEN k.order_count > 1
      THEN EXTRACT(EPOCH FROM k.last_order_at - k.first_order_at) / 86400 / (k.order_count - 1) END AS average_gap,
    s.nps AS latest_nps, s.csat AS latest_csat,
    (SELECT count(*) FROM ticket_fact t WHERE t.tenant_id = $1 AND t.customer_id = k.customer_id
       AND t.type = 'COMPLAINT' AND t.created_at > now() - interval '${complaintWindowDays} days')::int AS complaints
  FROM (${customers}) k
  LEFT JOIN customer_fact c ON c.tenant_id = $1 AND c.id = k.customer_id
  LEFT JOIN LATERAL (
    SELECT csat, nps FROM survey_fact s WHERE s.tenant_id = $1 AND s.customer_id = k.customer_id
      AND s.answered_at IS NOT NULL ORDER BY s.answered_at DESC, s.id DESC LIMIT 1
  ) s ON true`;
}

export interface ChurnRiskRow {
  customer_id: string;
  churned: boolean;
  days_since_last_order: number | null;
  average_gap: number | null;
  latest_nps: number | null;
  latest_csat: number | null;
  complaints: number;
}

export function churnRiskInputs(row: ChurnRiskRow): ChurnRiskInputs {
  return {
    churned: row.churned,
    daysSinceLastOrder: row.days_since_last_order == null ? null : Number(row.days_since_last_order),
    averageDaysBetweenOrders: row.average_gap == null ? null : Number(row.average_gap),
    latestNps: row.latest_nps,
    latestCsat: row.latest_csat,
    recentComplaints: row.complaints,
  };
}
