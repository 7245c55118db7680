// The pieces of the sales forecast checked by hand: the Holt recursion, the seasonal start, the variance
// formula, the parameter search and the backtest. No GraphQL, no database.
import { rollingOriginMape } from '../src/forecast/backtest';
import { minimiseInUnitBox } from '../src/forecast/fitParameters';
import { holtLinear, holtSmoothing } from '../src/forecast/holt';
import { holtWintersSmoothing, initialSeasonalState } from '../src/forecast/holtWinters';
import type { ForecastModel } from '../src/forecast/model';
import { sumOfSquares } from '../src/forecast/model';
import { forecastVarianceMultipliers } from '../src/forecast/predictionIntervals';

describe('holtSmoothing', () => {
  it('follows the Holt recursion worked out by hand for four months', () => {
    // y = 10, 14, 15, 20 with α = 0.5, β = 0.4; start level 10, trend 14 − 10 = 4.
    // t=1: forecast 14, level 0.5·14 + 0.5·14 = 14, trend 0.4·(14 − 10) + 0.6·4 = 4
    // t=2: forecast 18, error −3, level 0.5·15 + 0.5·18 = 16.5, trend 0.4·2.5 + 0.6·4 = 3.4
    // t=3: forecast 19.9, error 0.1, level 0.5·20 + 0.5·19.9 = 19.95, trend 0.4·3.45 + 0.6·3.4 = 3.42
    const { states, errors } = holtSmoothing([10, 14, 15, 20], { alpha: 0.5, beta: 0.4 });
    const expected = [
      { level: 10, trend: 4 },
      { level: 14, trend: 4 },
      { level: 16.5, trend: 3.4 },
      { level: 19.95, trend: 3.42 },
    ];
    expect(states).toHaveLength(expected.length);
    states.forEach((state, t) => {
      expect(state.level).toBeCloseTo(expected[t]!.level, 10);
      expect(state.trend).toBeCloseTo(expected[t]!.trend, 10);
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBeCloseTo(-3, 10);
    expect(errors[1]).toBeCloseTo(0.1, 10);
  });

  it('refuses fewer than two months', () => {
    expect(() => holtSmoothing([5], { alpha: 0.5, beta: 0.5 })).toThrow('two months');
  });
});

describe('holtLinear fitting', () => {
  it('finds α and β at least as good as every point of a fine grid', () => {
    const history = [100, 108, 113, 125, 128, 141, 139, 152, 160, 158, 171, 180, 178, 192, 199];
    const fitted = holtLinear.fit(history)!;
    const sse = (alpha: number, beta: number) => sumOfSquares(holtSmoothing(history, { alpha, beta }).errors);
    expect(fitted.sumOfSquaredErrors).toBeCloseTo(sse(fitted.parameters.alpha, fitted.parameters.beta), 8);
    for (let alpha = 0.01; alpha < 1; alpha += 0.02) {
      for (let beta = 0.01; beta < 1; beta += 0.02) {
        expect(fitted.sumOfSquaredErrors).toBeLessThanOrEqual(sse(alpha, beta) * (1 + 1e-6));
      }
    }
  });
});

describe('initialSeasonalState and holtWintersSmoothing', () => {
  // Exactly linear trend plus a fixed yearly pattern that sums to zero.
  const pattern = [30, 50, 20, -10, -40, -60, -30, 0, 10, 20, 15, -5];
  const level = (t: number) => 500 + 8 * t;
  const exactSeries = Array.from({ length: 36 }, (_, t) => level(t) + pattern[t % 12]!);

  it('recovers trend, level and seasonal effects of an exact additive series from its first two years', () => {
    const start = initialSeasonalState(exactSeries, 'ADDITIVE')!;
    expect(start.trend).toBeCloseTo(8, 10);
    // The state just before month 0 is one trend step below month 0's level.
    expect(start.level).toBeCloseTo(level(-1), 10);
    start.seasonals.forEach((effect, month) => expect(effect).toBeCloseTo(pattern[month]!, 10));
  });

  it('recovers seasonal ratios of an exact multiplicative series', () => {
    const ratios = pattern.map((effect) => 1 + effect / 100);
    const series = exactSeries.map((_, t) => level(t) * ratios[t % 12]!);
    const start = initialSeasonalState(series, 'MULTIPLICATIVE')!;
    // Ratios to a straight line are exact only up to the curvature the seasonality adds to the yearly means.
    expect(start.trend).toBeCloseTo(8, 0);
    start.seasonals.forEach((ratio, month) => expect(ratio).toBeCloseTo(ratios[month]!, 2));
  });

  it('forecasts an exact additive series one step ahead without error, whatever the weights', () => {
    for (const weights of [
      { alpha: 0.1, beta: 0.1, gamma: 0.1 },
      { alpha: 0.9, beta: 0.5, gamma: 0.05 },
    ]) {
      const smoothing = holtWintersSmoothing(exactSeries, 'ADDITIVE', weights)!;
      smoothing.errors.forEach((error) => expect(Math.abs(error)).toBeLessThan(1e-9));
      expect(smoothing.final.level).toBeCloseTo(level(35), 8);
    }
  });

  it('has no multiplicative form when the trend line is not positive', () => {
    const falling = Array.from({ length: 24 }, (_, t) => Math.max(0, 100 - 10 * t));
    expect(initialSeasonalState(falling, 'MULTIPLICATIVE')).toBeNull();
  });
});

describe('forecastVarianceMultipliers', () => {
  // Closed forms of FPP3 table 8.8 (σ_h² / σ²), with the state-space trend gain αβ.
  const holtClosedForm = (alpha: number, trendGain: number, h: number) =>
    1 + (h - 1) * (alpha ** 2 + alpha * trendGain * h + (trendGain ** 2 * h * (2 * h - 1)) / 6);
  const seasonalClosedForm = (alpha: number, trendGain: number, gamma: number, h: number) => {
    const years = Math.floor((h - 1) / 12);
    return (
      holtClosedForm(alpha, trendGain, h) + gamma * years * (2 * alpha + gamma + trendGain * 12 * (years + 1))
    );
  };

  it('matches the ETS(A,A,N) formula', () => {
    const multipliers = forecastVarianceMultipliers({ alpha: 0.3, beta: 0.2 }, 36);
    multipliers.forEach((multiplier, index) =>
      expect(multiplier).toBeCloseTo(holtClosedForm(0.3, 0.3 * 0.2, index + 1), 10),
    );
  });

  it('matches the ETS(A,A,A) formula, including the jumps after each whole year', () => {
    const multipliers = forecastVarianceMultipliers({ alpha: 0.4, beta: 0.1, gamma: 0.3 }, 36);
    multipliers.forEach((multiplier, index) =>
      expect(multiplier).toBeCloseTo(seasonalClosedForm(0.4, 0.4 * 0.1, 0.3, index + 1), 10),
    );
  });
});

describe('minimiseInUnitBox', () => {
  it('finds an interior minimum of a smooth function', () => {
    const [x, y, z] = minimiseInUnitBox(
      ([x, y, z]) => (x! - 0.3) ** 2 + 2 * (y! - 0.72) ** 2 + (z! - 0.15) ** 4,
      3,
    );
    expect(x).toBeCloseTo(0.3, 4);
    expect(y).toBeCloseTo(0.72, 4);
    expect(z).toBeCloseTo(0.15, 1);
  });

  it('stops at the bound when the minimum lies outside the box', () => {
    const [x, y] = minimiseInUnitBox(([x, y]) => (x! - 1.5) ** 2 + (y! + 0.5) ** 2, 2);
    expect(x).toBeCloseTo(1 - 1e-4, 6);
    expect(y).toBeCloseTo(1e-4, 6);
  });

  it('steps around parameter sets the objective rejects', () => {
    const [x] = minimiseInUnitBox(([x]) => (x! < 0.5 ? Infinity : (x! - 0.6) ** 2), 1);
    expect(x).toBeCloseTo(0.6, 4);
  });
});

describe('rollingOriginMape', () => {
  // Always forecasts 10, and records the history lengths it was fitted to.
  const fittedLengths: number[] = [];
  const constantTen: ForecastModel = {
    method: 'NAIVE',
    minimumHistory: 1,
    fit: (history) => {
      fittedLengths.push(history.length);
      return {
        parameters: { alpha: 1, beta: 0 },
        sumOfSquaredErrors: 0,
        forecast: (horizon) => Array.from({ length: horizon }, () => ({ mean: 10, standardDeviation: 1 })),
      };
    },
  };

  beforeEach(() => fittedLengths.splice(0));

  it('averages one-step absolute percentage errors and skips zero actuals', () => {
    // Origins 1..3: actual 0 skipped, |20 − 10| / 20 = 50 %, |5 − 10| / 5 = 100 %.
    expect(rollingOriginMape([10, 0, 20, 5], constantTen)).toBeCloseTo(75, 10);
    expect(fittedLengths).toEqual([2, 3]);
  });

  it('refits at each of the last twelve months only', () => {
    rollingOriginMape(
      Array.from({ length: 30 }, () => 10),
      constantTen,
    );
    expect(fittedLengths).toEqual(Array.from({ length: 12 }, (_, index) => 18 + index));
  });

  it('is null when every backtested month is zero', () => {
    expect(rollingOriginMape([10, 0, 0], constantTen)).toBeNull();
  });
});
