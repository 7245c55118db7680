import { ticketPriority, ticketType, type TicketPriority, type TicketType } from '@crm/events';
import { requiredText } from '@crm/platform';
import { z } from 'zod';

const unique = <T>(values: readonly T[]) => [...new Set(values)];

export const ticketQueueInput = z.object({
  name: requiredText(100),
  position: z.number().int('A whole number').min(0, 'At least 0').nullish(),
  types: z
    .array(ticketType)
    .nullish()
    .transform((values) => unique(values ?? [])),
  priorities: z
    .array(ticketPriority)
    .nullish()
    .transform((values) => unique(values ?? [])),
  segments: z
    .array(requiredText(100))
    .max(50, 'At most 50 segments')
    .nullish()
    .transform((values) => unique((values ?? []).map((segment) => segment.toLowerCase()))),
  agentIds: z
    .array(requiredText(100))
    .max(200, 'At most 200 agents')
    .transform((values) => unique(values)),
});

export interface QueueRules {
  matchTypes: readonly TicketType[];
  matchPriorities: readonly TicketPriority[];
  matchSegments: readonly string[];
}

export interface RoutedTicket {
  type: TicketType;
  priority: TicketPriority;
  /** The customer's segment, if the service knows it. */
  segment: string | null;
}

/** Whether a queue takes a ticket: every non-empty rule list holds the ticket's value. */
export function queueMatches(queue: QueueRules, ticket: RoutedTicket): boolean {
  const holds = <T>(values: readonly T[], value: T | null) =>
    values.length === 0 || (value !== null && values.includes(value));
  return (
    holds(queue.matchTypes, ticket.type) &&
    holds(queue.matchPriorities, ticket.priority) &&
    holds(queue.matchSegments, ticket.segment?.toLowerCase() ?? null)
  );
}

/** The agent with the fewest open tickets in the queue; a tie goes to the one listed first. Null without agents. */
export function leastBusyAgent(
  agentIds: readonly string[],
  openTickets: ReadonlyMap<string, number>,
): string | null {
  let chosen: string | null = null;
  let fewest = Infinity;
  for (const agentId of agentIds) {
    const count = openTickets.get(agentId) ?? 0;
    if (count < fewest) {
      chosen = agentId;
      fewest = count;
    }
  }
  return chosen;
}
