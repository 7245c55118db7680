import { childConnection, defineList, loaderById, type PageArgs, type RequestContext } from '@crm/platform';
import type { TicketOrderField } from '../generated/graphql';
import { TicketEntity } from './ticket.entity';
import { parseTicketNumber } from './ticket.rules';
import { TicketCommentEntity } from './ticketComment.entity';

/** The ticket list: search (number, subject, description), typed filter, keyset pages; newest first by default. */
export const listTickets = defineList<TicketEntity, TicketOrderField>({
  entity: TicketEntity,
  alias: 't',
  filter: {
    id: 'id',
    customerId: 'id',
    status: 'enum',
    priority: 'enum',
    type: 'enum',
    channel: 'enum',
    assigneeId: 'string',
    queueId: 'id',
    tags: 'stringList',
    slaBreached: 'boolean',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: {
    NUMBER: 'number',
    PRIORITY: 'priority',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    RESOLUTION_DUE_AT: 'resolutionDueAt',
  },
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  search: (text) => {
    const number = parseTicketNumber(text);
    return {
      where: `(t.subject ILIKE :search OR t.description ILIKE :search${number ? ' OR t.number = :number' : ''})`,
      params: { number },
    };
  },
});

/** Ticket.comments, oldest first; the first pages of a whole list of tickets load together. */
export function commentsOfTicket(context: RequestContext, ticketId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TicketCommentEntity,
      parentProperty: 'ticketId',
      parentId: ticketId,
      sort: [{ property: 'createdAt', direction: 'ASC' }],
    },
    args,
  );
}

/** Batches ticket lookups of one request (relations and `_entities`) into one query. */
export const ticketLoader = (context: RequestContext) => loaderById(context, TicketEntity);
