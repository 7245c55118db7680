import type { Decision, EventType } from '@crm/events';
import { conflict } from '@crm/platform';
import type { DeepPartial } from 'typeorm';

/**
 * How the status of an aggregate moves: the statuses each one may move to, the time stamp a status sets,
 * and the field that keeps the reason a status is entered for (a cancellation, a rejection, a loss).
 */
export interface Workflow<S extends string> {
  /** How a refused move names the aggregate: `An order`. */
  name: string;
  /** The field that holds the status. */
  field: 'status' | 'stage';
  next: Record<S, readonly S[]>;
  stamps: Partial<Record<S, string>>;
  reasons?: Partial<Record<S, string>>;
}

export function canMove<S extends string>(workflow: Workflow<S>, from: S, to: S): boolean {
  return workflow.next[from].includes(to);
}

/** CONFLICT unless `from → to` is a move of the workflow. */
export function assertMove<S extends string>(workflow: Workflow<S>, from: S, to: S): void {
  if (!canMove(workflow, from, to)) {
    throw conflict(`${workflow.name} cannot move from ${from} to ${to}`, {
      [workflow.field]: from,
      allowed: workflow.next[from],
    });
  }
}

/** What a move sets: the status, the time stamp of the new status, and its reason (CONFLICT if not a move). */
export function moveFields<S extends string, E>(
  workflow: Workflow<S>,
  from: S,
  to: S,
  at: Date,
  reason?: string | null,
): DeepPartial<E> {
  assertMove(workflow, from, to);
  const stamp = workflow.stamps[to];
  const reasonField = workflow.reasons?.[to];
  return {
    [workflow.field]: to,
    ...(stamp ? { [stamp]: at } : {}),
    ...(reasonField ? { [reasonField]: reason ?? null } : {}),
  } as DeepPartial<E>;
}

/**
 * The one decision of a status move (cancelOrder, rejectQuote, sendQuote, changeLeadStatus…): the move's
 * fields and any others, and the event with the status the row left.
 */
export function statusMove<S extends string, E extends { status: S }, T extends EventType>(
  workflow: Workflow<S>,
  row: E,
  to: S,
  event: T,
  options: { at?: Date; reason?: string | null; set?: DeepPartial<E> } = {},
): Decision<E, never, T> {
  return {
    set: {
      ...options.set,
      ...moveFields<S, E>(workflow, row.status, to, options.at ?? new Date(), options.reason),
    },
    event,
    // Every status event of the catalogue names the status left as previousStatus.
    data: { previousStatus: row.status } as unknown as Decision<E, never, T>['data'],
  };
}
