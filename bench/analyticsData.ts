// Data for the analytics benchmark: a tenant's read models and rollups filled with SQL (generate_series)
// the way the consumers would leave them, and a stream of real order events for consumer throughput.
import { randomUUID } from 'node:crypto';
import { recomputeTenantActivitySpans } from '@crm/analytics/src/customer/activitySpans';
import { encodeCloudEvent, type EncodedKafkaMessage } from '@crm/events';
import type { DataSource } from 'typeorm';

export interface AnalyticsVolume {
  customers: number;
  orders: number;
}

const industries = `ARRAY['Retail','Software','Banking','Manufacturing','Health','Energy','Logistics','Media','Food','Telecom']`;
const segments = `ARRAY['SMB','Mid-market','Enterprise','Public','Startup']`;
const countries = `ARRAY['FR','DE','ES','IT','NL','BE','PL','SE','GB','US']`;

/**
 * Fills the tenant's facts (customers, orders over three years, deals, leads, tickets, surveys,
 * campaigns, members, emails, quotes), then derives every rollup from the facts in SQL, as the
 * consumers would have kept them.
 */
export async function fillAnalyticsReadModels(
  dataSource: DataSource,
  tenantId: string,
  { customers, orders }: AnalyticsVolume,
): Promise<void> {
  const run = (sql: string) => dataSource.query(sql, [tenantId]);
  const customerOf = (expression: string) => `md5('c' || (1 + (${expression}) % ${customers}))::uuid`;
  await run(
    `INSERT INTO customer_fact (tenant_id, id, kind, industry, segment, country, lifecycle_stage, owner_id, churned_at, deleted_at, version, created_at)
     SELECT $1, md5('c' || i)::uuid, 'ORGANIZATION', (${industries})[1 + i % 10], (${segments})[1 + i % 5],
            (${countries})[1 + i % 10], CASE WHEN i % 97 = 0 THEN 'CHURNED' ELSE 'CUSTOMER' END, 'rep-' || (i % 40),
            CASE WHEN i % 97 = 0 THEN now() - interval '30 days' END, NULL, 1, now() - interval '4 years'
     FROM generate_series(1, ${customers}) i`,
  );
  // Customers order at different rates (a skewed pick); one order in 33 is cancelled.
  await run(
    `INSERT INTO order_fact (tenant_id, id, customer_id, owner_id, currency, status, counted, total, placed_at, lines, version)
     SELECT $1, md5('o' || g)::uuid, ${customerOf('(g * 7919 + (g % 13) * (g % 7)) ')}, 'rep-' || (g % 40), 'EUR',
            CASE WHEN g % 33 = 0 THEN 'CANCELLED' ELSE 'DELIVERED' END, g % 33 <> 0, total,
            now() - (g % 1095) * interval '1 day' - (g % 86400) * interval '1 second',
            jsonb_build_array(jsonb_build_object('productId', md5('p' || (1 + g % 50))::uuid,
              'productName', 'Product ' || (1 + g % 50), 'quantity', 1, 'lineTotal', total::text)), 2
     FROM (SELECT g, round((20 + (g * 37 % 980))::numeric, 2) AS total FROM generate_series(1::bigint, ${orders}) g) o`,
  );
  await run(
    `INSERT INTO daily_revenue (tenant_id, currency, day, revenue, order_count)
     SELECT tenant_id, currency, (placed_at AT TIME ZONE 'UTC')::date, sum(total), count(*)
     FROM order_fact WHERE tenant_id = $1 AND counted GROUP BY 1, 2, 3`,
  );
  await run(
    `INSERT INTO customer_month_revenue (tenant_id, customer_id, currency, month, revenue, order_count)
     SELECT tenant_id, customer_id, currency, date_trunc('month', placed_at AT TIME ZONE 'UTC')::date, sum(total), count(*)
     FROM order_fact WHERE tenant_id = $1 AND counted GROUP BY 1, 2, 3, 4`,
  );
  await run(
    `INSERT INTO customer_metrics (tenant_id, customer_id, currency, revenue, order_count, first_order_at, last_order_at)
     SELECT tenant_id, customer_id, currency, sum(total), count(*), min(placed_at), max(placed_at)
     FROM order_fact WHERE tenant_id = $1 AND counted GROUP BY 1, 2, 3`,
  );
  await dataSource.transaction((manager) => recomputeTenantActivitySpans(manager, tenantId));
  await run(
    `INSERT INTO cohort_activity (tenant_id, currency, cohort_month, active_month, customers)
     SELECT m.tenant_id, m.currency, date_trunc('month', m.first_order_at AT TIME ZONE 'UTC')::date, r.month, count(*)
     FROM customer_metrics m
     JOIN customer_month_revenue r ON r.tenant_id = m.tenant_id AND r.customer_id = m.customer_id
       AND r.currency = m.currency AND r.order_count > 0
     WHERE m.tenant_id = $1 GROUP BY 1, 2, 3, 4`,
  );
  await run(
    `INSERT INTO monthly_dimension_revenue (tenant_id, currency, dimension, value, month, label, revenue, order_count)
     SELECT r.tenant_id, r.currency, d.dimension, d.value, r.month, d.value, sum(r.revenue), sum(r.order_count)
     FROM customer_month_revenue r
     JOIN customer_fact c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id
     CROSS JOIN LATERAL (VALUES ('SEGMENT', c.segment), ('INDUSTRY', c.industry), ('REGION', c.country)) AS d(dimension, value)
     WHERE r.tenant_id = $1 GROUP BY 1, 2, 3, 4, 5
     UNION ALL
     SELECT tenant_id, currency, 'OWNER', owner_id, date_trunc('month', placed_at AT TIME ZONE 'UTC')::date, owner_id, sum(total), count(*)
     FROM order_fact WHERE tenant_id = $1 AND counted GROUP BY 1, 2, 3, 4, 5
     UNION ALL
     SELECT tenant_id, currency, 'PRODUCT', line->>'productId', date_trunc('month', placed_at AT TIME ZONE 'UTC')::date,
            max(line->>'productName'), sum((line->>'lineTotal')::numeric), count(*)
     FROM order_fact, jsonb_array_elements(lines) AS line WHERE tenant_id = $1 AND counted GROUP BY 1, 2, 3, 4, 5`,
  );
  await run(
    `INSERT INTO campaign_fact (tenant_id, id, name, type, status, currency, budget, actual_cost, start_date, version, created_at)
     SELECT $1, md5('k' || i)::uuid, 'Campaign ' || i, 'EMAIL', 'COMPLETED', 'EUR', 10000, 2000 + i * 100,
            (now() - i * interval '20 days')::date, 1, now() - i * interval '20 days'
     FROM generate_series(1, 50) i`,
  );
  const people = customers * 2;
  await run(
    `INSERT INTO campaign_member_fact (tenant_id, id, campaign_id, customer_id, status, first_responded_at, version)
     SELECT $1, md5('m' || i)::uuid, md5('k' || (1 + i % 50))::uuid, ${customerOf('i')},
            (ARRAY['SENT','OPENED','CLICKED','RESPONDED','CONVERTED'])[1 + i % 5],
            CASE WHEN i % 5 >= 3 THEN now() - (i % 900) * interval '1 day' END, 1
     FROM generate_series(1, ${people}) i`,
  );
  await run(
    `INSERT INTO campaign_email_fact (tenant_id, id, campaign_id, status, sent_at, first_opened_at, first_clicked_at, bounced_at, unsubscribed_at, updated_at)
     SELECT $1, md5('e' || i)::uuid, md5('k' || (1 + i % 50))::uuid, CASE WHEN i % 20 = 0 THEN 'BOUNCED' ELSE 'SENT' END,
            CASE WHEN i % 20 <> 0 THEN now() - interval '100 days' END, CASE WHEN i % 3 = 0 THEN now() - interval '99 days' END,
            CASE WHEN i % 9 = 0 THEN now() - interval '99 days' END, CASE WHEN i % 20 = 0 THEN now() - interval '100 days' END,
            CASE WHEN i % 50 = 0 THEN now() - interval '98 days' END, now() - interval '98 days'
     FROM generate_series(1, ${people}) i`,
  );
  const deals = Math.round(orders / 20);
  await run(
    `INSERT INTO lead_fact (tenant_id, id, source, campaign_id, status, converted_customer_id, converted_at, created_at, version)
     SELECT $1, md5('l' || i)::uuid, (ARRAY['WEB','REFERRAL','EVENT','CAMPAIGN','PARTNER','COLD_CALL','OTHER'])[1 + i % 7],
            CASE WHEN i % 3 = 0 THEN md5('k' || (1 + i % 50))::uuid END,
            CASE WHEN i % 4 = 0 THEN 'CONVERTED' ELSE 'QUALIFIED' END,
            CASE WHEN i % 4 = 0 THEN ${customerOf('i')} END,
            CASE WHEN i % 4 = 0 THEN now() - (i % 1000) * interval '1 day' + interval '5 days' END,
            now() - (i % 1000) * interval '1 day', 1
     FROM generate_series(1, ${deals * 2}) i`,
  );
  await run(
    `INSERT INTO opportunity_fact (tenant_id, id, customer_id, amount, currency, stage, probability, expected_close_date, owner_id,
       campaign_id, competitors, loss_reason, stage_history, created_at, closed_at, version)
     SELECT $1, md5('d' || i)::uuid, ${customerOf('i * 4')}, 1000 + i % 50000, 'EUR', stage,
            CASE stage WHEN 'CLOSED_WON' THEN 100 WHEN 'CLOSED_LOST' THEN 0 ELSE 10 + i % 80 END,
            (now() + (i % 360) * interval '1 day')::date, 'rep-' || (i % 40), CASE WHEN i % 3 = 0 THEN md5('k' || (1 + i % 50))::uuid END,
            ARRAY[(ARRAY['Globex','Initech','Umbrella','Hooli','Stark'])[1 + i % 5]], NULL, '[]'::jsonb,
            now() - (i % 1000) * interval '1 day' + interval '10 days',
            CASE WHEN stage LIKE 'CLOSED%' THEN now() - (i % 900) * interval '1 day' END, 2
     FROM (SELECT i, (ARRAY['PROSPECTING','QUALIFICATION','PROPOSAL','NEGOTIATION','CLOSED_WON','CLOSED_LOST'])[1 + i % 6] AS stage
           FROM generate_series(1, ${deals}) i) d`,
  );
  await run(
    `INSERT INTO quote_fact (tenant_id, id, opportunity_id, status, currency, total, version)
     SELECT $1, md5('q' || i)::uuid, md5('d' || i)::uuid, (ARRAY['SENT','ACCEPTED','REJECTED'])[1 + i % 3], 'EUR', 1000 + i % 50000, 2
     FROM generate_series(1, ${Math.round(deals / 2)}) i`,
  );
  await run(
    `INSERT INTO ticket_fact (tenant_id, id, customer_id, type, priority, status, assignee_id, created_at, first_response_at,
       resolved_at, first_response_due_at, resolution_due_at, sla_breached, version)
     SELECT $1, md5('t' || i)::uuid, ${customerOf('i * 3')}, (ARRAY['INQUIRY','TECHNICAL','COMPLAINT','REPAIR','RETURN','EXCHANGE'])[1 + i % 6],
            'MEDIUM', 'CLOSED', 'agent-' || (i % 25), created, created + (i % 8) * interval '1 hour', created + (i % 72) * interval '1 hour',
            created + interval '4 hours', created + interval '48 hours', i % 72 > 48, 3
     FROM (SELECT i, now() - (i % 1000) * interval '1 day' AS created FROM generate_series(1, ${deals * 2}) i) t`,
  );
  await run(
    `INSERT INTO survey_fact (tenant_id, id, ticket_id, customer_id, ticket_type, assignee_id, csat, nps, answered_at, created_at)
     SELECT $1, md5('s' || i)::uuid, md5('t' || i)::uuid, ${customerOf('i * 3')}, (ARRAY['INQUIRY','TECHNICAL','COMPLAINT','REPAIR','RETURN','EXCHANGE'])[1 + i % 6],
            'agent-' || (i % 25), 1 + i % 5, i % 11, now() - (i % 1000) * interval '1 day' + interval '3 days', now() - (i % 1000) * interval '1 day'
     FROM generate_series(1, ${deals}) i`,
  );
  await run(
    `INSERT INTO customer_latest_answer (tenant_id, customer_id, survey_id, answered_at, csat, nps)
     SELECT DISTINCT ON (customer_id) tenant_id, customer_id, id, answered_at, csat, nps
     FROM survey_fact WHERE tenant_id = $1 AND answered_at IS NOT NULL
     ORDER BY customer_id, answered_at DESC, id DESC`,
  );
  // As autovacuum leaves tables at rest: statistics, and visibility maps for index-only scans.
  await dataSource.query('VACUUM ANALYZE');
}

/**
 * A stream of real events for consumer throughput: customers, each with orders, a tenth of the orders
 * cancelled afterwards (every event valid against the catalogue).
 */
export function orderEventStream(tenantId: string, customers: number, ordersPerCustomer: number) {
  const messages: { topic: string; message: EncodedKafkaMessage }[] = [];
  const at = new Date().toISOString();
  for (let c = 0; c < customers; c++) {
    const customer = {
      id: randomUUID(),
      tenantId,
      kind: 'ORGANIZATION' as const,
      name: `Bench ${c}`,
      email: null,
      phone: null,
      address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'FR' },
      industry: 'Retail',
      segment: c % 2 ? 'SMB' : 'Enterprise',
      lifecycleStage: 'CUSTOMER' as const,
      tags: [],
      ownerId: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    messages.push({
      topic: 'crm.customer.customer',
      message: encodeCloudEvent({
        id: randomUUID(),
        type: 'crm.customer.customer.created.v1',
        subject: customer.id,
        tenantId,
        time: at,
        data: { customer, changedFields: [] },
      }),
    });
    for (let o = 0; o < ordersPerCustomer; o++) {
      const placedAt = new Date(Date.now() - (o * 17 + c) * 86_400_000).toISOString();
      const total = (100 + ((o * 31 + c) % 900)).toFixed(2);
      const order = {
        id: randomUUID(),
        tenantId,
        number: `SO-${String(c * ordersPerCustomer + o + 1).padStart(6, '0')}`,
        customerId: customer.id,
        opportunityId: null,
        ownerId: `rep-${c % 10}`,
        currency: 'EUR',
        status: 'CONFIRMED' as string,
        lines: [
          {
            id: randomUUID(),
            position: 1,
            productId: '00000000-0000-4000-8000-00000000000' + (o % 10),
            sku: `SKU-${o % 10}`,
            productName: `Product ${o % 10}`,
            quantity: 1,
            unitPrice: total,
            listPrice: total,
            priceOverridden: false,
            discountPercent: '0',
            lineTotal: total,
          },
        ],
        subtotal: total,
        discountTotal: '0.00',
        total,
        requestedDeliveryDate: null,
        actualDeliveryDate: null,
        confirmedAt: placedAt,
        shippedAt: null,
        deliveredAt: null,
        cancelledAt: null as string | null,
        cancellationReason: null as string | null,
        version: 1,
        createdAt: placedAt,
        updatedAt: placedAt,
      };
      const event = (type: string, data: unknown) => ({
        topic: 'crm.sales.order',
        message: encodeCloudEvent({
          id: randomUUID(),
          type,
          subject: order.id,
          tenantId,
          time: order.updatedAt,
          data,
        }),
      });
      messages.push(event('crm.sales.order.placed.v1', { order, changedFields: [] }));
      if (o % 10 === 9) {
        const cancelled = {
          ...order,
          status: 'CANCELLED',
          cancelledAt: at,
          cancellationReason: 'Bench',
          version: 2,
          updatedAt: at,
        };
        messages.push(
          event('crm.sales.order.cancelled.v1', {
            order: cancelled,
            changedFields: ['status'],
            previousStatus: 'CONFIRMED',
          }),
        );
      }
    }
  }
  return messages;
}
