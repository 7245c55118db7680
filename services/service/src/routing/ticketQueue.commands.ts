import { defineAggregate } from '@crm/events';
import { parseInput, recordAudit, uniqueOrConflict, type RequestContext, type TenantDb } from '@crm/platform';
import type {
  MutationCreateTicketQueueArgs,
  MutationDeleteTicketQueueArgs,
  MutationUpdateTicketQueueArgs,
} from '../generated/graphql';
import { TicketQueueEntity } from './ticketQueue.entity';
import { ticketQueueInput } from './ticketQueue.rules';

const queueState = (queue: TicketQueueEntity) => ({
  name: queue.name,
  position: queue.position,
  matchTypes: queue.matchTypes,
  matchPriorities: queue.matchPriorities,
  matchSegments: queue.matchSegments,
  agentIds: queue.agentIds,
});

/**
 * Queues have audit records but no events, and the pipeline's create/change/remove always emit one:
 * of it, queues use `lock` (NOT_FOUND, the version check) and write their audit records themselves.
 */
const queues = defineAggregate({
  name: 'TicketQueue',
  entity: TicketQueueEntity,
  eventKey: 'queue',
  image: queueState,
});

/** Queues are routing settings, like SLA policies: each change leaves an audit record, no event. */
function auditQueue(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  id: string,
  before: object | null,
  after: object | null,
) {
  return recordAudit(tx, {
    ...context.actor,
    operation,
    entityType: 'TicketQueue',
    entityId: id,
    before,
    after,
  });
}

const duplicateName = (name: string) => `A queue named "${name}" exists already`;

async function nextPosition(tx: TenantDb): Promise<number> {
  const [row] = await tx
    .select(TicketQueueEntity, 'q')
    .select('coalesce(max(q.position) + 1, 0)::int', 'next')
    .getRawMany<{ next: number }>();
  return row?.next ?? 0;
}

export async function createTicketQueue(
  context: RequestContext,
  { input: rawInput }: MutationCreateTicketQueueArgs,
): Promise<TicketQueueEntity> {
  const input = parseInput(ticketQueueInput, rawInput);
  return context.db.transaction(async (tx) => {
    const queue = tx.manager.create(TicketQueueEntity, {
      tenantId: tx.tenantId,
      name: input.name,
      position: input.position ?? (await nextPosition(tx)),
      matchTypes: input.types,
      matchPriorities: input.priorities,
      matchSegments: input.segments,
      agentIds: input.agentIds,
    });
    await uniqueOrConflict(tx.save(TicketQueueEntity, queue), duplicateName(input.name));
    await auditQueue(tx, context, 'createTicketQueue', queue.id, null, queueState(queue));
    return queue;
  });
}

/** Replaces the queue's name, position, rules and agents; tickets already routed stay where they are. */
export async function updateTicketQueue(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateTicketQueueArgs,
): Promise<TicketQueueEntity> {
  const input = parseInput(ticketQueueInput, rawInput);
  return context.db.transaction(async (tx) => {
    const { row: queue } = await queues.lock(tx, context, { id, expectedVersion });
    const before = queueState(queue);
    Object.assign(queue, {
      name: input.name,
      position: input.position ?? queue.position,
      matchTypes: input.types,
      matchPriorities: input.priorities,
      matchSegments: input.segments,
      agentIds: input.agentIds,
    });
    await uniqueOrConflict(tx.save(TicketQueueEntity, queue), duplicateName(input.name));
    await auditQueue(tx, context, 'updateTicketQueue', queue.id, before, queueState(queue));
    return queue;
  });
}

/** Removes a queue; its tickets keep their assignees and show no queue. Returns its last state. */
export async function deleteTicketQueue(
  context: RequestContext,
  { id }: MutationDeleteTicketQueueArgs,
): Promise<TicketQueueEntity> {
  return context.db.transaction(async (tx) => {
    const { row: queue } = await queues.lock(tx, context, { id });
    await tx.remove(TicketQueueEntity, queue);
    await auditQueue(tx, context, 'deleteTicketQueue', id, queueState(queue), null);
    return Object.assign(queue, { id });
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const ticketQueueMutations = { createTicketQueue, updateTicketQueue, deleteTicketQueue };
