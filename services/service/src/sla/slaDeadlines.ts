/** SLA due times, pauses and breaches as pure functions of times: no clock, no database. */
import type { SlaBreach } from '@crm/events';

const HOUR_MS = 3_600_000;

export interface SlaHours {
  firstResponseHours: number;
  resolutionHours: number;
}

/** What of a ticket the SLA rules read and change. */
export interface SlaState {
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPausedAt: Date | null;
  /** Time spent waiting on the customer in earlier pauses, in milliseconds. */
  slaPausedMs: number;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
}

const later = (time: Date, ms: number) => new Date(time.getTime() + ms);

/**
 * Due times of a ticket opened at `openedAt` under `policy` (none: no due times), moved on by the
 * time already spent waiting on the customer (`pausedMs`).
 */
export function slaDeadlines(
  openedAt: Date,
  policy: SlaHours | null,
  pausedMs = 0,
): Pick<SlaState, 'firstResponseDueAt' | 'resolutionDueAt'> {
  if (!policy) return { firstResponseDueAt: null, resolutionDueAt: null };
  return {
    firstResponseDueAt: later(openedAt, policy.firstResponseHours * HOUR_MS + pausedMs),
    resolutionDueAt: later(openedAt, policy.resolutionHours * HOUR_MS + pausedMs),
  };
}

/** The SLA clock stops (the ticket waits on the customer). */
export function pauseSla<S extends SlaState>(state: S, at: Date): S {
  return state.slaPausedAt ? state : { ...state, slaPausedAt: at };
}

/** The SLA clock runs again: due times not yet met or missed move on by the pause. */
export function resumeSla<S extends SlaState>(state: S, at: Date): S {
  if (!state.slaPausedAt) return state;
  const paused = Math.max(0, at.getTime() - state.slaPausedAt.getTime());
  const shift = (due: Date | null, settled: boolean) => (due && !settled ? later(due, paused) : due);
  return {
    ...state,
    slaPausedAt: null,
    slaPausedMs: state.slaPausedMs + paused,
    firstResponseDueAt: shift(
      state.firstResponseDueAt,
      state.firstResponseAt != null || state.firstResponseBreachedAt != null,
    ),
    resolutionDueAt: shift(state.resolutionDueAt, state.resolutionBreachedAt != null),
  };
}

/**
 * The breaches of an open ticket at `now` not reported yet. A paused clock breaches nothing; a met
 * first response cannot breach.
 */
export function slaBreaches(state: SlaState, now: Date): SlaBreach[] {
  if (state.slaPausedAt) return [];
  const breaches: SlaBreach[] = [];
  if (
    state.firstResponseDueAt &&
    !state.firstResponseAt &&
    !state.firstResponseBreachedAt &&
    now > state.firstResponseDueAt
  ) {
    breaches.push('FIRST_RESPONSE');
  }
  if (state.resolutionDueAt && !state.resolutionBreachedAt && now > state.resolutionDueAt) {
    breaches.push('RESOLUTION');
  }
  return breaches;
}
