// Holt–Winters: Holt's level and trend plus a yearly season of twelve monthly effects,
// added to the trend (additive) or scaling it (multiplicative).
import { minimiseInUnitBox } from './fitParameters';
import type { FittedModel, ForecastModel, SmoothingParameters } from './model';
import { average, sumOfSquares } from './model';
import { forecastVarianceMultipliers, MONTHS_PER_YEAR, residualVariance } from './predictionIntervals';

/**
 * Degrees of freedom used up by the fit: α, β, γ and the initial level, trend and 11 free seasonal effects,
 * which are estimated from the same months whose errors are summed (as R's forecast::ets counts them).
 */
const FITTED_QUANTITIES = 3 + 2 + (MONTHS_PER_YEAR - 1);

export type Seasonality = 'ADDITIVE' | 'MULTIPLICATIVE';

export interface SeasonalState {
  level: number;
  trend: number;
  /** Seasonal effect per calendar position: index t mod 12 of the history. */
  seasonals: number[];
}

export interface HoltWintersSmoothing {
  final: SeasonalState;
  /** One-step-ahead forecasts and errors for every month of history. */
  predictions: number[];
  errors: number[];
}

/**
 * The state just before the first month, from the first two years: the trend is the change between the
 * yearly means / 12, the seasonal effects are the averaged deviations (or ratios) of each month from that
 * trend line, normalised to sum 0 (or average 1). Null when a ratio is meaningless (trend line ≤ 0).
 */
export function initialSeasonalState(
  history: readonly number[],
  seasonality: Seasonality,
): SeasonalState | null {
  const m = MONTHS_PER_YEAR;
  const firstYear = average(history.slice(0, m));
  const trend = (average(history.slice(m, 2 * m)) - firstYear) / m;
  // The first year's mean is the trend line's value in the middle of that year.
  const trendLine = (t: number) => firstYear + (t - (m - 1) / 2) * trend;
  const raw: number[] = [];
  for (let position = 0; position < m; position++) {
    const months = [position, position + m];
    if (seasonality === 'ADDITIVE') {
      raw.push(average(months.map((t) => history[t]! - trendLine(t))));
    } else {
      if (months.some((t) => trendLine(t) <= 0)) return null;
      raw.push(average(months.map((t) => history[t]! / trendLine(t))));
    }
  }
  const centre = average(raw);
  if (seasonality === 'MULTIPLICATIVE' && centre <= 0) return null;
  return {
    level: trendLine(-1),
    trend,
    seasonals: raw.map((effect) => (seasonality === 'ADDITIVE' ? effect - centre : effect / centre)),
  };
}

/**
 * Runs the recursions (Hyndman & Athanasopoulos, FPP §8.3) over the history, t = 0..n−1, s = seasonal of t − 12:
 *   additive:       ŷ_t = l + b + s;  l_t = α(y_t − s) + (1 − α)(l + b);  s_t = γ(y_t − l − b) + (1 − γ)s
 *   multiplicative: ŷ_t = (l + b)·s;  l_t = α(y_t / s) + (1 − α)(l + b);  s_t = γ(y_t / (l + b)) + (1 − γ)s
 *   both:           b_t = β(l_t − l) + (1 − β)b
 * Null when a multiplicative state turns non-positive (the ratios stop meaning anything).
 */
export function holtWintersSmoothing(
  history: readonly number[],
  seasonality: Seasonality,
  { alpha, beta, gamma = 0 }: SmoothingParameters,
): HoltWintersSmoothing | null {
  const start = initialSeasonalState(history, seasonality);
  if (!start) return null;
  let { level, trend } = start;
  const seasonals = [...start.seasonals];
  const predictions: number[] = [];
  const errors: number[] = [];
  for (let t = 0; t < history.length; t++) {
    const actual = history[t]!;
    const position = t % MONTHS_PER_YEAR;
    const seasonal = seasonals[position]!;
    const base = level + trend;
    let predicted: number;
    let nextLevel: number;
    if (seasonality === 'ADDITIVE') {
      predicted = base + seasonal;
      nextLevel = alpha * (actual - seasonal) + (1 - alpha) * base;
      seasonals[position] = gamma * (actual - base) + (1 - gamma) * seasonal;
    } else {
      if (base <= 0 || seasonal <= 0) return null;
      predicted = base * seasonal;
      nextLevel = alpha * (actual / seasonal) + (1 - alpha) * base;
      seasonals[position] = gamma * (actual / base) + (1 - gamma) * seasonal;
    }
    trend = beta * (nextLevel - level) + (1 - beta) * trend;
    level = nextLevel;
    predictions.push(predicted);
    errors.push(actual - predicted);
  }
  return { final: { level, trend, seasonals }, predictions, errors };
}

/**
 * γ is searched as a share of 1 − α, the usual admissible range (0 ≤ γ ≤ 1 − α).
 * Intervals: additive uses the exact ETS(A,A,A) variance; multiplicative applies the same multipliers to
 * the relative one-step errors (a first-order approximation of ETS(M,A,M), fine while errors are small).
 */
export function holtWinters(seasonality: Seasonality): ForecastModel {
  const smooth = (history: readonly number[], [alpha, beta, gammaShare]: number[]) =>
    holtWintersSmoothing(history, seasonality, {
      alpha: alpha!,
      beta: beta!,
      gamma: gammaShare! * (1 - alpha!),
    });
  return {
    method: seasonality === 'ADDITIVE' ? 'HOLT_WINTERS_ADDITIVE' : 'HOLT_WINTERS_MULTIPLICATIVE',
    minimumHistory: 2 * MONTHS_PER_YEAR,
    fit(history): FittedModel | null {
      if (seasonality === 'MULTIPLICATIVE' && history.some((value) => value <= 0)) return null;
      const best = minimiseInUnitBox((point) => {
        const smoothing = smooth(history, point);
        return smoothing ? sumOfSquares(smoothing.errors) : Infinity;
      }, 3);
      const smoothing = smooth(history, best);
      if (!smoothing) return null;
      const [alpha, beta, gammaShare] = best as [number, number, number];
      const parameters = { alpha, beta, gamma: gammaShare * (1 - alpha) };
      const { level, trend, seasonals } = smoothing.final;
      const n = history.length;
      const relativeErrors = smoothing.errors.map((error, t) => error / smoothing.predictions[t]!);
      const variance = residualVariance(
        seasonality === 'ADDITIVE' ? smoothing.errors : relativeErrors,
        FITTED_QUANTITIES,
      );
      return {
        parameters,
        sumOfSquaredErrors: sumOfSquares(smoothing.errors),
        forecast: (horizonMonths) =>
          forecastVarianceMultipliers(parameters, horizonMonths).map((multiplier, index) => {
            const h = index + 1;
            const seasonal = seasonals[(n - 1 + h) % MONTHS_PER_YEAR]!;
            const trended = level + h * trend;
            const mean = seasonality === 'ADDITIVE' ? trended + seasonal : trended * seasonal;
            const scale = seasonality === 'ADDITIVE' ? 1 : Math.abs(mean);
            return { mean, standardDeviation: scale * Math.sqrt(variance * multiplier) };
          }),
      };
    },
  };
}
