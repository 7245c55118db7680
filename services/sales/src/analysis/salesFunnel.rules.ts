import { toCents } from '@crm/platform';
import type { OpportunityStage } from '@crm/events';
import { openStages, type OpenStage, type StageMove } from '../opportunity/opportunity.entity';
import { CurrencySums, ratio } from './analysis.rules';

/** What the funnel looks at of a deal. */
export interface FunnelDeal {
  stage: OpportunityStage;
  amount: string | null;
  currency: string;
  stageHistory: StageMove[];
}

export const funnelStages = [...openStages, 'CLOSED_WON'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export interface FunnelStageFigures {
  stage: FunnelStage;
  /** Deals that reached the stage. */
  count: number;
  amount: { amount: string; currency: string }[];
  /** count of the next stage / count of this one; null for CLOSED_WON or when none reached it. */
  conversionToNext: number | null;
  /** The mean of the whole days deals spent in the stage before leaving it (moves out of it only). */
  averageDaysInStage: number | null;
  /** Deals lost from this stage (the stage they were in when closed lost). */
  lost: number;
}

export interface SalesFunnelFigures {
  stages: FunnelStageFigures[];
  deals: number;
  open: number;
  won: number;
  lost: number;
  /** won / (won + lost); null when none closed. */
  winRate: number | null;
  /** The open stage most deals were lost from; null when none was lost. The earlier stage wins a tie. */
  bottleneck: OpenStage | null;
}

function stageIndex(stage: OpportunityStage): number {
  return openStages.indexOf(stage as OpenStage);
}

/**
 * How far down the funnel a deal came: the furthest open stage it was ever in (deals move forward one
 * stage at a time, so it passed every stage before). A won deal went through the whole funnel, even when it
 * was closed from an earlier stage.
 */
export function furthestStage(deal: FunnelDeal): number {
  if (deal.stage === 'CLOSED_WON') return funnelStages.length - 1;
  const visited = [deal.stage, ...deal.stageHistory.flatMap((move) => [move.from, move.to])];
  return Math.max(...visited.map(stageIndex));
}

/** The open stage a lost deal was lost from. */
function lostFrom(deal: FunnelDeal): OpenStage | null {
  const move = deal.stageHistory.findLast((candidate) => candidate.to === 'CLOSED_LOST');
  return move ? (move.from as OpenStage) : null;
}

/** docs/architecture.md §9: per stage the deals that reached it, their amount, the conversion, the days spent, the losses. */
export function salesFunnel(deals: FunnelDeal[]): SalesFunnelFigures {
  const counts = funnelStages.map(() => 0);
  const sums = funnelStages.map(() => new CurrencySums());
  const days = funnelStages.map(() => ({ total: 0, moves: 0 }));
  const lostAt = funnelStages.map(() => 0);
  for (const deal of deals) {
    const furthest = furthestStage(deal);
    for (let index = 0; index <= furthest; index++) {
      counts[index]! += 1;
      if (deal.amount !== null) sums[index]!.add(deal.currency, toCents(deal.amount));
    }
    for (const move of deal.stageHistory) {
      const index = stageIndex(move.from);
      days[index]!.total += move.daysInPreviousStage;
      days[index]!.moves += 1;
    }
    const lostStage = deal.stage === 'CLOSED_LOST' ? lostFrom(deal) : null;
    if (lostStage) lostAt[stageIndex(lostStage)]! += 1;
  }
  const won = deals.filter((deal) => deal.stage === 'CLOSED_WON').length;
  const lost = deals.filter((deal) => deal.stage === 'CLOSED_LOST').length;
  const mostLost = Math.max(...lostAt);
  return {
    stages: funnelStages.map((stage, index) => ({
      stage,
      count: counts[index]!,
      amount: sums[index]!.toMoney(),
      conversionToNext: index + 1 < funnelStages.length ? ratio(counts[index + 1]!, counts[index]!) : null,
      averageDaysInStage: days[index]!.moves === 0 ? null : days[index]!.total / days[index]!.moves,
      lost: lostAt[index]!,
    })),
    deals: deals.length,
    open: deals.length - won - lost,
    won,
    lost,
    winRate: ratio(won, won + lost),
    bottleneck: mostLost === 0 ? null : openStages[lostAt.indexOf(mostLost)]!,
  };
}
