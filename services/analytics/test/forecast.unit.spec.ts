// forecastMonthlyRevenue on series whose generating function is known, so every expectation is worked out
// from that function (and stated tolerances), never from the forecaster's own output.
import type { MonthlyForecast } from '../src/forecast';
import { forecastMonthlyRevenue, ForecastInputError } from '../src/forecast';

/** Seeded uniform generator (mulberry32), so the "noise" is the same on every run. */
function seededUniform(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller from the seeded generator. */
function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

// Additive truth: trend 1000 + 20·t, yearly sine of amplitude 150, noise σ = 20.
const SLOPE = 20;
const AMPLITUDE = 150;
const NOISE = 20;
const trendLine = (t: number) => 1000 + SLOPE * t;
const season = (t: number) => AMPLITUDE * Math.sin((2 * Math.PI * t) / 12);
const truth = (t: number) => trendLine(t) + season(t);
const noisySeries = (seed: number, months: number) => {
  const noise = seededNormal(seed);
  return Array.from({ length: months }, (_, t) => truth(t) + NOISE * noise());
};

const everyNumber = (forecast: MonthlyForecast) => [
  forecast.parameters.alpha,
  forecast.parameters.beta,
  ...forecast.points.flatMap((point) => Object.values(point)),
];

type IntervalPoint = MonthlyForecast['points'][number];
const width95 = (point: IntervalPoint) => point.upper95 - point.lower95;
const width80 = (point: IntervalPoint) => point.upper80 - point.lower80;

/** Multiplicative seasonality scales the band with the month's mean, so there its width relative to the mean grows. */
function expectNestedWideningIntervals(forecast: MonthlyForecast, scale = (_point: IntervalPoint) => 1) {
  forecast.points.forEach((point, index) => {
    expect(point.lower95).toBeLessThanOrEqual(point.lower80);
    expect(point.lower80).toBeLessThanOrEqual(point.mean);
    expect(point.mean).toBeLessThanOrEqual(point.upper80);
    expect(point.upper80).toBeLessThanOrEqual(point.upper95);
    if (index > 0) {
      const previous = forecast.points[index - 1]!;
      expect(width95(point) / scale(point)).toBeGreaterThan(width95(previous) / scale(previous));
      expect(width80(point) / scale(point)).toBeGreaterThan(width80(previous) / scale(previous));
    }
  });
}

describe('a 48-month series with linear trend and yearly seasonality', () => {
  const history = noisySeries(1, 48);
  const forecast = forecastMonthlyRevenue(history, 24);
  const mape = forecast.backtestMape!;
  const yearMean = (from: number) =>
    forecast.points.slice(from, from + 12).reduce((sum, point) => sum + point.mean, 0) / 12;

  it('is forecast by additive Holt–Winters with fitted parameters in range', () => {
    expect(forecast.method).toBe('HOLT_WINTERS_ADDITIVE');
    expect(forecast.points).toHaveLength(24);
    const { alpha, beta, gamma } = forecast.parameters;
    for (const weight of [alpha, beta, gamma!]) {
      expect(weight).toBeGreaterThan(0);
      expect(weight).toBeLessThan(1);
    }
    expect(gamma!).toBeLessThanOrEqual(1 - alpha);
    expect(forecast.rule).toMatch(/Holt–Winters/);
  });

  it('puts each of the next 12 months within 3 % of the generating function', () => {
    forecast.points.slice(0, 12).forEach((point, index) => {
      const actual = truth(48 + index);
      expect(Math.abs(point.mean - actual) / actual).toBeLessThan(0.03);
    });
  });

  it('recovers the slope within 10 % (yearly means of the forecast differ by 12 slopes)', () => {
    expect((yearMean(12) - yearMean(0)) / 12).toBeGreaterThan(SLOPE * 0.9);
    expect((yearMean(12) - yearMean(0)) / 12).toBeLessThan(SLOPE * 1.1);
  });

  it('recovers the seasonal pattern within 15 % of its amplitude', () => {
    forecast.points.forEach((point, index) => {
      const t = 48 + index;
      expect(Math.abs(point.mean - trendLine(t) - season(t))).toBeLessThan(0.15 * AMPLITUDE);
    });
  });

  it(`reports its backtest MAPE (${mape.toFixed(2)} %), below 3 % for 2 % noise`, () => {
    expect(mape).toBeGreaterThan(0);
    expect(mape).toBeLessThan(3);
  });

  it('has nested 80 % / 95 % intervals that widen with the horizon', () => {
    expectNestedWideningIntervals(forecast);
  });
});

describe('prediction interval coverage over 30 seeded series (360 future months)', () => {
  let inside80 = 0;
  let inside95 = 0;
  let months = 0;
  for (let seed = 101; seed <= 130; seed++) {
    const series = noisySeries(seed, 60);
    forecastMonthlyRevenue(series.slice(0, 48), 12).points.forEach((point, index) => {
      const actual = series[48 + index]!;
      months += 1;
      if (actual >= point.lower80 && actual <= point.upper80) inside80 += 1;
      if (actual >= point.lower95 && actual <= point.upper95) inside95 += 1;
    });
  }
  const share80 = inside80 / months;
  const share95 = inside95 / months;

  it(`holds ${(100 * share95).toFixed(1)} % of actual months inside the 95 % interval (at least 90 %)`, () => {
    expect(share95).toBeGreaterThanOrEqual(0.9);
    expect(share95).toBeLessThanOrEqual(0.99);
  });

  it(`holds ${(100 * share80).toFixed(1)} % inside the 80 % interval (70–90 %)`, () => {
    expect(share80).toBeGreaterThanOrEqual(0.7);
    expect(share80).toBeLessThanOrEqual(0.9);
  });
});

describe('choosing the seasonal form', () => {
  it('takes multiplicative seasonality when the seasonal swing grows with the level', () => {
    // Level 500 + 30·t scaled by ±30 %, with 2 % multiplicative noise.
    const noise = seededNormal(7);
    const scaled = (t: number) => (500 + 30 * t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12));
    const history = Array.from({ length: 48 }, (_, t) => scaled(t) * (1 + 0.02 * noise()));
    const forecast = forecastMonthlyRevenue(history, 12);
    expect(forecast.method).toBe('HOLT_WINTERS_MULTIPLICATIVE');
    forecast.points.forEach((point, index) => {
      const actual = scaled(48 + index);
      expect(Math.abs(point.mean - actual) / actual).toBeLessThan(0.06);
    });
    expectNestedWideningIntervals(forecast, (point) => point.mean);
  });

  it('stays additive when a month has no revenue, and skips that month in the backtest', () => {
    const history = noisySeries(3, 40);
    history[35] = 0;
    const forecast = forecastMonthlyRevenue(history, 6);
    expect(forecast.method).toBe('HOLT_WINTERS_ADDITIVE');
    expect(forecast.rule).toMatch(/above zero/);
    expect(Number.isFinite(forecast.backtestMape)).toBe(true);
  });

  it('needs 24 months for seasonality: 23 give Holt, 24 give Holt–Winters', () => {
    const history = noisySeries(5, 24);
    expect(forecastMonthlyRevenue(history.slice(0, 23), 3).method).toBe('HOLT_LINEAR');
    expect(forecastMonthlyRevenue(history, 3).method).toMatch(/^HOLT_WINTERS_/);
  });
});

describe('Holt linear trend', () => {
  it('continues an exactly linear series exactly, with no spread', () => {
    const line = (t: number) => 250 + 17.5 * t;
    const forecast = forecastMonthlyRevenue(
      Array.from({ length: 18 }, (_, t) => line(t)),
      6,
    );
    expect(forecast.method).toBe('HOLT_LINEAR');
    expect(forecast.parameters.gamma).toBeUndefined();
    forecast.points.forEach((point, index) => {
      expect(point.mean).toBeCloseTo(line(18 + index), 8);
      expect(point.upper95 - point.lower95).toBeCloseTo(0, 8);
    });
    expect(forecast.backtestMape).toBeCloseTo(0, 8);
  });

  it('recovers the slope of a noisy line within 10 % and widens its intervals', () => {
    const noise = seededNormal(11);
    const history = Array.from({ length: 20 }, (_, t) => 300 + 12 * t + 3 * noise());
    const forecast = forecastMonthlyRevenue(history, 12);
    expect(forecast.method).toBe('HOLT_LINEAR');
    const slope = (forecast.points[11]!.mean - forecast.points[0]!.mean) / 11;
    expect(slope).toBeGreaterThan(12 * 0.9);
    expect(slope).toBeLessThan(12 * 1.1);
    expectNestedWideningIntervals(forecast);
    expect(forecast.backtestMape).toBeLessThan(2);
  });
});

describe('short histories', () => {
  it('forecasts zero with zero-width intervals and no backtest when there is no history', () => {
    const forecast = forecastMonthlyRevenue([], 3);
    expect(forecast.method).toBe('NAIVE');
    expect(forecast.points).toEqual(
      Array.from({ length: 3 }, () => ({ mean: 0, lower80: 0, upper80: 0, lower95: 0, upper95: 0 })),
    );
    expect(forecast.backtestMape).toBeNull();
  });

  it('repeats the last of two months inside a wide random-walk band', () => {
    // σ = max(last month 80, change |80 − 120| = 40) = 80, growing with √h; floored at zero.
    const forecast = forecastMonthlyRevenue([120, 80], 4);
    expect(forecast.method).toBe('NAIVE');
    forecast.points.forEach((point, index) => {
      const sigma = 80 * Math.sqrt(index + 1);
      expect(point.mean).toBe(80);
      expect(point.upper95).toBeCloseTo(80 + 1.959964 * sigma, 2);
      expect(point.upper80).toBeCloseTo(80 + 1.281552 * sigma, 2);
      expect(point.lower95).toBe(0);
    });
    // The one backtestable month: forecasting 80 by 120 is 50 % off.
    expect(forecast.backtestMape).toBeCloseTo(50, 10);
  });

  it('uses Holt from three months on', () => {
    expect(forecastMonthlyRevenue([100, 110, 125], 2).method).toBe('HOLT_LINEAR');
  });

  it('never answers NaN or infinity, even for degenerate histories', () => {
    const histories = [
      [0],
      [0, 0, 0],
      Array.from({ length: 30 }, () => 0),
      Array.from({ length: 30 }, () => 500),
      Array.from({ length: 30 }, (_, t) => (t === 29 ? 1e6 : 0)),
      Array.from({ length: 26 }, (_, t) => (t % 12 === 0 ? 1000 : 0)),
      [5, 0, 5, 0, 5, 0, 5],
    ];
    for (const history of histories) {
      const forecast = forecastMonthlyRevenue(history, 36);
      expect(forecast.points).toHaveLength(36);
      expect(everyNumber(forecast).every(Number.isFinite)).toBe(true);
      expect(forecast.backtestMape === null || Number.isFinite(forecast.backtestMape)).toBe(true);
    }
  });
});

describe('input validation', () => {
  const rejection = (history: number[], horizonMonths: number) => {
    try {
      forecastMonthlyRevenue(history, horizonMonths);
    } catch (error) {
      return error;
    }
    throw new Error('expected a rejection');
  };

  it.each([0, 37, -1, 1.5, Number.NaN])('rejects a horizon of %p months', (horizon) => {
    const error = rejection([1, 2, 3], horizon);
    expect(error).toBeInstanceOf(ForecastInputError);
    expect(error).toMatchObject({ field: 'horizonMonths' });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a monthly revenue of %p', (value) => {
    const error = rejection([10, value, 30], 3);
    expect(error).toBeInstanceOf(ForecastInputError);
    expect(error).toMatchObject({ field: 'history', message: expect.stringContaining('history[1]') });
  });

  it('accepts horizons 1 and 36', () => {
    expect(forecastMonthlyRevenue([1, 2, 3], 1).points).toHaveLength(1);
    expect(forecastMonthlyRevenue([1, 2, 3], 36).points).toHaveLength(36);
  });

  it('gives the same answer for the same input', () => {
    const history = noisySeries(9, 30);
    expect(forecastMonthlyRevenue(history, 12)).toEqual(forecastMonthlyRevenue(history, 12));
  });
});
