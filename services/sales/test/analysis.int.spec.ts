// salesFunnel, salesForecast and leadFunnel against hand-computed fixtures: the deals and leads are made
// through the service (time passing simulated by moving stage_entered_at / closed_at back), and every
// expected figure is worked out below from the definitions (docs/architecture.md §9), not read from a result.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import { createLead, createOpportunity, qualifiedLead } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';

const app = salesServiceForThisFile();

const moveMutation = `mutation ($id: UUID!, $input: ChangeOpportunityStageInput!) {
  changeOpportunityStage(id: $id, input: $input) { stage }
}`;

/** Moves a deal after it spent `days` whole days in its current stage. */
async function move(token: string, id: string, stage: string, days: number): Promise<void> {
  await app.sql(
    `UPDATE opportunity SET stage_entered_at = now() - make_interval(days => $2, hours => 1) WHERE id = $1`,
    [id, days],
  );
  const input = stage === 'CLOSED_LOST' ? { stage, lossReason: 'Lost' } : { stage };
  dataOf(await app.request(moveMutation, { id, input }, token));
}

/** A path of [stage, days spent in the stage before] moves from PROSPECTING. */
type Path = [string, number][];

describe('salesFunnel', () => {
  const tenant = testTenant('analysis-funnel');
  const manager = tokenFor(tenant, 'sales_manager');
  const reps = {
    'rep-1': tokenFor(tenant, 'sales_rep', 'rep-1'),
    'rep-2': tokenFor(tenant, 'sales_rep', 'rep-2'),
  };
  const campaignId = randomUUID();
  // Amount, currency, owner, campaign, path.
  const fixture: [string | null, string, 'rep-1' | 'rep-2', string | null, Path][] = [
    [
      '1000',
      'EUR',
      'rep-1',
      campaignId,
      [
        ['QUALIFICATION', 3],
        ['PROPOSAL', 5],
        ['NEGOTIATION', 2],
        ['CLOSED_WON', 4],
      ],
    ], // D1
    [
      '2000',
      'EUR',
      'rep-1',
      null,
      [
        ['QUALIFICATION', 1],
        ['CLOSED_LOST', 7],
      ],
    ], // D2
    [
      '4000',
      'EUR',
      'rep-2',
      campaignId,
      [
        ['QUALIFICATION', 2],
        ['PROPOSAL', 3],
        ['CLOSED_LOST', 6],
      ],
    ], // D3
    ['500', 'EUR', 'rep-2', null, [['CLOSED_WON', 10]]], // D4: won straight from PROSPECTING
    ['3000', 'EUR', 'rep-1', null, [['QUALIFICATION', 4]]], // D5: open in QUALIFICATION
    ['700', 'USD', 'rep-2', null, []], // D6: open in PROSPECTING
    ['800', 'EUR', 'rep-1', null, [['CLOSED_LOST', 2]]], // D7
    [
      null,
      'EUR',
      'rep-1',
      null,
      [
        ['QUALIFICATION', 1],
        ['CLOSED_LOST', 0],
      ],
    ], // D8: no amount
  ];

  beforeAll(async () => {
    for (const [amount, currency, owner, campaign, path] of fixture) {
      const deal = await createOpportunity(app, reps[owner], {
        customerId: randomUUID(),
        amount,
        currency,
        campaignId: campaign,
      });
      for (const [stage, days] of path) await move(reps[owner], deal.id, stage, days);
    }
    // An old deal, created before the period asked for below.
    const old = await createOpportunity(app, reps['rep-1'], { customerId: randomUUID(), amount: '99999' });
    await app.sql(`UPDATE opportunity SET created_at = now() - interval '400 days' WHERE id = $1`, [old.id]);
  });

  const query = `query ($filter: SalesFunnelFilter) {
    salesFunnel(filter: $filter) {
      deals open won lost winRate bottleneck
      stages { stage count amount { amount currency } conversionToNext averageDaysInStage lost }
    }
  }`;
  const funnel = async (token: string, filter: Record<string, unknown> = {}) =>
    dataOf(await app.request<{ salesFunnel: any }>(query, { filter }, token)).salesFunnel; // eslint-disable-line @typescript-eslint/no-explicit-any
  const lastYear = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

  it('counts the deals that reached each stage, conversions, days, losses, win rate and bottleneck', async () => {
    const result = await funnel(manager, { from: lastYear() });
    // Furthest stage: D1 won (all), D2 Q, D3 PR, D4 won (all), D5 Q, D6 P, D7 P, D8 Q.
    // Reached: P 8; Q D1 D2 D3 D4 D5 D8 = 6; PR D1 D3 D4 = 3; N D1 D4 = 2; WON D1 D4 = 2.
    const eur = (amount: number) => ({ amount: amount.toFixed(2), currency: 'EUR' });
    expect(result.stages).toEqual([
      {
        stage: 'PROSPECTING',
        count: 8,
        amount: [eur(1000 + 2000 + 4000 + 500 + 3000 + 800), { amount: '700.00', currency: 'USD' }],
        conversionToNext: 6 / 8,
        // Left PROSPECTING after D1 3, D2 1, D3 2, D4 10, D5 4, D7 2, D8 1 days.
        averageDaysInStage: (3 + 1 + 2 + 10 + 4 + 2 + 1) / 7,
        lost: 1, // D7
      },
      {
        stage: 'QUALIFICATION',
        count: 6,
        amount: [eur(1000 + 2000 + 4000 + 500 + 3000)],
        conversionToNext: 3 / 6,
        averageDaysInStage: (5 + 7 + 3 + 0) / 4, // D1, D2, D3, D8
        lost: 2, // D2, D8
      },
      {
        stage: 'PROPOSAL',
        count: 3,
        amount: [eur(1000 + 4000 + 500)],
        conversionToNext: 2 / 3,
        averageDaysInStage: (2 + 6) / 2, // D1, D3
        lost: 1, // D3
      },
      {
        stage: 'NEGOTIATION',
        count: 2,
        amount: [eur(1000 + 500)],
        conversionToNext: 2 / 2,
        averageDaysInStage: 4, // D1
        lost: 0,
      },
      {
        stage: 'CLOSED_WON',
        count: 2,
        amount: [eur(1500)],
        conversionToNext: null,
        averageDaysInStage: null,
        lost: 0,
      },
    ]);
    expect(result).toMatchObject({
      deals: 8,
      open: 2,
      won: 2,
      lost: 4,
      winRate: 2 / (2 + 4),
      bottleneck: 'QUALIFICATION',
    });
  });

  it('filters by campaign and owner, and includes older deals without a period', async () => {
    const byCampaign = await funnel(manager, { campaignId });
    // D1 (won) and D3 (lost from PROPOSAL).
    expect(byCampaign.stages.map((stage: { count: number }) => stage.count)).toEqual([2, 2, 2, 1, 1]);
    expect(byCampaign).toMatchObject({ won: 1, lost: 1, winRate: 1 / 2, bottleneck: 'PROPOSAL' });
    const all = await funnel(manager);
    expect(all.deals).toBe(fixture.length + 1);
    const byOwner = await funnel(manager, { from: lastYear(), ownerId: 'rep-2' });
    // D3 (lost from PR), D4 (won), D6 (open).
    expect(byOwner.stages.map((stage: { count: number }) => stage.count)).toEqual([3, 2, 2, 1, 1]);
  });

  it('shows a sales rep their own deals only, whatever owner they ask for', async () => {
    const own = await funnel(reps['rep-1'], { from: lastYear() });
    // D1 (won), D2 (Q, lost), D5 (Q, open), D7 (P, lost), D8 (Q, lost).
    expect(own.stages.map((stage: { count: number }) => stage.count)).toEqual([5, 4, 1, 1, 1]);
    expect(own).toMatchObject({ deals: 5, won: 1, lost: 3, winRate: 1 / 4 });
    const others = await funnel(reps['rep-1'], { ownerId: 'rep-2' });
    expect(others.deals).toBe(0);
    expect(others.winRate).toBeNull();
    const bad = await app.request(query, { filter: { from: '2026-02-01', to: '2026-01-01' } }, manager);
    expect(errorOf(bad)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.to': 'Must not be before from' },
    });
  });
});

describe('salesForecast', () => {
  const tenant = testTenant('analysis-forecast');
  const reps = {
    'rep-1': tokenFor(tenant, 'sales_rep', 'rep-1'),
    'rep-2': tokenFor(tenant, 'sales_rep', 'rep-2'),
  };
  const manager = tokenFor(tenant, 'sales_manager');

  beforeAll(async () => {
    // Amount, currency, owner, probability, category, expected close; then won on / lost.
    const open: [string, string, 'rep-1' | 'rep-2', number, string, string | null][] = [
      ['1000', 'EUR', 'rep-1', 10, 'PIPELINE', '2031-02-10'], // F1 Q1
      ['2000', 'EUR', 'rep-1', 80, 'COMMIT', '2031-03-31'], // F2 Q1
      ['3000', 'EUR', 'rep-2', 45, 'BEST_CASE', '2031-05-01'], // F3 Q2
      ['500', 'EUR', 'rep-2', 5, 'OMITTED', '2031-05-15'], // F4 Q2: weighted only
      ['1234.56', 'EUR', 'rep-1', 33, 'PIPELINE', '2031-11-30'], // F7 Q4
      ['100', 'USD', 'rep-2', 50, 'PIPELINE', '2031-02-01'], // F8 Q1, in USD
      ['700', 'EUR', 'rep-1', 50, 'PIPELINE', '2032-01-05'], // F9: after the period
      ['900', 'EUR', 'rep-1', 50, 'PIPELINE', null], // F10: no expected close
    ];
    for (const [amount, currency, owner, probability, forecastCategory, expectedCloseDate] of open) {
      await createOpportunity(app, reps[owner], {
        customerId: randomUUID(),
        amount,
        currency,
        probability,
        forecastCategory,
        expectedCloseDate,
      });
    }
    const won = await createOpportunity(app, reps['rep-1'], {
      customerId: randomUUID(),
      amount: '4000',
      expectedCloseDate: '2031-09-30',
    }); // F5: won on 2031-04-20 (Q2)
    await move(reps['rep-1'], won.id, 'CLOSED_WON', 0);
    await app.sql(`UPDATE opportunity SET closed_at = '2031-04-20T10:00:00Z' WHERE id = $1`, [won.id]);
    const lost = await createOpportunity(app, reps['rep-2'], {
      customerId: randomUUID(),
      amount: '999',
      expectedCloseDate: '2031-06-01',
    }); // F6: lost, in no figure
    await move(reps['rep-2'], lost.id, 'CLOSED_LOST', 0);
  });

  const query = `query ($grouping: SalesForecastGrouping!, $filter: SalesForecastFilter) {
    salesForecast(grouping: $grouping, filter: $filter) {
      grouping from to
      periods {
        label start end
        total { currency closedWon commit bestCase pipeline weightedPipeline }
        byOwner { ownerId figures { currency closedWon commit bestCase pipeline weightedPipeline } }
      }
    }
  }`;
  const forecast = async (token: string, grouping: string, filter: Record<string, unknown>) =>
    dataOf(await app.request<{ salesForecast: any }>(query, { grouping, filter }, token)).salesForecast; // eslint-disable-line @typescript-eslint/no-explicit-any
  const figures = (
    currency: string,
    values: Partial<Record<'closedWon' | 'commit' | 'bestCase' | 'pipeline' | 'weightedPipeline', number>>,
  ) => ({
    currency,
    closedWon: (values.closedWon ?? 0).toFixed(2),
    commit: (values.commit ?? 0).toFixed(2),
    bestCase: (values.bestCase ?? 0).toFixed(2),
    pipeline: (values.pipeline ?? 0).toFixed(2),
    weightedPipeline: (values.weightedPipeline ?? 0).toFixed(2),
  });
  const year = { from: '2031-01-01', to: '2031-12-31' };

  it('sums won, commit, best case, pipeline and the weighted pipeline per quarter, in total and by owner', async () => {
    const result = await forecast(manager, 'QUARTER', year);
    expect(result).toMatchObject({ grouping: 'QUARTER', from: '2031-01-01', to: '2031-12-31' });
    expect(
      result.periods.map((period: { label: string; start: string; end: string }) => [
        period.label,
        period.start,
        period.end,
      ]),
    ).toEqual([
      ['2031-Q1', '2031-01-01', '2031-03-31'],
      ['2031-Q2', '2031-04-01', '2031-06-30'],
      ['2031-Q3', '2031-07-01', '2031-09-30'],
      ['2031-Q4', '2031-10-01', '2031-12-31'],
    ]);
    const [q1, q2, q3, q4] = result.periods;
    const q1Eur = figures('EUR', {
      commit: 2000,
      pipeline: 1000,
      weightedPipeline: (1000 * 10 + 2000 * 80) / 100,
    });
    const q1Usd = figures('USD', { pipeline: 100, weightedPipeline: (100 * 50) / 100 });
    expect(q1.total).toEqual([q1Eur, q1Usd]);
    expect(q1.byOwner).toEqual([
      { ownerId: 'rep-1', figures: [q1Eur] },
      { ownerId: 'rep-2', figures: [q1Usd] },
    ]);
    const q2Weighted = (3000 * 45 + 500 * 5) / 100;
    expect(q2.total).toEqual([
      figures('EUR', { closedWon: 4000, bestCase: 3000, weightedPipeline: q2Weighted }),
    ]);
    expect(q2.byOwner).toEqual([
      { ownerId: 'rep-1', figures: [figures('EUR', { closedWon: 4000 })] },
      { ownerId: 'rep-2', figures: [figures('EUR', { bestCase: 3000, weightedPipeline: q2Weighted })] },
    ]);
    expect(q3).toMatchObject({ total: [], byOwner: [] });
    // 1234.56 × 33 % = 407.4048, rounded to cents.
    expect(q4.total).toEqual([figures('EUR', { pipeline: 1234.56, weightedPipeline: 407.4 })]);

    const byYear = await forecast(manager, 'YEAR', year);
    expect(byYear.periods).toHaveLength(1);
    expect(byYear.periods[0].total).toEqual([
      figures('EUR', {
        closedWon: 4000,
        commit: 2000,
        bestCase: 3000,
        pipeline: 1000 + 1234.56,
        // Σ amount × probability over the year's open deals, rounded once: 3482.4048 → 3482.40.
        weightedPipeline: 3482.4,
      }),
      q1Usd,
    ]);
    const byMonth = await forecast(manager, 'MONTH', { from: '2031-02-01', to: '2031-04-30' });
    expect(
      byMonth.periods.map((period: { label: string; total: unknown[] }) => [
        period.label,
        period.total.length,
      ]),
    ).toEqual([
      ['2031-02', 2], // F1 (EUR) and F8 (USD)
      ['2031-03', 1], // F2
      ['2031-04', 1], // F5 won
    ]);
  });

  it('gives a sales rep their own figures and refuses a period too long', async () => {
    const own = await forecast(reps['rep-1'], 'QUARTER', year);
    expect(own.periods[0].total).toEqual([
      figures('EUR', { commit: 2000, pipeline: 1000, weightedPipeline: (1000 * 10 + 2000 * 80) / 100 }),
    ]);
    expect(own.periods[1].byOwner.map((owner: { ownerId: string }) => owner.ownerId)).toEqual(['rep-1']);
    const tooLong = await app.request(
      query,
      { grouping: 'MONTH', filter: { from: '2020-01-01', to: '2031-12-31' } },
      manager,
    );
    expect(errorOf(tooLong)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.to': 'At most 10 years after from' },
    });
  });
});

describe('leadFunnel', () => {
  const tenant = testTenant('analysis-leads');
  const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
  const otherRep = tokenFor(tenant, 'sales_rep', 'rep-2');

  beforeAll(async () => {
    await createLead(app, rep, { source: 'WEB' }); // L1 NEW
    const contacted = await createLead(app, rep, { source: 'WEB' }); // L2 CONTACTED
    await app.request(
      'mutation ($id: UUID!) { changeLeadStatus(id: $id, status: CONTACTED) { id } }',
      { id: contacted.id },
      rep,
    );
    await qualifiedLead(app, rep, { source: 'REFERRAL' }); // L3 QUALIFIED
    const convert = async (source: string, opportunity: boolean) => {
      const lead = await qualifiedLead(app, rep, { source });
      const input = {
        newCustomer: { kind: 'ORGANIZATION' },
        ...(opportunity ? { opportunity: { currency: 'EUR', amount: '1000' } } : {}),
      };
      const { convertLead } = dataOf(
        await app.request<{ convertLead: { opportunity: { id: string } | null } }>(
          `mutation ($id: UUID!, $input: ConvertLeadInput!) { convertLead(id: $id, input: $input) { opportunity { id } } }`,
          { id: lead.id, input },
          rep,
        ),
      );
      return convertLead.opportunity?.id;
    };
    const wonDeal = await convert('REFERRAL', true); // L4: its deal is won
    await move(rep, wonDeal!, 'CLOSED_WON', 0);
    await convert('EVENT', true); // L5: its deal is open
    await convert('EVENT', false); // L6: converted without a deal
    const unqualified = await createLead(app, otherRep, { source: 'WEB' }); // L7 UNQUALIFIED, rep-2's
    for (const status of ['CONTACTED', 'UNQUALIFIED']) {
      await app.request(
        'mutation ($id: UUID!, $status: LeadStatus!) { changeLeadStatus(id: $id, status: $status) { id } }',
        { id: unqualified.id, status },
        otherRep,
      );
    }
  });

  const query = `query ($filter: LeadFunnelFilter) {
    leadFunnel(filter: $filter) {
      total converted withOpportunity won leadToOpportunityRate leadToWonRate
      byStatus { status count }
      bySource { source total converted withOpportunity won leadToOpportunityRate leadToWonRate byStatus { status count } }
    }
  }`;
  const statuses = (counts: [number, number, number, number, number]) =>
    ['NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED'].map((status, index) => ({
      status,
      count: counts[index],
    }));

  it('counts leads by source and status with their rates to an opportunity and to a won deal', async () => {
    const manager = tokenFor(tenant, 'sales_manager');
    const result = dataOf(await app.request<{ leadFunnel: any }>(query, {}, manager)).leadFunnel; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(result).toMatchObject({
      total: 7,
      converted: 3, // L4, L5, L6
      withOpportunity: 2, // L4, L5
      won: 1, // L4
      leadToOpportunityRate: 2 / 7,
      leadToWonRate: 1 / 7,
      byStatus: statuses([1, 1, 1, 1, 3]),
    });
    const source = (name: string) => result.bySource.find((row: { source: string }) => row.source === name);
    expect(source('WEB')).toMatchObject({
      total: 3,
      withOpportunity: 0,
      leadToOpportunityRate: 0 / 3,
      byStatus: statuses([1, 1, 0, 1, 0]),
    });
    expect(source('REFERRAL')).toMatchObject({
      total: 2,
      converted: 1,
      withOpportunity: 1,
      won: 1,
      leadToOpportunityRate: 1 / 2,
      leadToWonRate: 1 / 2,
    });
    expect(source('EVENT')).toMatchObject({
      total: 2,
      converted: 2,
      withOpportunity: 1,
      won: 0,
      leadToOpportunityRate: 1 / 2,
      leadToWonRate: 0 / 2,
    });
    expect(source('PARTNER')).toMatchObject({ total: 0, leadToOpportunityRate: null, leadToWonRate: null });
  });

  it("gives a sales rep their own leads' funnel, and filters by period", async () => {
    const own = dataOf(await app.request<{ leadFunnel: any }>(query, {}, rep)).leadFunnel; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(own).toMatchObject({ total: 6, byStatus: statuses([1, 1, 1, 0, 3]) });
    const manager = tokenFor(tenant, 'sales_manager');
    const future = dataOf(
      await app.request<{ leadFunnel: any }>(query, { filter: { from: '2099-01-01' } }, manager), // eslint-disable-line @typescript-eslint/no-explicit-any
    ).leadFunnel;
    expect(future).toMatchObject({ total: 0, leadToOpportunityRate: null });
  });
});
