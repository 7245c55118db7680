/** Every table built from events: a rebuild empties exactly these (settings and market sizes stay). */
export const readModelTables = [
  'customer_fact',
  'contact_fact',
  'customer_metrics',
  'order_fact',
  'daily_revenue',
  'monthly_dimension_revenue',
  'customer_month_revenue',
  'opportunity_fact',
  'lead_fact',
  'ticket_fact',
  'survey_fact',
  'campaign_fact',
  'campaign_member_fact',
  'campaign_email_fact',
  'quote_fact',
  'topic_status',
] as const;
