// One tenant's history across every service, and what docs/architecture.md §9 says its figures are, worked out here
// from the events by the definitions (never copied from the service's output).
import { randomUUID } from 'node:crypto';
import { daysAgo, daysAhead, EventHistory } from './eventHistory';

export const DAY = 86_400_000;
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
export const addMonths = (date: string, months: number) => {
  const at = new Date(`${date}T00:00:00Z`);
  return utcDay(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, at.getUTCDate()));
};
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface FixtureOrder {
  customer: string;
  total: number;
  placedAt: string;
  counted: boolean;
  lines: { productId: string; productName: string; total: string }[];
}

/** Builds the history; `now` anchors the relative dates. */
export function buildFixture(tenantId: string, now: number) {
  const history = new EventHistory(tenantId);
  const ids = { A: randomUUID(), B: randomUUID(), C: randomUUID(), D: randomUUID(), E: randomUUID() };
  const widget = { productId: randomUUID(), productName: 'Widget' };
  const gadget = { productId: randomUUID(), productName: 'Gadget' };
  const orders: FixtureOrder[] = [];
  const order = (customer: keyof typeof ids, days: number, lines: [typeof widget, number][]) => {
    const placedAt = daysAgo(now, days);
    const placed = history.order({
      customerId: ids[customer],
      placedAt,
      lines: lines.map(([product, total]) => ({ ...product, total: total.toFixed(2) })),
      ownerId: customer === 'B' ? 'rep-2' : 'rep-1',
    });
    orders.push({
      customer: ids[customer],
      total: lines.reduce((sum, [, total]) => sum + total, 0),
      placedAt,
      counted: true,
      lines: placed.lines.map((l) => ({
        productId: l.productId,
        productName: l.productName,
        total: l.lineTotal,
      })),
    });
    return placed;
  };

  history.customer({ id: ids.A, name: 'Alpha', industry: 'Retail', segment: 'SMB', address: address('FR') });
  history.customer({
    id: ids.B,
    name: 'Beta',
    industry: 'Software',
    segment: 'Enterprise',
    address: address('DE'),
  });
  history.customer({ id: ids.C, name: 'Gamma', industry: 'Retail', segment: 'SMB', address: address('DE') });
  order('A', 400.3, [[widget, 100]]);
  order('A', 100.3, [[widget, 200]]);
  order('A', 10.3, [
    [widget, 200],
    [gadget, 100],
  ]);
  order('B', 300.3, [[gadget, 1000]]);
  order('B', 250.3, [[widget, 500]]);
  // B is marked churned 100.3 days ago: inactive from then, whatever its orders say.
  const churnedAt = daysAgo(now, 100.3);
  history.customer(
    {
      id: ids.B,
      name: 'Beta',
      industry: 'Software',
      segment: 'Enterprise',
      address: address('DE'),
      lifecycleStage: 'CHURNED',
      version: 2,
      updatedAt: churnedAt,
    },
    'updated',
  );
  order('C', 20.3, [[widget, 50]]);
  const cancelled = order('C', 5.3, [[gadget, 70]]);
  history.cancelOrder(cancelled, daysAgo(now, 4.3));
  orders[orders.length - 1]!.counted = false;
  // E ordered every ten days, then stopped: overdue.
  history.customer({
    id: ids.E,
    name: 'Epsilon',
    industry: 'Retail',
    segment: 'SMB',
    address: address('FR'),
  });
  order('E', 200.3, [[widget, 80]]);
  order('E', 190.3, [[widget, 90]]);
  // D's orders come before D is known; D's segment changes later.
  order('D', 30.3, [[widget, 400]]);
  history.customer({
    id: ids.D,
    name: 'Delta',
    industry: 'Manufacturing',
    segment: 'SMB',
    address: address('FR'),
  });
  history.customer(
    {
      id: ids.D,
      name: 'Delta',
      industry: 'Manufacturing',
      segment: 'Enterprise',
      address: address('FR'),
      version: 2,
      updatedAt: daysAgo(now, 3),
    },
    'updated',
  );

  // Service: two tickets, four surveys (one unanswered).
  history.ticket({
    customerId: ids.A,
    type: 'COMPLAINT',
    assigneeId: 'agent-1',
    createdAt: daysAgo(now, 30.3),
    firstResponseAt: daysAgo(now, 30.3 - 2 / 24),
    firstResponseDueAt: daysAgo(now, 30.3 - 4 / 24),
    resolvedAt: daysAgo(now, 30.3 - 30 / 24),
    resolutionDueAt: daysAgo(now, 30.3 - 24 / 24),
    slaBreached: true,
  });
  history.ticket({
    customerId: ids.C,
    type: 'INQUIRY',
    assigneeId: 'agent-2',
    createdAt: daysAgo(now, 15.3),
    firstResponseAt: daysAgo(now, 15.3 - 1 / 24),
    firstResponseDueAt: daysAgo(now, 15.3 - 4 / 24),
    resolvedAt: daysAgo(now, 15.3 - 5 / 24),
    resolutionDueAt: daysAgo(now, 15.3 - 24 / 24),
  });
  const surveys = [
    { customer: ids.A, agent: 'agent-1', type: 'TECHNICAL' as const, csat: 5, nps: 10, days: 60.3 },
    { customer: ids.A, agent: 'agent-1', type: 'COMPLAINT' as const, csat: 2, nps: 3, days: 25.3 },
    { customer: ids.C, agent: 'agent-2', type: 'INQUIRY' as const, csat: 4, nps: 8, days: 12.3 },
  ];
  for (const s of surveys) {
    history.survey(
      {
        customerId: s.customer,
        assigneeId: s.agent,
        ticketType: s.type,
        createdAt: daysAgo(now, s.days + 1),
      },
      { csat: s.csat, nps: s.nps, at: daysAgo(now, s.days) },
    );
  }
  history.survey({ customerId: ids.B, createdAt: daysAgo(now, 5.3) });

  // Marketing and sales pipeline.
  const campaign = history.campaign({
    name: 'Spring',
    budget: '1000.00',
    actualCost: '400.00',
    createdAt: daysAgo(now, 70.3),
  });
  const memberA = history.member({
    campaignId: campaign.id,
    customerId: ids.A,
    status: 'RESPONDED',
    firstRespondedAt: daysAgo(now, 65.3),
    createdAt: daysAgo(now, 69.3),
  });
  const memberB = history.member({
    campaignId: campaign.id,
    customerId: ids.B,
    status: 'SENT',
    createdAt: daysAgo(now, 69.3),
  });
  const memberC = history.member({
    campaignId: campaign.id,
    customerId: ids.C,
    status: 'CONVERTED',
    firstRespondedAt: daysAgo(now, 64.3),
    createdAt: daysAgo(now, 69.3),
  });
  // Emails: A sent, opened, clicked; B bounced; C sent, opened, unsubscribed.
  const step = (name: 'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed', days: number) => ({
    step: name,
    at: daysAgo(now, days),
  });
  history.email(memberA, [step('sent', 68.3), step('opened', 67.3), step('clicked', 67.2)]);
  history.email(memberB, [step('bounced', 68.3)]);
  history.email(memberC, [step('sent', 68.3), step('opened', 66.3), step('unsubscribed', 66.2)]);
  const webLead = history.lead({ source: 'WEB', campaignId: campaign.id, createdAt: daysAgo(now, 60.3) });
  history.convertLead(webLead, ids.A, daysAgo(now, 50.3));
  history.lead({ source: 'WEB', createdAt: daysAgo(now, 40.3) });
  const eventLead = history.lead({ source: 'EVENT', campaignId: campaign.id, createdAt: daysAgo(now, 35.3) });
  history.convertLead(eventLead, ids.B, daysAgo(now, 34.3));
  const won = history.opportunity({
    customerId: ids.A,
    amount: '1000.00',
    campaignId: campaign.id,
    competitors: ['Globex'],
    stage: 'NEGOTIATION',
    createdAt: daysAgo(now, 45.3),
  });
  history.quote(won, '1000.00', 'ACCEPTED', daysAgo(now, 25.3));
  history.closeOpportunity(won, 'won', daysAgo(now, 20.3));
  const lost = history.opportunity({
    customerId: ids.B,
    amount: '500.00',
    campaignId: campaign.id,
    competitors: ['Globex', 'Initech'],
    createdAt: daysAgo(now, 30.3),
  });
  history.quote(lost, '500.00', 'REJECTED', daysAgo(now, 20.3));
  history.closeOpportunity(lost, 'lost', daysAgo(now, 15.3));
  const nextMonth = addMonths(monthStart(utcDay(now)), 1);
  history.opportunity({
    customerId: ids.C,
    amount: '2000.00',
    stage: 'NEGOTIATION',
    probability: 60,
    expectedCloseDate: `${nextMonth.slice(0, 8)}15`,
    createdAt: daysAgo(now, 10.3),
  });

  return {
    history,
    ids,
    churnedAt: { [ids.B]: Date.parse(churnedAt) } as Record<string, number>,
    orders,
    surveys,
    campaign,
    products: { widget, gadget },
    customersOf: {
      A: { segment: 'SMB', industry: 'Retail', country: 'FR' },
      B: { segment: 'Enterprise', industry: 'Software', country: 'DE' },
      C: { segment: 'SMB', industry: 'Retail', country: 'DE' },
      D: { segment: 'Enterprise', industry: 'Manufacturing', country: 'FR' },
      E: { segment: 'SMB', industry: 'Retail', country: 'FR' },
    },
    pipeline: { month: nextMonth, weighted: 2000 * 0.6 },
    daysAhead: (days: number) => daysAhead(now, days),
  };
}

function address(country: string) {
  return { line1: null, line2: null, city: null, region: null, postalCode: null, country };
}

export type Fixture = ReturnType<typeof buildFixture>;

/** ⌈5 × share of values ≤ this one⌉ (the quintile score of docs/architecture.md §9's RFM). */
export function quintile(value: number, all: number[]): number {
  return Math.min(5, Math.ceil((5 * all.filter((other) => other <= value).length) / all.length));
}
