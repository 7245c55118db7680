// The shape every forecasting method shares, so that choosing a method and backtesting it are one piece of code.

export type ForecastMethod =
  'HOLT_LINEAR' | 'HOLT_WINTERS_ADDITIVE' | 'HOLT_WINTERS_MULTIPLICATIVE' | 'NAIVE';

/** Smoothing weights in the textbook (Holt / Holt–Winters) form; gamma only for seasonal methods. */
export interface SmoothingParameters {
  alpha: number;
  beta: number;
  gamma?: number;
}

/** A forecast month as a normal distribution: point forecast and forecast-error standard deviation. */
export interface ForecastDistribution {
  mean: number;
  standardDeviation: number;
}

export interface FittedModel {
  parameters: SmoothingParameters;
  /** Sum of squared in-sample one-step-ahead errors at the fitted parameters. */
  sumOfSquaredErrors: number;
  forecast(horizonMonths: number): ForecastDistribution[];
}

export interface ForecastModel {
  method: ForecastMethod;
  /** Fewest months of history the method can be fitted to. */
  minimumHistory: number;
  /** Null when the method cannot describe this history (e.g. multiplicative seasonality with a zero month). */
  fit(history: readonly number[]): FittedModel | null;
}

export function sumOfSquares(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value * value, 0);
}

export function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
