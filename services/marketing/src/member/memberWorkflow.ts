import type { CampaignMemberStatus } from '@crm/events';

/** The way forward of a member; steps may be skipped (an event has no SENT or OPENED), never undone. */
const progress: readonly CampaignMemberStatus[] = [
  'TARGETED',
  'SENT',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
];

/** Statuses that count as a response (they set firstRespondedAt). */
export const respondedStatuses: readonly CampaignMemberStatus[] = ['RESPONDED', 'CONVERTED'];

export type MemberTransition = { allowed: true } | { allowed: false; reason: string };

/**
 * TARGETED → SENT → OPENED → CLICKED → RESPONDED → CONVERTED (forward, skipping allowed); SENT → BOUNCED;
 * any status but BOUNCED and UNSUBSCRIBED → UNSUBSCRIBED. BOUNCED, UNSUBSCRIBED and CONVERTED are final
 * for the way forward.
 */
export function memberTransition(from: CampaignMemberStatus, to: CampaignMemberStatus): MemberTransition {
  const refuse = (why: string): MemberTransition => ({
    allowed: false,
    reason: `A ${from} member cannot move to ${to}: ${why}`,
  });
  if (from === to) return refuse('it is there already');
  if (from === 'BOUNCED' || from === 'UNSUBSCRIBED') return refuse(`${from} is final`);
  if (to === 'UNSUBSCRIBED') return { allowed: true };
  if (to === 'BOUNCED') return from === 'SENT' ? { allowed: true } : refuse('only a sent message bounces');
  const fromStep = progress.indexOf(from);
  const toStep = progress.indexOf(to);
  return toStep > fromStep ? { allowed: true } : refuse('a member never moves back');
}
