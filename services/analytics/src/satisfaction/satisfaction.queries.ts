import type { RequestContext } from '@crm/platform';
import type { AnalyticsGranularity, AnalyticsPeriod } from '../generated/graphql';
import { buckets, checkedPeriod, utcMidnight, type DayRange } from '../readModel/period';
import { percent, rounded, tenantQuery, type TenantQuery } from '../readModel/reportQuery';

interface SurveyCounts {
  key: string;
  answers: number;
  satisfied: number;
  promoters: number;
  passives: number;
  detractors: number;
}

interface TicketCounts {
  key: string;
  tickets: number;
  responded: number;
  response_hours: number | null;
  response_due: number;
  response_on_time: number;
  resolved: number;
  resolution_hours: number | null;
  resolution_due: number;
  resolution_on_time: number;
  breached: number;
}

/** A report's groupings: per grouping, its SQL expression over survey_fact and over ticket_fact. */
type Groupings = Record<string, { survey: string; ticket: string }>;

/**
 * One statement per table for every grouping: GROUPING SETS, each row telling its grouping (the
 * overall one is the empty set, key '').
 */
function groupedBy(groupings: Groupings, table: 'survey' | 'ticket', from: string) {
  const names = Object.keys(groupings);
  const columns = names.map((name, index) => `${groupings[name]![table]} AS g${index}`).join(', ');
  const which = names.map((name, index) => `WHEN GROUPING(g${index}) = 0 THEN '${name}'`).join(' ');
  return {
    select: `CASE ${which} ELSE '' END AS grouping, COALESCE(${names.map((_, i) => `g${i}`).join(', ')}, '') AS key`,
    from: `(SELECT *, ${columns} FROM ${from}) AS rows`,
    groupBy: `GROUPING SETS ((), ${names.map((_, i) => `(g${i})`).join(', ')})`,
  };
}

/** Survey answers given in the range, per grouping and key. */
function surveyCounts(query: TenantQuery, range: DayRange, groupings: Groupings) {
  const g = groupedBy(groupings, 'survey', 'survey_fact');
  return query<SurveyCounts & { grouping: string }>(
    `SELECT ${g.select}, count(*)::int AS answers,
            count(*) FILTER (WHERE csat >= 4)::int AS satisfied,
            count(*) FILTER (WHERE nps >= 9)::int AS promoters,
            count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::int AS passives,
            count(*) FILTER (WHERE nps <= 6)::int AS detractors
     FROM ${g.from}
     WHERE tenant_id = $1 AND answered_at >= $2::timestamptz AND answered_at < $3::timestamptz
     GROUP BY ${g.groupBy}`,
    [utcMidnight(range.from), utcMidnight(range.to)],
  );
}

/** Whole milliseconds between two times, as int8: their average is exact (numeric), unlike float8's. */
const millisBetween = (from: string, to: string) => `round(date_part('epoch', ${to} - ${from}) * 1000)::int8`;

/** Tickets opened in the range, per grouping and key. */
function ticketCounts(query: TenantQuery, range: DayRange, groupings: Groupings) {
  const g = groupedBy(groupings, 'ticket', 'ticket_fact');
  return query<TicketCounts & { grouping: string }>(
    `SELECT ${g.select}, count(*)::int AS tickets,
       count(first_response_at)::int AS responded,
       avg(${millisBetween('created_at', 'first_response_at')}) / 3600000 AS response_hours,
       count(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_due_at IS NOT NULL)::int AS response_due,
       count(*) FILTER (WHERE first_response_at <= first_response_due_at)::int AS response_on_time,
       count(resolved_at)::int AS resolved,
       avg(${millisBetween('created_at', 'resolved_at')}) / 3600000 AS resolution_hours,
       count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolution_due_at IS NOT NULL)::int AS resolution_due,
       count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolution_on_time,
       count(*) FILTER (WHERE sla_breached)::int AS breached
     FROM ${g.from}
     WHERE tenant_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz
     GROUP BY ${g.groupBy}`,
    [utcMidnight(range.from), utcMidnight(range.to)],
  );
}

const noSurveys = { answers: 0, satisfied: 0, promoters: 0, passives: 0, detractors: 0 };

/** docs/architecture.md §9: CSAT = share of answers 4–5; NPS = % of 9–10 minus % of 0–6. */
function satisfaction(surveys: Omit<SurveyCounts, 'key'> = noSurveys, tickets?: TicketCounts) {
  return {
    answers: surveys.answers,
    csat: percent(surveys.satisfied, surveys.answers),
    nps:
      surveys.answers === 0
        ? null
        : rounded(((surveys.promoters - surveys.detractors) / surveys.answers) * 100),
    promoters: surveys.promoters,
    passives: surveys.passives,
    detractors: surveys.detractors,
    serviceLevel: {
      tickets: tickets?.tickets ?? 0,
      responded: tickets?.responded ?? 0,
      averageFirstResponseHours: rounded(
        tickets?.response_hours == null ? null : Number(tickets.response_hours),
      ),
      firstResponseWithinSla: percent(tickets?.response_on_time ?? 0, tickets?.response_due ?? 0),
      resolved: tickets?.resolved ?? 0,
      averageResolutionHours: rounded(
        tickets?.resolution_hours == null ? null : Number(tickets.resolution_hours),
      ),
      resolutionWithinSla: percent(tickets?.resolution_on_time ?? 0, tickets?.resolution_due ?? 0),
      breached: tickets?.breached ?? 0,
    },
  };
}

/** Per grouping, its keys in order with their satisfaction figures. */
async function grouped(query: TenantQuery, range: DayRange, groupings: Groupings) {
  const [surveys, tickets] = await Promise.all([
    surveyCounts(query, range, groupings),
    ticketCounts(query, range, groupings),
  ]);
  const byGrouping = (name: string) => {
    const mine = {
      surveys: surveys.filter((s) => s.grouping === name),
      tickets: tickets.filter((t) => t.grouping === name),
    };
    const keys = [...new Set([...mine.surveys.map((s) => s.key), ...mine.tickets.map((t) => t.key)])].sort();
    return keys.map((key) => ({
      key,
      satisfaction: satisfaction(
        mine.surveys.find((s) => s.key === key),
        mine.tickets.find((t) => t.key === key),
      ),
    }));
  };
  return { overall: byGrouping('')[0], byGrouping };
}

export async function satisfactionReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  granularity: AnalyticsGranularity,
) {
  const range = checkedPeriod(period);
  const unit = granularity.toLowerCase();
  const bucketOf = (column: string) =>
    `to_char(date_trunc('${unit}', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
  const { overall, byGrouping } = await grouped(tenantQuery(context), range, {
    bucket: { survey: bucketOf('answered_at'), ticket: bucketOf('created_at') },
    agent: { survey: "COALESCE(assignee_id, '')", ticket: "COALESCE(assignee_id, '')" },
    type: { survey: 'ticket_type', ticket: 'type' },
  });
  const perBucket = byGrouping('bucket');
  const series = buckets(range, granularity).map((part) => ({
    from: part.from,
    to: part.to,
    satisfaction: perBucket.find((b) => b.key === part.start)?.satisfaction ?? satisfaction(),
  }));
  return {
    overall: overall?.satisfaction ?? satisfaction(),
    series,
    byAgent: byGrouping('agent'),
    byTicketType: byGrouping('type'),
  };
}
