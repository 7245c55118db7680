// Holt's linear trend method: a level and a trend, each exponentially smoothed.
import { minimiseInUnitBox } from './fitParameters';
import type { FittedModel, ForecastModel } from './model';
import { sumOfSquares } from './model';
import { forecastVarianceMultipliers, residualVariance } from './predictionIntervals';

export interface HoltParameters {
  alpha: number;
  beta: number;
}

export interface HoltState {
  level: number;
  trend: number;
}

export interface HoltSmoothing {
  /** One state per month of history. */
  states: HoltState[];
  /** One-step-ahead errors y_t − (level_{t−1} + trend_{t−1}) for t ≥ 2. */
  errors: number[];
}

/**
 * Starts from level_0 = y_0 and trend_0 = y_1 − y_0, then for t ≥ 1:
 *   level_t = α·y_t + (1 − α)·(level_{t−1} + trend_{t−1})
 *   trend_t = β·(level_t − level_{t−1}) + (1 − β)·trend_{t−1}.
 * The error at t = 1 is zero by construction of the start, so errors begin at t = 2.
 */
export function holtSmoothing(history: readonly number[], { alpha, beta }: HoltParameters): HoltSmoothing {
  const [first, second] = history;
  if (first === undefined || second === undefined) throw new Error('Holt smoothing needs two months or more');
  let state: HoltState = { level: first, trend: second - first };
  const states = [state];
  const errors: number[] = [];
  for (let t = 1; t < history.length; t++) {
    const actual = history[t]!;
    const predicted = state.level + state.trend;
    if (t >= 2) errors.push(actual - predicted);
    const level = alpha * actual + (1 - alpha) * predicted;
    const trend = beta * (level - state.level) + (1 - beta) * state.trend;
    state = { level, trend };
    states.push(state);
  }
  return { states, errors };
}

export const holtLinear: ForecastModel = {
  method: 'HOLT_LINEAR',
  minimumHistory: 3,
  fit(history): FittedModel {
    const [alpha, beta] = minimiseInUnitBox(
      ([alpha, beta]) => sumOfSquares(holtSmoothing(history, { alpha: alpha!, beta: beta! }).errors),
      2,
    ) as [number, number];
    const parameters = { alpha, beta };
    const { states, errors } = holtSmoothing(history, parameters);
    const { level, trend } = states[states.length - 1]!;
    const variance = residualVariance(errors, 2);
    return {
      parameters,
      sumOfSquaredErrors: sumOfSquares(errors),
      forecast: (horizonMonths) =>
        forecastVarianceMultipliers(parameters, horizonMonths).map((multiplier, index) => ({
          mean: level + (index + 1) * trend,
          standardDeviation: Math.sqrt(variance * multiplier),
        })),
    };
  },
};
