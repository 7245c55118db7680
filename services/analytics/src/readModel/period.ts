import { badUserInput } from '@crm/platform';
import type { AnalyticsGranularity, AnalyticsPeriod } from '../generated/graphql';

/** A half-open range of days [from, to), as ISO dates. */
export interface DayRange {
  from: string;
  to: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The Date scalar gives inputs as JS Dates (UTC midnight); the reports work on ISO dates. */
const isoDateOf = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/** The period of a report, checked: from before to, at most 20 years. */
export function checkedPeriod(period: AnalyticsPeriod): DayRange {
  const from = isoDateOf(period.from);
  const to = isoDateOf(period.to);
  if (!isoDate.test(from) || Number.isNaN(Date.parse(from))) throw badUserInput({ 'period.from': 'A date' });
  if (!isoDate.test(to) || Number.isNaN(Date.parse(to))) throw badUserInput({ 'period.to': 'A date' });
  if (from >= to) throw badUserInput({ 'period.to': 'Must be after period.from' });
  if (Date.parse(to) - Date.parse(from) > 20 * 366 * 86_400_000) {
    throw badUserInput({ 'period.to': 'At most 20 years after period.from' });
  }
  return { from, to };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return day(new Date(Date.parse(date) + days * 86_400_000));
}

export function addMonths(date: string, months: number): string {
  const at = new Date(date);
  return day(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, at.getUTCDate())));
}

/** The first day of the bucket of this granularity that holds the date (weeks start on Monday). */
export function bucketStart(date: string, granularity: AnalyticsGranularity): string {
  const at = new Date(date);
  switch (granularity) {
    case 'DAY':
      return date;
    case 'WEEK':
      return addDays(date, -((at.getUTCDay() + 6) % 7));
    case 'MONTH':
      return day(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)));
    case 'QUARTER':
      return day(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (at.getUTCMonth() % 3), 1)));
  }
}

export function nextBucket(start: string, granularity: AnalyticsGranularity): string {
  switch (granularity) {
    case 'DAY':
      return addDays(start, 1);
    case 'WEEK':
      return addDays(start, 7);
    case 'MONTH':
      return addMonths(start, 1);
    case 'QUARTER':
      return addMonths(start, 3);
  }
}

/** The buckets that meet the period, each clipped to it; at most 1,000. */
export function buckets(
  range: DayRange,
  granularity: AnalyticsGranularity,
): (DayRange & { start: string })[] {
  const result: (DayRange & { start: string })[] = [];
  for (
    let start = bucketStart(range.from, granularity);
    start < range.to;
    start = nextBucket(start, granularity)
  ) {
    const end = nextBucket(start, granularity);
    result.push({
      start,
      from: start < range.from ? range.from : start,
      to: end > range.to ? range.to : end,
    });
    if (result.length > 1_000)
      throw badUserInput({ granularity: 'Too many sub-periods: use a coarser granularity' });
  }
  return result;
}

/** The whole months that cover the period: [first day of from's month, first day after to's month). */
export function coveringMonths(range: DayRange): DayRange & { months: number } {
  const from = bucketStart(range.from, 'MONTH');
  const to = nextBucket(bucketStart(addDays(range.to, -1), 'MONTH'), 'MONTH');
  const a = new Date(from);
  const b = new Date(to);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return { from, to, months };
}

/** The date's start as a timestamptz parameter (never the database session's time zone). */
export function utcMidnight(date: string): string {
  return `${date}T00:00:00Z`;
}
