import { pauseSla, resumeSla, slaBreaches, slaDeadlines, type SlaState } from '../src/sla/slaDeadlines';

const at = (iso: string) => new Date(iso);
const policy = { firstResponseHours: 4, resolutionHours: 24 };

function openedTicket(openedAt: string): SlaState {
  const opened = at(openedAt);
  return {
    createdAt: opened,
    firstResponseAt: null,
    ...slaDeadlines(opened, policy),
    slaPausedAt: null,
    slaPausedMs: 0,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  };
}

describe('SLA due times', () => {
  it('sets due times from the opening and the policy; no policy, no due times', () => {
    expect(slaDeadlines(at('2026-03-02T09:00:00Z'), policy)).toEqual({
      firstResponseDueAt: at('2026-03-02T13:00:00Z'),
      resolutionDueAt: at('2026-03-03T09:00:00Z'),
    });
    expect(slaDeadlines(at('2026-03-02T09:00:00Z'), policy, 3_600_000)).toEqual({
      firstResponseDueAt: at('2026-03-02T14:00:00Z'),
      resolutionDueAt: at('2026-03-03T10:00:00Z'),
    });
    expect(slaDeadlines(at('2026-03-02T09:00:00Z'), null)).toEqual({
      firstResponseDueAt: null,
      resolutionDueAt: null,
    });
  });

  it('moves the due times on by the time spent waiting on the customer, pause by pause', () => {
    let ticket = openedTicket('2026-03-02T09:00:00Z');
    ticket = pauseSla(ticket, at('2026-03-02T10:00:00Z'));
    ticket = pauseSla(ticket, at('2026-03-02T11:00:00Z')); // already paused: the first pause counts
    ticket = resumeSla(ticket, at('2026-03-02T12:00:00Z'));
    expect(ticket).toMatchObject({
      slaPausedAt: null,
      slaPausedMs: 2 * 3_600_000,
      firstResponseDueAt: at('2026-03-02T15:00:00Z'),
      resolutionDueAt: at('2026-03-03T11:00:00Z'),
    });
    ticket = resumeSla(pauseSla(ticket, at('2026-03-03T09:00:00Z')), at('2026-03-03T09:30:00Z'));
    expect(ticket.slaPausedMs).toBe(2.5 * 3_600_000);
    expect(ticket.resolutionDueAt).toEqual(at('2026-03-03T11:30:00Z'));
  });

  it('does not move a due time already met or already missed', () => {
    const answered = { ...openedTicket('2026-03-02T09:00:00Z'), firstResponseAt: at('2026-03-02T09:30:00Z') };
    const resumed = resumeSla(pauseSla(answered, at('2026-03-02T10:00:00Z')), at('2026-03-02T11:00:00Z'));
    expect(resumed.firstResponseDueAt).toEqual(at('2026-03-02T13:00:00Z'));
    expect(resumed.resolutionDueAt).toEqual(at('2026-03-03T10:00:00Z'));
  });
});

describe('slaBreaches', () => {
  const ticket = openedTicket('2026-03-02T09:00:00Z');

  it('reports what is past due and not reported yet', () => {
    expect(slaBreaches(ticket, at('2026-03-02T13:00:00Z'))).toEqual([]); // due, not past
    expect(slaBreaches(ticket, at('2026-03-02T13:00:01Z'))).toEqual(['FIRST_RESPONSE']);
    expect(slaBreaches(ticket, at('2026-03-04T00:00:00Z'))).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    const reported = { ...ticket, firstResponseBreachedAt: at('2026-03-02T14:00:00Z') };
    expect(slaBreaches(reported, at('2026-03-04T00:00:00Z'))).toEqual(['RESOLUTION']);
  });

  it('reports nothing while paused, and no first-response breach once answered', () => {
    expect(slaBreaches(pauseSla(ticket, at('2026-03-02T10:00:00Z')), at('2026-03-05T00:00:00Z'))).toEqual([]);
    const answered = { ...ticket, firstResponseAt: at('2026-03-02T15:00:00Z') };
    expect(slaBreaches(answered, at('2026-03-02T16:00:00Z'))).toEqual([]);
  });

  it('knows a paused ticket only breaches once its shifted due time passes', () => {
    const resumed = resumeSla(pauseSla(ticket, at('2026-03-02T10:00:00Z')), at('2026-03-02T20:00:00Z'));
    expect(slaBreaches(resumed, at('2026-03-02T22:59:00Z'))).toEqual([]);
    expect(slaBreaches(resumed, at('2026-03-02T23:00:01Z'))).toEqual(['FIRST_RESPONSE']);
  });
});
