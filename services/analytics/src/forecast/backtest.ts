// How well the chosen method would have done on the recent past.
import type { ForecastModel } from './model';
import { average } from './model';

export const BACKTEST_ORIGINS = 12;

/**
 * Rolling-origin one-step MAPE in percent: for each of the last 12 months whose preceding history is long
 * enough for the method, refit on the months before it and forecast it. Zero actuals are skipped (their
 * percentage error is undefined); null when no month qualifies.
 */
export function rollingOriginMape(history: readonly number[], model: ForecastModel): number | null {
  const percentageErrors: number[] = [];
  const firstOrigin = Math.max(model.minimumHistory, history.length - BACKTEST_ORIGINS);
  for (let origin = firstOrigin; origin < history.length; origin++) {
    const actual = history[origin]!;
    if (actual === 0) continue;
    const next = model.fit(history.slice(0, origin))?.forecast(1)[0];
    if (!next) continue;
    // Scored as reported: the forecast is floored at zero like the published one.
    percentageErrors.push(Math.abs(actual - Math.max(0, next.mean)) / actual);
  }
  return percentageErrors.length === 0 ? null : 100 * average(percentageErrors);
}
