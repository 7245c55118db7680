import {
  upsertLatestStates,
  latestPerKey,
  defineProjection,
  eventsOfTopic,
  type ConsumedEventOf,
  type ConsumedEventOfTopic,
  type EventData,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { SurveyFactEntity } from './surveyFact.entity';
import { TicketFactEntity } from './ticketFact.entity';

type TicketSnapshot = EventData<'crm.service.ticket.opened.v1'>['ticket'];
type SurveySnapshot = EventData<'crm.service.survey.requested.v1'>['survey'];

/** Every ticket event carries the ticket's state after the change. */
export type TicketEvent = ConsumedEventOfTopic<'crm.service.ticket'>;

const at = (value: string | null | undefined) => (value ? new Date(value) : null);

function ticketFact(tenantId: string, ticket: TicketSnapshot): TicketFactEntity {
  return {
    tenantId,
    id: ticket.id,
    customerId: ticket.customerId,
    type: ticket.type,
    priority: ticket.priority,
    status: ticket.status,
    assigneeId: ticket.assigneeId,
    createdAt: new Date(ticket.createdAt),
    firstResponseAt: at(ticket.firstResponseAt),
    resolvedAt: at(ticket.resolvedAt),
    firstResponseDueAt: at(ticket.firstResponseDueAt),
    resolutionDueAt: at(ticket.resolutionDueAt),
    slaBreached: ticket.slaBreached,
    version: ticket.version,
  };
}

export async function applyTicketEvents(manager: EntityManager, events: TicketEvent[]): Promise<void> {
  await upsertLatestStates(manager, TicketFactEntity, events, (e) => ticketFact(e.tenantId, e.data.ticket));
}

export type SurveyEvent = ConsumedEventOf<
  'crm.service.survey.requested.v1' | 'crm.service.survey.answered.v1'
>;

function surveyFact(tenantId: string, survey: SurveySnapshot): SurveyFactEntity {
  return {
    tenantId,
    id: survey.id,
    ticketId: survey.ticketId,
    customerId: survey.customerId,
    ticketType: survey.ticketType,
    assigneeId: survey.assigneeId,
    csat: survey.csat,
    nps: survey.nps,
    answeredAt: at(survey.answeredAt),
    createdAt: new Date(survey.createdAt),
  };
}

/** Surveys have no version: a request never overwrites an answer, an answer always wins. */
export async function applySurveyEvents(manager: EntityManager, events: SurveyEvent[]): Promise<void> {
  const isAnswer = (e: SurveyEvent) => e.type === 'crm.service.survey.answered.v1';
  const latest = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.survey.id}`,
    (e) => (isAnswer(e) ? 1 : 0),
  );
  const rows = (list: SurveyEvent[]) => list.map((e) => surveyFact(e.tenantId, e.data.survey));
  const answers = latest.filter(isAnswer);
  const requests = latest.filter((e) => !isAnswer(e));
  if (answers.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SurveyFactEntity)
      .values(rows(answers))
      .orUpdate(['csat', 'nps', 'answered_at', 'assignee_id', 'ticket_type'], ['tenant_id', 'id'])
      .execute();
    await keepLatestAnswers(
      manager,
      rows(answers).filter((answer) => answer.answeredAt != null),
    );
  }
  if (requests.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SurveyFactEntity)
      .values(rows(requests))
      .orIgnore()
      .execute();
  }
}

/**
 * Each customer's latest answer becomes the answered survey with the greatest (answer time, id) seen:
 * the comparison makes it the same whatever order, or however often, the answers arrive.
 */
async function keepLatestAnswers(manager: EntityManager, answers: SurveyFactEntity[]): Promise<void> {
  if (answers.length === 0) return;
  const column = <T>(value: (a: SurveyFactEntity) => T) => answers.map(value);
  await manager.query(
    `INSERT INTO customer_latest_answer AS l (tenant_id, customer_id, survey_id, answered_at, csat, nps)
     SELECT DISTINCT ON (t, c) t, c, s, a, x, n
     FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::smallint[], $6::smallint[]) AS u(t, c, s, a, x, n)
     ORDER BY t, c, a DESC, s DESC
     ON CONFLICT (tenant_id, customer_id) DO UPDATE
       SET survey_id = EXCLUDED.survey_id, answered_at = EXCLUDED.answered_at, csat = EXCLUDED.csat, nps = EXCLUDED.nps
       WHERE (l.answered_at, l.survey_id) <= (EXCLUDED.answered_at, EXCLUDED.survey_id)`,
    [
      column((a) => a.tenantId),
      column((a) => a.customerId),
      column((a) => a.id),
      column((a) => a.answeredAt),
      column((a) => a.csat),
      column((a) => a.nps),
    ],
  );
}

export const ticketFacts = defineProjection({
  name: 'ticketFacts',
  description: 'Tickets with type, priority, status, SLA and resolution times: the service levels.',
  handles: eventsOfTopic('crm.service.ticket'),
  applyAll: (events, manager) => applyTicketEvents(manager, events),
});

export const surveyFacts = defineProjection({
  name: 'surveyFacts',
  description: "Survey answers (CSAT, NPS) and each customer's latest answer.",
  handles: ['crm.service.survey.requested.v1', 'crm.service.survey.answered.v1'],
  applyAll: (events, manager) => applySurveyEvents(manager, events),
});
