// The fallback for histories too short to estimate a trend or an error variance.
import type { ForecastModel } from './model';

/**
 * Repeats the last month (zero without history) as a random walk: σ_h = σ·√h with σ the larger of the last
 * month and the largest month-to-month change — deliberately wide, since one or two months say little.
 */
export const naive: ForecastModel = {
  method: 'NAIVE',
  minimumHistory: 1,
  fit(history) {
    const last = history[history.length - 1] ?? 0;
    const largestChange = Math.max(
      0,
      ...history.slice(1).map((value, index) => Math.abs(value - history[index]!)),
    );
    const sigma = Math.max(last, largestChange);
    return {
      parameters: { alpha: 1, beta: 0 },
      sumOfSquaredErrors: 0,
      forecast: (horizonMonths) =>
        Array.from({ length: horizonMonths }, (_, index) => ({
          mean: last,
          standardDeviation: sigma * Math.sqrt(index + 1),
        })),
    };
  },
};
