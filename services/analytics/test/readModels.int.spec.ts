// The read models from a small history of every service's events, published to the real topics: each
// figure of docs/architecture.md §9 is worked out here from the events and compared with what the service answers.
// The same history for a second tenant, published in another order across keys, and the first tenant's
// events delivered again (same ids, then new ids), give the same figures.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import { daysAgo, EventHistory, publish, type HistoryEvent } from './support/eventHistory';
import {
  addMonths,
  buildFixture,
  DAY,
  monthStart,
  quintile,
  round,
  utcDay,
  type Fixture,
} from './support/fixture';
import {
  fetchMetrics,
  fetchReports,
  fetchStableMetrics,
  reportVariables,
  waitUntilApplied,
} from './support/reportQueries';
import {
  dataOf,
  startAnalyticsService,
  tokenFor,
  type AnalyticsTestService,
} from './support/analyticsTestService';

// A new analytics instance first replays every topic of the shared broker (other files' events too).
jest.setTimeout(180_000);

let app: AnalyticsTestService;
const now = Date.now();
const today = utcDay(now);
const tenant = testTenant('analytics');
const fixture: Fixture = buildFixture(tenant, now);
const inactivity = 180;
const variables = reportVariables(now);

const applied = (events: HistoryEvent[]) => waitUntilApplied(app, events);
const reports = (tenantId: string) => fetchReports(app, tenantId, variables);
const metrics = (tenantId: string, customerIds: string[]) => fetchMetrics(app, tenantId, customerIds);
const stableMetrics = (tenantId: string, customerIds: string[]) =>
  fetchStableMetrics(app, tenantId, customerIds);

beforeAll(async () => {
  app = await startAnalyticsService();
  await publish(app.service.kafka, tenant, fixture.history.events);
  await applied(fixture.history.events);
});

afterAll(async () => {
  await app?.stop();
});

const counted = () => fixture.orders.filter((o) => o.counted);
const at = (iso: string) => Date.parse(iso);
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
const money = (value: number) => value.toFixed(2);

/** docs/architecture.md §9's churn: active at t = a counted order in [t − window, t). */
function churn(from: string, to: string, window = inactivity) {
  const markedBefore = (customer: string, t: number) => (fixture.churnedAt[customer] ?? Infinity) < t;
  const active = (t: number) =>
    new Set(
      counted()
        .filter((o) => at(o.placedAt) >= t - window * DAY && at(o.placedAt) < t)
        .map((o) => o.customer)
        .filter((customer) => !markedBefore(customer, t)),
    );
  const start = active(midnight(from));
  const end = active(midnight(to));
  const churned = [...start].filter((c) => !end.has(c)).length;
  return {
    activeAtStart: start.size,
    churned,
    rate: start.size === 0 ? null : round(churned / start.size, 4),
  };
}

function customerFigures(customer: string) {
  const mine = counted().filter((o) => o.customer === customer);
  const revenue = mine.reduce((sum, o) => sum + o.total, 0);
  const times = mine.map((o) => at(o.placedAt)).sort((a, b) => a - b);
  return { revenue, count: mine.length, first: times[0]!, last: times[times.length - 1]! };
}

const customers = () => Object.values(fixture.ids).filter((id) => customerFigures(id).count > 0);

describe('Customer.metrics', () => {
  it('gives lifetime value, orders, CLV, churn risk, RFM, CSAT and NPS by docs/architecture.md §9', async () => {
    const { ids } = fixture;
    const all = customers().map(customerFigures);
    const annual = churn(utcDay(now - 365 * DAY), today);
    const lifespan = annual.rate ? Math.min(10, 1 / annual.rate) : 10;
    const results = await metrics(tenant, Object.values(ids));
    for (const [name, id] of Object.entries(ids)) {
      const figures = customerFigures(id);
      const result = results.find((r) => r.id === id)!.metrics;
      const aov = figures.revenue / figures.count;
      const years = Math.max(1, (now - figures.first) / (365.25 * DAY));
      const recency = quintile(
        figures.last,
        all.map((f) => f.last),
      );
      const frequency = quintile(
        figures.count,
        all.map((f) => f.count),
      );
      expect({ name, ...result }).toMatchObject({
        name,
        currency: 'EUR',
        lifetimeValue: money(figures.revenue),
        orderCount: figures.count,
        averageOrderValue: money(aov),
        firstOrderAt: new Date(figures.first).toISOString(),
        lastOrderAt: new Date(figures.last).toISOString(),
        rfm: {
          recency,
          frequency,
          monetary: quintile(
            figures.revenue,
            all.map((f) => f.revenue),
          ),
        },
      });
      expect(Number(result.predictedClv)).toBeCloseTo(aov * (figures.count / years) * lifespan, 0);
    }
    const byId = (id: string) => results.find((r) => r.id === id)!.metrics;
    // A: R and F of 5 → champions; the latest survey (CSAT 2, NPS 3) of two answers, one satisfied.
    expect(byId(ids.A).rfm.segment).toBe('CHAMPIONS');
    expect(byId(ids.A).csat).toBe(50);
    expect(byId(ids.A).latestNps).toBe(3);
    expect(byId(ids.B).csat).toBeNull(); // asked, never answered
    // Churn risk by its rules: recency share of the window, overdue, detractor, unhappy, complaint.
    const recencyPoints = (id: string) =>
      Math.round(50 * Math.min(1, (now - customerFigures(id).last) / DAY / inactivity));
    expect(byId(ids.A).churnRisk.score).toBe(recencyPoints(ids.A) + 15 + 15 + 10);
    expect(byId(ids.A).churnRisk.reasons).toHaveLength(4);
    // B is marked churned; E orders every 10 days and stopped 190 days ago: overdue.
    expect(byId(ids.B).churnRisk).toEqual({ score: 100, reasons: ['Marked as churned'] });
    const e = customerFigures(ids.E);
    expect((now - e.last) / DAY).toBeGreaterThan(2 * ((e.last - e.first) / DAY));
    expect(byId(ids.E).churnRisk.score).toBe(recencyPoints(ids.E) + 20);
    expect(byId(ids.C).churnRisk.score).toBe(recencyPoints(ids.C));
  });

  it('answers zero figures for a customer with no orders, and none of another tenant', async () => {
    const [unknown] = await metrics(tenant, [randomUUID()]);
    expect(unknown!.metrics).toMatchObject({
      lifetimeValue: '0.00',
      orderCount: 0,
      rfm: null,
      predictedClv: null,
      churnRisk: { score: 0, reasons: [] },
    });
    const [foreign] = await metrics(testTenant('other'), [fixture.ids.A]);
    expect(foreign!.metrics).toMatchObject({ lifetimeValue: '0.00', orderCount: 0, csat: null });
  });
});

describe('reports', () => {
  let data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    data = await reports(tenant);
  });

  it('customer analysis: RFM segments, cohorts with retention, CLV distribution, top customers', () => {
    const all = customers();
    const figures = all.map(customerFigures);
    expect(data.customerAnalysis.customerCount).toBe(all.length);
    expect(
      data.customerAnalysis.rfmSegments.reduce((n: number, s: { customers: number }) => n + s.customers, 0),
    ).toBe(all.length);
    const highest = Math.max(...figures.map((f) => f.revenue));
    const buckets = Array.from({ length: 10 }, (_, i) => ({
      from: money((highest / 10) * i),
      to: money((highest / 10) * (i + 1)),
      customers: figures.filter((f) => Math.min(9, Math.floor(f.revenue / (highest / 10))) === i).length,
    }));
    expect(data.customerAnalysis.clvDistribution).toEqual(buckets);
    const top = [...all].sort((a, b) => customerFigures(b).revenue - customerFigures(a).revenue).slice(0, 3);
    expect(
      data.customerAnalysis.topCustomers.map((t: { customer: { id: string } }) => t.customer.id),
    ).toEqual(top);
    expect(data.customerAnalysis.topCustomers[0].lifetimeValue).toBe(money(customerFigures(top[0]!).revenue));
    // Cohorts: month of the first order; retention[k] = share of the cohort ordering in month k.
    const monthOf = (t: number) => monthStart(utcDay(t));
    const cohorts = new Map<string, string[]>();
    for (const id of all) {
      const month = monthOf(customerFigures(id).first);
      cohorts.set(month, [...(cohorts.get(month) ?? []), id]);
    }
    const expected = [...cohorts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, members]) => {
        const span = Math.round((midnight(monthStart(today)) - midnight(month)) / (30.44 * DAY));
        return {
          month,
          customers: members.length,
          retention: Array.from({ length: span + 1 }, (_, k) => {
            const active = members.filter((id) =>
              counted().some((o) => o.customer === id && monthOf(at(o.placedAt)) === addMonths(month, k)),
            ).length;
            return round((active / members.length) * 100);
          }),
        };
      });
    expect(data.customerAnalysis.cohorts).toEqual(expected);
  });

  it('churn rate of the period and per quarter, and per day around a churn mark', () => {
    const { from, to } = variables.period;
    expect(data.churnRate).toMatchObject({ from, to, inactivityDays: inactivity, ...churn(from, to) });
    for (const point of [...data.churnRate.series, ...data.churnAroundMark.series]) {
      expect(point).toEqual({ from: point.from, to: point.to, ...churn(point.from, point.to) });
    }
    expect(data.churnRate.series[0].from).toBe(from);
    expect(data.churnRate.series.at(-1).to).toBe(to);
  });

  it('customers at risk: score at least 50, highest first', () => {
    // B marked churned (100), E overdue and long silent (50 + 20); the others are recent.
    expect(
      data.customersAtRisk.map((r: { customer: { id: string }; score: number }) => [r.customer.id, r.score]),
    ).toEqual([
      [fixture.ids.B, 100],
      [fixture.ids.E, 70],
    ]);
    expect(data.customersAtRisk[0].lifetimeValue).toBe(money(customerFigures(fixture.ids.B).revenue));
  });

  it('satisfaction: CSAT, NPS, per agent and ticket type, service levels against SLA', () => {
    const answers = fixture.surveys;
    const csat = (list: typeof answers) =>
      round((list.filter((s) => s.csat >= 4).length / list.length) * 100);
    const nps = (list: typeof answers) =>
      round(
        ((list.filter((s) => s.nps >= 9).length - list.filter((s) => s.nps <= 6).length) / list.length) * 100,
      );
    expect(data.satisfactionReport.overall).toMatchObject({
      answers: 3,
      csat: csat(answers),
      nps: nps(answers),
      promoters: 1,
      passives: 1,
      detractors: 1,
      serviceLevel: {
        tickets: 2,
        responded: 2,
        averageFirstResponseHours: (2 + 1) / 2,
        firstResponseWithinSla: 100,
        resolved: 2,
        averageResolutionHours: (30 + 5) / 2,
        resolutionWithinSla: 50,
        breached: 1,
      },
    });
    const agent1 = answers.filter((s) => s.agent === 'agent-1');
    expect(data.satisfactionReport.byAgent.map((g: { key: string }) => g.key)).toEqual([
      'agent-1',
      'agent-2',
    ]);
    expect(data.satisfactionReport.byAgent[0].satisfaction).toMatchObject({
      answers: 2,
      csat: csat(agent1),
      nps: nps(agent1),
      serviceLevel: { tickets: 1, averageFirstResponseHours: 2, resolutionWithinSla: 0 },
    });
    expect(data.satisfactionReport.byTicketType.map((g: { key: string }) => g.key)).toEqual([
      'COMPLAINT',
      'INQUIRY',
      'TECHNICAL',
    ]);
    const answersInSeries = data.satisfactionReport.series.reduce(
      (n: number, p: { satisfaction: { answers: number } }) => n + p.satisfaction.answers,
      0,
    );
    expect(answersInSeries).toBe(3);
  });

  it('sales: revenue, orders and AOV of the year, growth, monthly series and breakdowns', () => {
    const { from, to } = variables.year;
    const within = (a: number, b: number) =>
      counted().filter((o) => at(o.placedAt) >= a && at(o.placedAt) < b);
    const sum = (list: ReturnType<typeof counted>) => list.reduce((s, o) => s + o.total, 0);
    const year = within(midnight(from), midnight(to));
    const before = within(midnight(from) - 365 * DAY, midnight(from));
    const report = data.salesReport;
    expect(report.total).toEqual({
      revenue: money(sum(year)),
      orderCount: year.length,
      averageOrderValue: money(sum(year) / year.length),
    });
    expect(report.previous.revenue).toBe(money(sum(before)));
    expect(report.growth).toBeCloseTo((sum(year) - sum(before)) / sum(before), 4);
    for (const point of report.series) {
      const inPoint = within(midnight(point.from), midnight(point.to));
      expect(point.figures.revenue).toBe(money(sum(inPoint)));
    }
    // Breakdowns cover the whole months of the year; attributes are the customers' current ones.
    const months = within(midnight(monthStart(from)), midnight(addMonths(monthStart(today), 1)));
    const byAttribute = (attribute: 'industry' | 'segment') => {
      const totals = new Map<string, number>();
      for (const o of months) {
        const name = Object.entries(fixture.ids).find(
          ([, id]) => id === o.customer,
        )![0] as keyof Fixture['customersOf'];
        const key = fixture.customersOf[name][attribute];
        totals.set(key, (totals.get(key) ?? 0) + o.total);
      }
      return [...totals]
        .sort((a, b) => b[1] - a[1])
        .map(([key, revenue]) => ({
          key,
          revenue: money(revenue),
          share: round((revenue / sum(months)) * 100),
        }));
    };
    type Row = { key: string; share: number; figures: { revenue: string } };
    const shown = (rows: Row[]) =>
      rows.map((r) => ({ key: r.key, revenue: r.figures.revenue, share: r.share }));
    expect(shown(report.industry)).toEqual(byAttribute('industry'));
    expect(shown(report.segment)).toEqual(byAttribute('segment'));
    const gadget = months
      .flatMap((o) => o.lines)
      .filter((l) => l.productId === fixture.products.gadget.productId);
    expect(report.product.find((r: { label: string }) => r.label === 'Gadget').figures.revenue).toBe(
      money(gadget.reduce((s, l) => s + Number(l.total), 0)),
    );
    expect(report.owner.map((r: { key: string }) => r.key).sort()).toEqual(['rep-1', 'rep-2']);
  });

  it('revenue forecast: monthly history, the forecast module, weighted pipeline beside it', () => {
    const forecast = data.revenueForecast;
    const first = monthStart(utcDay(Math.min(...counted().map((o) => at(o.placedAt)))));
    const history: { month: string; revenue: string }[] = [];
    for (let month = first; month < monthStart(today); month = addMonths(month, 1)) {
      const total = counted()
        .filter((o) => monthStart(utcDay(at(o.placedAt))) === month)
        .reduce((s, o) => s + o.total, 0);
      history.push({ month, revenue: money(total) });
    }
    expect(forecast.history).toEqual(history);
    expect(forecast.method).toBe(history.length >= 24 ? 'HOLT_WINTERS_ADDITIVE' : 'HOLT_LINEAR');
    expect(forecast.points.map((p: { month: string }) => p.month)).toEqual(
      [0, 1, 2].map((k) => addMonths(monthStart(today), k)),
    );
    expect(forecast.points[1].weightedPipeline).toBe(money(fixture.pipeline.weighted));
    expect(forecast.points[0].weightedPipeline).toBe('0.00');
  });

  it('funnel per source and campaign: leads, conversions, opportunities, won', () => {
    expect(data.funnelReport.bySource).toEqual([
      {
        key: 'WEB',
        leads: 2,
        convertedLeads: 1,
        opportunities: 1,
        opportunityAmount: '1000.00',
        quotedOpportunities: 1,
        acceptedQuotes: 1,
        won: 1,
        lost: 0,
        wonAmount: '1000.00',
        leadConversionRate: 0.5,
        winRate: 1,
      },
      {
        key: 'EVENT',
        leads: 1,
        convertedLeads: 1,
        opportunities: 1,
        opportunityAmount: '500.00',
        quotedOpportunities: 1,
        acceptedQuotes: 0,
        won: 0,
        lost: 1,
        wonAmount: '0.00',
        leadConversionRate: 1,
        winRate: 0,
      },
    ]);
    expect(data.funnelReport.byCampaign).toEqual([
      {
        campaign: { id: fixture.campaign.id },
        funnel: {
          key: fixture.campaign.id,
          leads: 2,
          convertedLeads: 2,
          opportunities: 2,
          won: 1,
          lost: 1,
          wonAmount: '1000.00',
          winRate: 0.5,
        },
      },
    ]);
  });

  it('market: shares, competitors with win rate and lost revenue', () => {
    expect(data.marketReport.competitors).toEqual([
      { competitor: 'Globex', won: 1, lost: 1, winRate: 0.5, lostAmount: '500.00' },
      { competitor: 'Initech', won: 0, lost: 1, winRate: 0, lostAmount: '500.00' },
    ]);
    const shares = data.marketReport.byRegion.reduce((s: number, r: { share: number }) => s + r.share, 0);
    expect(shares).toBeCloseTo(100, 1);
  });

  it('campaign performance: responses, leads, won revenue, ROI', async () => {
    expect(data.campaignPerformanceReport).toEqual([
      {
        campaign: { id: fixture.campaign.id },
        name: 'Spring',
        status: 'ACTIVE',
        currency: 'EUR',
        members: 3,
        responses: 2,
        responseRate: round((2 / 3) * 100),
        // Sent: A and C (B bounced); opened A and C; clicked A; C unsubscribed.
        emailsSent: 2,
        emailsOpened: 2,
        emailsClicked: 1,
        emailsBounced: 1,
        unsubscribed: 1,
        openRate: 100,
        clickRate: 50,
        leads: 2,
        opportunities: 2,
        wonRevenue: '1000.00',
        cost: '400.00',
        roi: (1000 - 400) / 400,
      },
    ]);
  });
});

describe('customers at risk, ranked from the most at risk', () => {
  it('finds a customer who is not marked churned but scores as high as those who are', async () => {
    const history = new EventHistory(testTenant('analytics-at-risk'));
    const product = { productId: randomUUID(), productName: 'Widget' };
    // Ids in the order of the ranking's tie-break: Y, the two marked churned, then Z.
    const [Y, X1, X2, Z] = [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`) as [
      string,
      string,
      string,
      string,
    ];
    for (const id of [X1, X2]) {
      history.customer({ id, lifecycleStage: 'CHURNED', updatedAt: daysAgo(now, 40) });
      history.order({ customerId: id, placedAt: daysAgo(now, 50), lines: [{ ...product, total: '10.00' }] });
    }
    // Y: silent 150 of 180 days (42 points), usually every 5 days (overdue +20), a detractor and
    // unhappy answer (+15 +15), a complaint 10 days ago (+10): 102, at most 100.
    history.customer({ id: Y });
    for (const days of [160.3, 155.3, 150.3]) {
      history.order({ customerId: Y, placedAt: daysAgo(now, days), lines: [{ ...product, total: '10.00' }] });
    }
    history.survey({ customerId: Y, createdAt: daysAgo(now, 20) }, { csat: 1, nps: 2, at: daysAgo(now, 19) });
    history.ticket({ customerId: Y, type: 'COMPLAINT', createdAt: daysAgo(now, 10) });
    // Z: just enough silence for 40 points (142.3 of 180 days: 39.53), and the same 60 beside: 100.
    history.customer({ id: Z });
    for (const days of [152.3, 147.3, 142.3]) {
      history.order({ customerId: Z, placedAt: daysAgo(now, days), lines: [{ ...product, total: '10.00' }] });
    }
    history.survey({ customerId: Z, createdAt: daysAgo(now, 20) }, { csat: 2, nps: 6, at: daysAgo(now, 19) });
    history.ticket({ customerId: Z, type: 'COMPLAINT', createdAt: daysAgo(now, 10) });
    await publish(app.service.kafka, history.tenantId, history.events);
    await applied(history.events);

    const ranking = async (first: number, minScore = 0) =>
      dataOf(
        await app.request(
          'query($first: Int!, $minScore: Int!) { customersAtRisk(minScore: $minScore, first: $first) { customer { id } score } }',
          { first, minScore },
          tokenFor(history.tenantId),
        ),
      ).customersAtRisk.map((r: { customer: { id: string }; score: number }) => [r.customer.id, r.score]);
    const all = [
      [Y, 100],
      [X1, 100],
      [X2, 100],
      [Z, 100],
    ];
    expect(await ranking(1)).toEqual([[Y, 100]]);
    expect(await ranking(2)).toEqual([
      [Y, 100],
      [X1, 100],
    ]);
    expect(await ranking(5)).toEqual(all);
    // Without a lower score to fall back to: every customer who reaches 100 must be among those ranked.
    expect(await ranking(5, 100)).toEqual(all);
    expect(await ranking(5, 90)).toEqual(all);
    expect(await ranking(0)).toEqual([]);
    expect(await ranking(5, 101)).toEqual([]);
    expect(await ranking(5, 1_000_000)).toEqual([]);
  });
});

describe('idempotence and order', () => {
  it('gives the same figures for the same history in another order across keys, and after replays', async () => {
    const before = await reports(tenant);
    const beforeMetrics = await stableMetrics(tenant, Object.values(fixture.ids));

    // Another tenant: the same history, every topic but the customers' and surveys' first (orders before
    // customers), then the surveys newest first in two rounds (A's older answer after its newer one),
    // then the customers.
    const other = testTenant('analytics-reordered');
    const reordered = fixture.history.forTenant(other);
    const surveysNewestFirst = reordered.filter((e) => e.topic === 'crm.service.survey').reverse();
    const half = Math.ceil(surveysNewestFirst.length / 2);
    const rounds = [
      reordered.filter((e) => e.topic !== 'crm.customer.customer' && e.topic !== 'crm.service.survey'),
      surveysNewestFirst.slice(0, half),
      surveysNewestFirst.slice(half),
      reordered.filter((e) => e.topic === 'crm.customer.customer'),
    ];
    for (const round of rounds) {
      await publish(app.service.kafka, other, round);
      await applied(round);
    }
    // The latest answer per customer, kept as answers came, is what all the answers say it is.
    const latestAnswers = (tenantId: string) =>
      app.sql(
        `SELECT customer_id, survey_id, csat, nps FROM customer_latest_answer WHERE tenant_id = $1
         EXCEPT ALL
         (SELECT DISTINCT ON (customer_id) customer_id, id, csat, nps FROM survey_fact
          WHERE tenant_id = $1 AND answered_at IS NOT NULL ORDER BY customer_id, answered_at DESC, id DESC)`,
        [tenantId],
      );
    expect(await latestAnswers(other)).toEqual([]);
    expect(
      await app.sql('SELECT count(*)::int AS n FROM customer_latest_answer WHERE tenant_id = $1', [other]),
    ).toEqual([{ n: 2 }]);
    expect(await reports(other)).toEqual(before);
    expect(await stableMetrics(other, Object.values(fixture.ids))).toEqual(beforeMetrics);

    // The first tenant's events again: the same ids (the inbox skips them), then new ids (versions do).
    await publish(app.service.kafka, tenant, fixture.history.events);
    const again = fixture.history.forTenant(tenant);
    await publish(app.service.kafka, tenant, again);
    await applied(again);
    expect(await reports(tenant)).toEqual(before);
    expect(await stableMetrics(tenant, Object.values(fixture.ids))).toEqual(beforeMetrics);
  });
});

describe('churn under another inactivity window', () => {
  const daily = { from: utcDay(now - 40 * DAY), to: today };
  const { aroundMark } = variables;
  const churnQuery = `query($daily: AnalyticsPeriod!, $aroundMark: AnalyticsPeriod!, $period: AnalyticsPeriod!) {
    daily: churnRate(period: $daily, granularity: DAY) { from to activeAtStart churned rate series { from to activeAtStart churned rate } }
    aroundMark: churnRate(period: $aroundMark, granularity: DAY) { from to activeAtStart churned rate series { from to activeAtStart churned rate } }
    quarterly: churnRate(period: $period, granularity: QUARTER) { from to activeAtStart churned rate series { from to activeAtStart churned rate } }
  }`;

  async function setWindow(days: number) {
    const response = await app.request(
      'mutation($days: Int!) { configureAnalytics(input: { inactivityDays: $days }) { inactivityDays } }',
      { days },
      tokenFor(tenant, 'admin'),
    );
    expect(dataOf(response).configureAnalytics).toEqual({ inactivityDays: days });
  }

  async function expectChurnUnder(window: number) {
    const data = dataOf(
      await app.request(churnQuery, { daily, aroundMark, period: variables.period }, tokenFor(tenant)),
    );
    for (const { series, ...overall } of [data.daily, data.aroundMark, data.quarterly]) {
      for (const { from, to, ...figures } of [overall, ...series]) {
        expect({ from, to, ...figures }).toEqual({ from, to, ...churn(from, to, window) });
      }
    }
  }

  async function happen(change: () => void) {
    const first = fixture.history.events.length;
    change();
    const events = fixture.history.events.slice(first);
    await publish(app.service.kafka, tenant, events);
    await applied(events);
  }

  it('recomputes every activity span when the window changes, and keeps them as orders come and go', async () => {
    // Ten days: A, C and D each have short runs of activity over the last 40 days, one per order.
    await setWindow(10);
    await expectChurnUnder(10);

    // A new order of C, then its cancellation: C is active again for a while, then not.
    const placedAt = daysAgo(now, 2.3);
    let placed!: ReturnType<typeof fixture.history.order>;
    await happen(() => {
      placed = fixture.history.order({
        customerId: fixture.ids.C,
        placedAt,
        lines: [{ productId: randomUUID(), productName: 'Widget', total: '30.00' }],
      });
    });
    fixture.orders.push({ customer: fixture.ids.C, total: 30, placedAt, counted: true, lines: [] });
    await expectChurnUnder(10);

    await happen(() => fixture.history.cancelOrder(placed, daysAgo(now, 1.3)));
    fixture.orders.at(-1)!.counted = false;
    await expectChurnUnder(10);

    await setWindow(inactivity);
    await expectChurnUnder(inactivity);
  });
});
