import { badUserInput, type RequestContext } from '@crm/platform';
import { forecastMonthlyRevenue, ForecastInputError } from '../forecast';
import { addMonths, bucketStart } from '../readModel/period';
import { reportCurrency, rounded, tenantQuery } from '../readModel/reportQuery';

/**
 * The statistical forecast of monthly revenue from the whole months of history (the first month with
 * revenue up to the last complete month), beside the weighted open pipeline of each forecast month.
 */
export async function revenueForecast(
  context: RequestContext,
  horizonMonths: number,
  currencyArg: string | null | undefined,
) {
  const query = tenantQuery(context);
  const currency = await reportCurrency(query, currencyArg);
  const currentMonth = bucketStart(new Date().toISOString().slice(0, 10), 'MONTH');
  const months = await query<{ month: string; revenue: string }>(
    `SELECT to_char(date_trunc('month', day), 'YYYY-MM-DD') AS month, sum(revenue)::text AS revenue
     FROM daily_revenue WHERE tenant_id = $1 AND currency = $2 AND day < $3::date
     GROUP BY 1 HAVING sum(order_count) > 0 ORDER BY 1`,
    [currency, currentMonth],
  );
  const history: { month: string; revenue: string }[] = [];
  if (months.length > 0) {
    const byMonth = new Map(months.map((m) => [m.month, m.revenue]));
    for (let month = months[0]!.month; month < currentMonth; month = addMonths(month, 1)) {
      history.push({ month, revenue: Number(byMonth.get(month) ?? 0).toFixed(2) });
    }
  }
  let forecast;
  try {
    // With no whole month of revenue yet, the forecast of an all-zero month is zero.
    forecast = forecastMonthlyRevenue(
      history.length > 0 ? history.map((h) => Number(h.revenue)) : [0],
      horizonMonths,
    );
  } catch (error) {
    if (error instanceof ForecastInputError) throw badUserInput({ [error.field]: error.message });
    throw error;
  }
  const futureMonths = Array.from({ length: horizonMonths }, (_, k) => addMonths(currentMonth, k));
  const pipeline = await query<{ month: string; weighted: string }>(
    `SELECT to_char(date_trunc('month', expected_close_date), 'YYYY-MM-DD') AS month,
            sum(amount * probability / 100)::text AS weighted
     FROM opportunity_fact
     WHERE tenant_id = $1 AND currency = $2 AND stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AND amount IS NOT NULL
       AND expected_close_date >= $3::date AND expected_close_date < $4::date
     GROUP BY 1`,
    [currency, currentMonth, addMonths(currentMonth, horizonMonths)],
  );
  const money = (value: number) => Math.max(0, value).toFixed(2);
  return {
    currency,
    history,
    method: forecast.method,
    alpha: rounded(forecast.parameters.alpha, 4),
    beta: rounded(forecast.parameters.beta, 4),
    gamma: rounded(forecast.parameters.gamma, 4),
    rule: forecast.rule,
    backtestMape: rounded(forecast.backtestMape),
    points: forecast.points.map((point, k) => ({
      month: futureMonths[k]!,
      mean: money(point.mean),
      lower80: money(point.lower80),
      upper80: money(point.upper80),
      lower95: money(point.lower95),
      upper95: money(point.upper95),
      weightedPipeline: Number(pipeline.find((p) => p.month === futureMonths[k])?.weighted ?? 0).toFixed(2),
    })),
  };
}
