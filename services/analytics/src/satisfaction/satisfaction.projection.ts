import type { ConsumedEvent, ConsumedEventOf, EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { upsertNewer } from '../readModel/upsertNewer';
import { SurveyFactEntity } from './surveyFact.entity';
import { TicketFactEntity } from './ticketFact.entity';

type TicketSnapshot = EventData<'crm.service.ticket.opened.v1'>['ticket'];
type SurveySnapshot = EventData<'crm.service.survey.requested.v1'>['survey'];

/** Every ticket event carries the ticket's state after the change. */
export function isTicketEvent(
  event: ConsumedEvent,
): event is ConsumedEvent & { data: { ticket: TicketSnapshot } } {
  return event.type.startsWith('crm.service.ticket.');
}

const at = (value: string | null | undefined) => (value ? new Date(value) : null);

export async function applyTicketEvent(
  manager: EntityManager,
  tenantId: string,
  ticket: TicketSnapshot,
): Promise<void> {
  await upsertNewer(manager, TicketFactEntity, {
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
  });
}

type SurveyEvent = ConsumedEventOf<'crm.service.survey.requested.v1' | 'crm.service.survey.answered.v1'>;

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
export async function applySurveyEvent(manager: EntityManager, event: SurveyEvent): Promise<void> {
  const row = surveyFact(event.tenantId, event.data.survey);
  const insert = manager.createQueryBuilder().insert().into(SurveyFactEntity).values(row);
  if (event.type === 'crm.service.survey.answered.v1') {
    await insert
      .orUpdate(['csat', 'nps', 'answered_at', 'assignee_id', 'ticket_type'], ['tenant_id', 'id'])
      .execute();
  } else {
    await insert.orIgnore().execute();
  }
}
