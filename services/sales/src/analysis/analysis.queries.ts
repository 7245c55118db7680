import { leadSource, leadStatus, type LeadSource, type LeadStatus } from '@crm/events';
import { badUserInput, parseInput, type RequestContext } from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { visibleLeads } from '../lead/lead.queries';
import { OpportunityEntity, openStages } from '../opportunity/opportunity.entity';
import { visibleOpportunities } from '../opportunity/opportunity.queries';
import { addDays } from '../quote/quote.rules';
import { analysisFilter, ratio, type AnalysisFilter } from './analysis.rules';
import { salesForecast, type ForecastGrouping } from './salesForecast.rules';
import { salesFunnel } from './salesFunnel.rules';

/** Rows created within the filter's days (UTC, both included), of its owner and campaign. */
function applyCohort<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: AnalysisFilter,
): SelectQueryBuilder<T> {
  if (filter.from) query.andWhere(`${alias}.createdAt >= :from`, { from: `${filter.from}T00:00:00Z` });
  if (filter.to)
    query.andWhere(`${alias}.createdAt < :toEnd`, {
      toEnd: `${addDays(new Date(`${filter.to}T00:00:00Z`), 1)}T00:00:00Z`,
    });
  if (filter.ownerId) query.andWhere(`${alias}.ownerId = :ownerId`, { ownerId: filter.ownerId });
  if (filter.campaignId)
    query.andWhere(`${alias}.campaignId = :campaignId`, { campaignId: filter.campaignId });
  return query;
}

/**
 * salesFunnel: the deals created in the period (of the owner and campaign given) that the caller may see —
 * a sales rep's own only — through the funnel (salesFunnel.rules).
 */
export async function salesFunnelOf(context: RequestContext, rawFilter: unknown) {
  const filter = parseInput(analysisFilter, rawFilter ?? {}, 'filter');
  const deals = await applyCohort(visibleOpportunities(context, 'op'), 'op', filter)
    .select(['op.id', 'op.stage', 'op.amount', 'op.currency', 'op.stageHistory'])
    .getMany();
  return salesFunnel(deals);
}

const maxForecastYears = 10;

/**
 * salesForecast: won deals by close day and open deals by expected close day within the period (the
 * current calendar year unless given), of the owner given, that the caller may see.
 */
export async function salesForecastOf(
  context: RequestContext,
  grouping: ForecastGrouping,
  rawFilter: unknown,
) {
  const filter = parseInput(analysisFilter, rawFilter ?? {}, 'filter');
  if (filter.campaignId) throw badUserInput({ 'filter.campaignId': 'The forecast is not by campaign' });
  const year = new Date().getUTCFullYear();
  const from = filter.from ?? `${year}-01-01`;
  const to = filter.to ?? `${year}-12-31`;
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= maxForecastYears) {
    throw badUserInput({ 'filter.to': `At most ${maxForecastYears} years after from` });
  }
  const query = visibleOpportunities(context, 'op').andWhere(
    `((op.stage = 'CLOSED_WON' AND op.closedAt >= :from AND op.closedAt < :toEnd)
      OR (op.stage IN (:...open) AND op.expectedCloseDate BETWEEN :fromDay AND :toDay))`,
    {
      from: `${from}T00:00:00Z`,
      toEnd: `${addDays(new Date(`${to}T00:00:00Z`), 1)}T00:00:00Z`,
      open: openStages,
      fromDay: from,
      toDay: to,
    },
  );
  if (filter.ownerId) query.andWhere('op.ownerId = :ownerId', { ownerId: filter.ownerId });
  const deals: OpportunityEntity[] = await query.getMany();
  return { grouping, from, to, periods: salesForecast(deals, grouping, from, to) };
}

interface LeadGroup {
  source: LeadSource;
  status: LeadStatus;
  total: number;
  withOpportunity: number;
  won: number;
}

function leadFigures(groups: LeadGroup[]) {
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const withOpportunity = groups.reduce((sum, group) => sum + group.withOpportunity, 0);
  const won = groups.reduce((sum, group) => sum + group.won, 0);
  const byStatus = leadStatus.options.map((status) => ({
    status,
    count: groups.filter((group) => group.status === status).reduce((sum, group) => sum + group.total, 0),
  }));
  return {
    total,
    byStatus,
    converted: byStatus.find((row) => row.status === 'CONVERTED')!.count,
    withOpportunity,
    won,
    leadToOpportunityRate: ratio(withOpportunity, total),
    leadToWonRate: ratio(won, total),
  };
}

/**
 * leadFunnel: the leads created in the period (of the owner and campaign given) that the caller may see,
 * by source and status; a lead reached an opportunity when its conversion opened one, and was won when that
 * deal is CLOSED_WON. One grouped query.
 */
export async function leadFunnelOf(context: RequestContext, rawFilter: unknown) {
  const filter = parseInput(analysisFilter, rawFilter ?? {}, 'filter');
  const groups: LeadGroup[] = await applyCohort(visibleLeads(context, 'l'), 'l', filter)
    .leftJoin(OpportunityEntity, 'o', 'o.id = l.opportunityId AND o.tenantId = l.tenantId')
    .select('l.source', 'source')
    .addSelect('l.status', 'status')
    .addSelect('count(*)::int', 'total')
    .addSelect('count(o.id)::int', 'withOpportunity')
    .addSelect(`(count(*) FILTER (WHERE o.stage = 'CLOSED_WON'))::int`, 'won')
    .groupBy('l.source')
    .addGroupBy('l.status')
    .getRawMany();
  return {
    ...leadFigures(groups),
    bySource: leadSource.options.map((source) => ({
      source,
      ...leadFigures(groups.filter((group) => group.source === source)),
    })),
  };
}
