import type { CampaignStatus } from '@crm/events';

/** PLANNED → ACTIVE → COMPLETED; PLANNED or ACTIVE → ABORTED. COMPLETED and ABORTED are final. */
const nextStatuses: Record<CampaignStatus, readonly CampaignStatus[]> = {
  PLANNED: ['ACTIVE', 'ABORTED'],
  ACTIVE: ['COMPLETED', 'ABORTED'],
  COMPLETED: [],
  ABORTED: [],
};

const events = { ACTIVE: 'launched', COMPLETED: 'completed', ABORTED: 'aborted' } as const;

export type CampaignTransition =
  { allowed: true; event: (typeof events)[keyof typeof events] } | { allowed: false; reason: string };

export function isFinalCampaignStatus(status: CampaignStatus): boolean {
  return nextStatuses[status].length === 0;
}

/** Whether a campaign may move from `from` to `to`, and which event the move is. */
export function campaignTransition(from: CampaignStatus, to: CampaignStatus): CampaignTransition {
  if (to === 'PLANNED' || !nextStatuses[from].includes(to)) {
    const allowed = nextStatuses[from];
    return {
      allowed: false,
      reason: `A ${from} campaign cannot move to ${to}${
        allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is final)'
      }`,
    };
  }
  return { allowed: true, event: events[to] };
}
