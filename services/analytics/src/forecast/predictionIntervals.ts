// Forecast-error variance of the linear exponential-smoothing models, and the 80 % / 95 % bands drawn from it.
import type { ForecastDistribution, SmoothingParameters } from './model';
import { sumOfSquares } from './model';

export const MONTHS_PER_YEAR = 12;
const Z_80 = 1.2815515655446004;
const Z_95 = 1.959963984540054;

export interface PredictionInterval {
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/**
 * Var(h-step error) / σ² for h = 1..horizon in the additive-error state-space form of Holt / additive
 * Holt–Winters (Hyndman & Athanasopoulos, FPP3 §8.7, class 2): 1 + Σ_{j=1}^{h−1} c_j² with
 * c_j = α + j·αβ + γ·[j is a whole number of years]. αβ is the state-space trend gain of the textbook β.
 */
export function forecastVarianceMultipliers(
  { alpha, beta, gamma = 0 }: SmoothingParameters,
  horizonMonths: number,
): number[] {
  const multipliers: number[] = [];
  let multiplier = 1;
  for (let h = 1; h <= horizonMonths; h++) {
    multipliers.push(multiplier);
    const gain = alpha + h * alpha * beta + (h % MONTHS_PER_YEAR === 0 ? gamma : 0);
    multiplier += gain * gain;
  }
  return multipliers;
}

/** σ² estimated from the one-step residuals, one degree of freedom per quantity fitted to those months. */
export function residualVariance(errors: readonly number[], fittedQuantities: number): number {
  if (errors.length === 0) return 0;
  return sumOfSquares(errors) / Math.max(1, errors.length - fittedQuantities);
}

/** Normal bands around the mean; revenue cannot be negative, so everything is floored at zero. */
export function predictionInterval({ mean, standardDeviation }: ForecastDistribution): PredictionInterval {
  const atLeastZero = (value: number) => Math.max(0, value);
  return {
    mean: atLeastZero(mean),
    lower80: atLeastZero(mean - Z_80 * standardDeviation),
    upper80: atLeastZero(mean + Z_80 * standardDeviation),
    lower95: atLeastZero(mean - Z_95 * standardDeviation),
    upper95: atLeastZero(mean + Z_95 * standardDeviation),
  };
}
