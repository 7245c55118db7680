import { centsText, toCents } from '@crm/platform';
import type { ForecastCategory, OpportunityStage } from '@crm/events';
import { isClosed } from '../opportunity/opportunity.rules';

export const forecastGroupings = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type ForecastGrouping = (typeof forecastGroupings)[number];

/** What the forecast looks at of a deal. */
export interface ForecastDeal {
  stage: OpportunityStage;
  amount: string | null;
  currency: string;
  probability: number;
  forecastCategory: ForecastCategory;
  expectedCloseDate: string | null;
  closedAt: Date | null;
  ownerId: string | null;
}

export interface ForecastFigures {
  currency: string;
  closedWon: string;
  commit: string;
  bestCase: string;
  pipeline: string;
  weightedPipeline: string;
}

export interface ForecastPeriod {
  label: string;
  start: string;
  end: string;
  total: ForecastFigures[];
  byOwner: { ownerId: string | null; figures: ForecastFigures[] }[];
}

/** The period (month, quarter or year) a day falls in: its label and first and last day. */
export function periodOf(
  day: string,
  grouping: ForecastGrouping,
): { label: string; start: string; end: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const firstMonth =
    grouping === 'MONTH' ? month : grouping === 'QUARTER' ? Math.floor((month - 1) / 3) * 3 + 1 : 1;
  const months = grouping === 'MONTH' ? 1 : grouping === 'QUARTER' ? 3 : 12;
  const start = new Date(Date.UTC(year, firstMonth - 1, 1));
  const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  const label =
    grouping === 'MONTH'
      ? day.slice(0, 7)
      : grouping === 'QUARTER'
        ? `${year}-Q${(firstMonth + 2) / 3}`
        : String(year);
  return { label, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Every period from the one of `from` to the one of `to`. */
export function periodsBetween(from: string, to: string, grouping: ForecastGrouping) {
  const periods = [];
  let period = periodOf(from, grouping);
  while (period.start <= to) {
    periods.push(period);
    const next = new Date(`${period.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    period = periodOf(next.toISOString().slice(0, 10), grouping);
  }
  return periods;
}

/** Running sums of one currency, in cents; the weighted pipeline in cents × percent, rounded once at the end. */
class Sums {
  closedWon = 0n;
  commit = 0n;
  bestCase = 0n;
  pipeline = 0n;
  weightedPercentCents = 0n;

  constructor(readonly currency: string) {}

  figures(): ForecastFigures {
    return {
      currency: this.currency,
      closedWon: centsText(this.closedWon),
      commit: centsText(this.commit),
      bestCase: centsText(this.bestCase),
      pipeline: centsText(this.pipeline),
      weightedPipeline: centsText((this.weightedPercentCents + 50n) / 100n),
    };
  }
}

/** The day a deal counts on: the close of a won deal, the expected close of an open one; lost deals none. */
export function forecastDay(deal: ForecastDeal): string | null {
  if (deal.stage === 'CLOSED_WON') return deal.closedAt?.toISOString().slice(0, 10) ?? null;
  if (isClosed(deal.stage)) return null;
  return deal.expectedCloseDate;
}

function add(sums: Sums, deal: ForecastDeal): void {
  const cents = deal.amount === null ? 0n : toCents(deal.amount);
  if (deal.stage === 'CLOSED_WON') {
    sums.closedWon += cents;
    return;
  }
  if (deal.forecastCategory === 'COMMIT') sums.commit += cents;
  else if (deal.forecastCategory === 'BEST_CASE') sums.bestCase += cents;
  else if (deal.forecastCategory === 'PIPELINE') sums.pipeline += cents;
  // docs/architecture.md §9: the weighted pipeline is over every open deal, whatever its category.
  sums.weightedPercentCents += cents * BigInt(deal.probability);
}

function figuresOf(groups: Map<string, Sums>): ForecastFigures[] {
  return [...groups.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((sums) => sums.figures());
}

/**
 * Per period: the amount won (by close day), the open amounts by forecast category (by expected close
 * day; the categories are not cumulative) and the weighted pipeline Σ amount × probability over the open
 * deals; per currency, in total and by owner. Deals outside [from, to] are left out.
 */
export function salesForecast(
  deals: ForecastDeal[],
  grouping: ForecastGrouping,
  from: string,
  to: string,
): ForecastPeriod[] {
  const periods = periodsBetween(from, to, grouping).map((period) => ({
    ...period,
    total: new Map<string, Sums>(),
    owners: new Map<string | null, Map<string, Sums>>(),
  }));
  const byLabel = new Map(periods.map((period) => [period.label, period]));
  for (const deal of deals) {
    const day = forecastDay(deal);
    if (!day || day < from || day > to) continue;
    const period = byLabel.get(periodOf(day, grouping).label)!;
    const owner = period.owners.get(deal.ownerId) ?? new Map<string, Sums>();
    period.owners.set(deal.ownerId, owner);
    for (const groups of [period.total, owner]) {
      const sums = groups.get(deal.currency) ?? new Sums(deal.currency);
      groups.set(deal.currency, sums);
      add(sums, deal);
    }
  }
  return periods.map(({ label, start, end, total, owners }) => ({
    label,
    start,
    end,
    total: figuresOf(total),
    byOwner: [...owners.entries()]
      .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
      .map(([ownerId, groups]) => ({ ownerId, figures: figuresOf(groups) })),
  }));
}
