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

/** Survey answers given in the range, grouped by `key` (an SQL expression over survey_fact). */
function surveyCounts(query: TenantQuery, range: DayRange, key: string) {
  return query<SurveyCounts>(
    `SELECT ${key} AS key, count(*)::int AS answers,
            count(*) FILTER (WHERE csat >= 4)::int AS satisfied,
            count(*) FILTER (WHERE nps >= 9)::int AS promoters,
            count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::int AS passives,
            count(*) FILTER (WHERE nps <= 6)::int AS detractors
     FROM survey_fact WHERE tenant_id = $1 AND answered_at >= $2::timestamptz AND answered_at < $3::timestamptz
     GROUP BY 1`,
    [utcMidnight(range.from), utcMidnight(range.to)],
  );
}

/** Tickets opened in the range, grouped by `key` (an SQL expression over ticket_fact); hours in float8. */
function ticketCounts(query: TenantQuery, range: DayRange, key: string) {
  return query<TicketCounts>(
    `SELECT ${key} AS key, count(*)::int AS tickets,
       count(first_response_at)::int AS responded,
       avg(date_part('epoch', first_response_at - created_at) / 3600) AS response_hours,
       count(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_due_at IS NOT NULL)::int AS response_due,
       count(*) FILTER (WHERE first_response_at <= first_response_due_at)::int AS response_on_time,
       count(resolved_at)::int AS resolved,
       avg(date_part('epoch', resolved_at - created_at) / 3600) AS resolution_hours,
       count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolution_due_at IS NOT NULL)::int AS resolution_due,
       count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolution_on_time,
       count(*) FILTER (WHERE sla_breached)::int AS breached
     FROM ticket_fact WHERE tenant_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz
     GROUP BY 1`,
    [utcMidnight(range.from), utcMidnight(range.to)],
  );
}

const noSurveys = { answers: 0, satisfied: 0, promoters: 0, passives: 0, detractors: 0 };

/** DESIGN §9: CSAT = share of answers 4–5; NPS = % of 9–10 minus % of 0–6. */
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

async function grouped(query: TenantQuery, range: DayRange, surveyKey: string, ticketKey: string) {
  const [surveys, tickets] = await Promise.all([
    surveyCounts(query, range, surveyKey),
    ticketCounts(query, range, ticketKey),
  ]);
  const keys = [...new Set([...surveys.map((s) => s.key), ...tickets.map((t) => t.key)])].sort();
  return keys.map((key) => ({
    key,
    satisfaction: satisfaction(
      surveys.find((s) => s.key === key),
      tickets.find((t) => t.key === key),
    ),
  }));
}

export async function satisfactionReport(
  context: RequestContext,
  period: AnalyticsPeriod,
  granularity: AnalyticsGranularity,
) {
  const range = checkedPeriod(period);
  const query = tenantQuery(context);
  const unit = granularity.toLowerCase();
  const bucketOf = (column: string) =>
    `to_char(date_trunc('${unit}', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
  // Independent groupings, each on its own pooled connections.
  const [[overall], perBucket, byAgent, byTicketType] = await Promise.all([
    grouped(query, range, "''", "''"),
    grouped(query, range, bucketOf('answered_at'), bucketOf('created_at')),
    grouped(query, range, "COALESCE(assignee_id, '')", "COALESCE(assignee_id, '')"),
    grouped(query, range, 'ticket_type', 'type'),
  ]);
  const series = buckets(range, granularity).map((part) => ({
    from: part.from,
    to: part.to,
    satisfaction: perBucket.find((b) => b.key === part.start)?.satisfaction ?? satisfaction(),
  }));
  return {
    overall: overall?.satisfaction ?? satisfaction(),
    series,
    byAgent,
    byTicketType,
  };
}
