import {
  applyFilter,
  byKeys,
  childConnection,
  containsPattern,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { TicketFilter, TicketOrderBy } from '../generated/graphql';
import { TicketEntity } from './ticket.entity';
import { parseTicketNumber } from './ticket.rules';
import { TicketCommentEntity } from './ticketComment.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 't.id' },
  customerId: { kind: 'id', column: 't.customer_id' },
  status: { kind: 'enum', column: 't.status' },
  priority: { kind: 'enum', column: 't.priority' },
  type: { kind: 'enum', column: 't.type' },
  channel: { kind: 'enum', column: 't.channel' },
  assigneeId: { kind: 'string', column: 't.assignee_id' },
  queueId: { kind: 'id', column: 't.queue_id' },
  tags: { kind: 'stringList', column: 't.tags' },
  slaBreached: { kind: 'boolean', column: 't.sla_breached' },
  createdAt: { kind: 'dateTime', column: 't.created_at' },
  updatedAt: { kind: 'dateTime', column: 't.updated_at' },
};

const orderProperty = {
  NUMBER: 'number',
  PRIORITY: 'priority',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  RESOLUTION_DUE_AT: 'resolutionDueAt',
} as const;

/** The ticket list: search (number, subject, description), typed filter, keyset pages; newest first by default. */
export function listTickets(
  context: RequestContext,
  args: PageArgs & { search?: string | null; filter?: TicketFilter | null; orderBy?: TicketOrderBy | null },
): Promise<Connection<TicketEntity>> {
  const query = context.db.select(TicketEntity, 't');
  const search = args.search?.trim();
  if (search) {
    const number = parseTicketNumber(search);
    query.andWhere(
      `(t.subject ILIKE :search OR t.description ILIKE :search${number ? ' OR t.number = :number' : ''})`,
      { search: containsPattern(search), number },
    );
  }
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'createdAt', direction: 'DESC' }),
    args,
  );
}

/** Ticket.comments, oldest first; the first pages of a whole list of tickets load together. */
export function commentsOfTicket(context: RequestContext, ticketId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TicketCommentEntity,
      parentProperty: 'ticketId',
      parentId: ticketId,
      sort: [{ property: 'createdAt', direction: 'ASC' }],
      query: () =>
        context.db.select(TicketCommentEntity, 'c').andWhere('c.ticketId = :ticketId', { ticketId }),
    },
    args,
  );
}

/** Batches ticket lookups of one request (relations and `_entities`) into one query. */
export function ticketLoader(context: RequestContext) {
  return context.loaders.get<string, TicketEntity | null>('ticketById', async (ids) =>
    byKeys(ids, await context.db.findByIds(TicketEntity, ids), (ticket) => ticket.id),
  );
}
