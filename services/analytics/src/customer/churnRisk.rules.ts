/** Days to look back for complaints. */
export const complaintWindowDays = 90;

/** The points of each rule; recency's grow with the days since the last order, up to the window. */
export const riskPoints = { recency: 50, overdue: 20, detractor: 15, unhappy: 15, complaint: 10 };

/** The most a customer not marked churned gets beside recency. */
export const pointsBesideRecency =
  riskPoints.overdue + riskPoints.detractor + riskPoints.unhappy + riskPoints.complaint;

/**
 * The churn risk of customers, 0–100, with the points of each rule (tenant $1; `customers` is a
 * subquery giving customer_id, first_order_at, last_order_at, order_count; `inactivityDays` the
 * parameter holding the window):
 * - churned (lifecycle CHURNED): 100;
 * - recency: 50 × days since the last order / inactivity window, rounded, at most 50;
 * - overdue: 20 when the last order is more than twice the customer's average gap between orders ago;
 * - detractor: 15 when the latest NPS answer is 0–6;
 * - unhappy: 15 when the latest CSAT answer is 1 or 2;
 * - complaints: 10 when a complaint ticket was opened in the last 90 days.
 * Computed in SQL so that "customers at risk" ranks every customer without loading them.
 */
export function churnRiskSql(
  customers: string,
  inactivityDays: string,
  /** 'few': look surveys and tickets up per listed customer; 'all': one pass over the tenant's. */
  scale: 'few' | 'all',
): string {
  const listed = scale === 'few' ? 'AND customer_id IN (SELECT customer_id FROM k)' : '';
  return `
  WITH k AS (${customers}),
  latest AS (
    SELECT customer_id, csat, nps FROM customer_latest_answer WHERE tenant_id = $1 ${listed}
  ),
  complaints AS (
    SELECT customer_id, count(*)::int AS n FROM ticket_fact
    WHERE tenant_id = $1 AND type = 'COMPLAINT' AND created_at > now() - interval '${complaintWindowDays} days'
      ${listed}
    GROUP BY customer_id
  ),
  inputs AS (
    SELECT k.customer_id, c.id IS NOT NULL AS churned,
      -- date_part gives float8: EXTRACT's numeric costs a tenth of a second per 100,000 customers.
      date_part('epoch', now() - k.last_order_at) / 86400 AS days_since_last_order,
      CASE WHEN k.order_count > 1
        THEN date_part('epoch', k.last_order_at - k.first_order_at) / 86400 / (k.order_count - 1) END AS average_gap,
      s.nps AS latest_nps, s.csat AS latest_csat, COALESCE(x.n, 0) AS complaints
    FROM k
    -- Only the customers marked churned (lifecycle CHURNED): a small hash instead of every customer.
    LEFT JOIN customer_fact c ON c.tenant_id = $1 AND c.id = k.customer_id AND c.churned_at IS NOT NULL
    LEFT JOIN latest s ON s.customer_id = k.customer_id
    LEFT JOIN complaints x ON x.customer_id = k.customer_id
  ),
  points AS (
    SELECT inputs.*,
      -- LEAST ignores NULL: a customer without orders gets no recency points.
      CASE WHEN days_since_last_order IS NULL THEN 0
        ELSE round((${riskPoints.recency} * LEAST(1, days_since_last_order / ${inactivityDays}))::numeric) END::int AS recency_points,
      CASE WHEN average_gap > 0 AND days_since_last_order > 2 * average_gap THEN ${riskPoints.overdue} ELSE 0 END AS overdue_points,
      CASE WHEN latest_nps <= 6 THEN ${riskPoints.detractor} ELSE 0 END AS detractor_points,
      CASE WHEN latest_csat <= 2 THEN ${riskPoints.unhappy} ELSE 0 END AS unhappy_points,
      CASE WHEN complaints > 0 THEN ${riskPoints.complaint} ELSE 0 END AS complaint_points
    FROM inputs
  )
  SELECT points.*, CASE WHEN churned THEN 100 ELSE LEAST(100,
    recency_points + overdue_points + detractor_points + unhappy_points + complaint_points) END AS score
  FROM points`;
}

export interface ChurnRiskRow {
  customer_id: string;
  churned: boolean;
  days_since_last_order: number | null;
  average_gap: number | null;
  latest_nps: number | null;
  latest_csat: number | null;
  complaints: number;
  recency_points: number;
  overdue_points: number;
  detractor_points: number;
  unhappy_points: number;
  complaint_points: number;
  score: number;
}

/** The score and one reason per rule that added points. */
export function churnRisk(row: ChurnRiskRow, inactivityDays: number): { score: number; reasons: string[] } {
  if (row.churned) return { score: 100, reasons: ['Marked as churned'] };
  const reasons: string[] = [];
  if (row.recency_points > 0) {
    const days = Math.floor(Number(row.days_since_last_order));
    reasons.push(`No order for ${days} days (inactive after ${inactivityDays})`);
  }
  if (row.overdue_points > 0) {
    reasons.push(`Overdue: usually orders every ${Math.round(Number(row.average_gap))} days`);
  }
  if (row.detractor_points > 0) reasons.push(`Detractor: latest NPS answer ${row.latest_nps}`);
  if (row.unhappy_points > 0) reasons.push(`Unhappy: latest CSAT answer ${row.latest_csat}`);
  if (row.complaint_points > 0) {
    reasons.push(`${row.complaints} complaint(s) in the last ${complaintWindowDays} days`);
  }
  return { score: row.score, reasons };
}
