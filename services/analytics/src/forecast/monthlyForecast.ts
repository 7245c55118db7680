// Statistical sales forecast (docs/architecture.md §9): monthly revenue history in, point forecasts with 80 % / 95 %
// prediction intervals, the method and its fitted parameters, and a backtest error out.
import { rollingOriginMape } from './backtest';
import { holtLinear } from './holt';
import { holtWinters } from './holtWinters';
import type { FittedModel, ForecastMethod, ForecastModel, SmoothingParameters } from './model';
import { naive } from './naive';
import type { PredictionInterval } from './predictionIntervals';
import { MONTHS_PER_YEAR, predictionInterval } from './predictionIntervals';

export const MAX_HORIZON_MONTHS = 36;
/** Far above any monthly revenue, low enough that squared errors never overflow. */
const MAX_MONTHLY_REVENUE = 1e15;
const MIN_HISTORY_FOR_TREND = 3;
const MIN_HISTORY_FOR_SEASONALITY = 2 * MONTHS_PER_YEAR;

export interface MonthlyForecast {
  method: ForecastMethod;
  parameters: SmoothingParameters;
  /** One entry per month ahead, horizonMonths entries. */
  points: PredictionInterval[];
  /** Rolling-origin one-step MAPE in percent; null when no month could be backtested. */
  backtestMape: number | null;
  /** One sentence: why this method, and how the intervals are computed. */
  rule: string;
}

/** Bad input, named by the argument at fault so a resolver can answer BAD_USER_INPUT with that field. */
export class ForecastInputError extends Error {
  constructor(
    readonly field: 'history' | 'horizonMonths',
    message: string,
  ) {
    super(message);
    this.name = 'ForecastInputError';
  }
}

/** history: one revenue figure per month, oldest first, zeros allowed. */
export function forecastMonthlyRevenue(history: number[], horizonMonths: number): MonthlyForecast {
  assertValidInput(history, horizonMonths);
  const { model, fitted, rule } = chooseModel(history);
  return {
    method: model.method,
    parameters: fitted.parameters,
    points: fitted.forecast(horizonMonths).map(predictionInterval),
    backtestMape: rollingOriginMape(history, model),
    rule,
  };
}

function assertValidInput(history: unknown, horizonMonths: unknown): asserts history is number[] {
  if (typeof horizonMonths !== 'number' || !Number.isInteger(horizonMonths)) {
    throw new ForecastInputError('horizonMonths', 'horizonMonths must be a whole number of months');
  }
  if (horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
    throw new ForecastInputError(
      'horizonMonths',
      `horizonMonths must be between 1 and ${MAX_HORIZON_MONTHS}`,
    );
  }
  if (!Array.isArray(history))
    throw new ForecastInputError('history', 'history must be a list of monthly revenues');
  const invalid = history.findIndex(
    (value) =>
      typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MONTHLY_REVENUE,
  );
  if (invalid >= 0) {
    throw new ForecastInputError(
      'history',
      `history[${invalid}] is ${String(history[invalid])}; monthly revenue must be a finite number from 0 to ${MAX_MONTHLY_REVENUE}`,
    );
  }
}

const analyticalIntervals = (stateSpaceModel: string) =>
  `normal 80 %/95 % intervals use the analytical h-step variance of ${stateSpaceModel} (Hyndman & Athanasopoulos, FPP3 §8.7) with σ² from the one-step residuals`;

function chooseModel(history: number[]): { model: ForecastModel; fitted: FittedModel; rule: string } {
  const months = history.length;
  if (months < MIN_HISTORY_FOR_TREND) {
    return {
      model: naive,
      fitted: naive.fit(history)!,
      rule: `Only ${months} month(s) of history (fewer than ${MIN_HISTORY_FOR_TREND}), so the forecast repeats the last month and the deliberately wide intervals are a random walk whose monthly σ is the larger of the last month and its largest month-to-month change, growing with √h.`,
    };
  }
  if (months < MIN_HISTORY_FOR_SEASONALITY) {
    return {
      model: holtLinear,
      fitted: holtLinear.fit(history)!,
      rule: `${months} months of history (fewer than ${MIN_HISTORY_FOR_SEASONALITY} for a yearly season), so Holt's linear trend with α and β fitted by minimising one-step squared errors; ${analyticalIntervals('ETS(A,A,N)')}.`,
    };
  }
  const additive = holtWinters('ADDITIVE');
  const multiplicative = holtWinters('MULTIPLICATIVE');
  const additiveFit = additive.fit(history)!;
  const multiplicativeFit = multiplicative.fit(history);
  const seasonalChoice = `${months} months of history (at least ${MIN_HISTORY_FOR_SEASONALITY}), so Holt–Winters with a 12-month season, α, β and γ fitted by minimising one-step squared errors`;
  if (multiplicativeFit && multiplicativeFit.sumOfSquaredErrors < additiveFit.sumOfSquaredErrors) {
    return {
      model: multiplicative,
      fitted: multiplicativeFit,
      rule: `${seasonalChoice}, multiplicative because its in-sample squared error is lower than the additive one; ${analyticalIntervals('ETS(A,A,A)')} taken relative to the mean (a first-order approximation for multiplicative seasonality).`,
    };
  }
  const why = multiplicativeFit
    ? 'additive because its in-sample squared error is not above the multiplicative one'
    : 'additive because the multiplicative form needs every month and the trend line above zero';
  return {
    model: additive,
    fitted: additiveFit,
    rule: `${seasonalChoice}, ${why}; ${analyticalIntervals('ETS(A,A,A)')}.`,
  };
}
