export { forecastMonthlyRevenue, ForecastInputError, MAX_HORIZON_MONTHS } from './monthlyForecast';
export type { MonthlyForecast } from './monthlyForecast';
