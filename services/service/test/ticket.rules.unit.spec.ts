// The ticket rules as pure decisions (no database): what a status move, a comment and an SLA breach change,
// and what they refuse.
import type { TicketEntity } from '../src/ticket/ticket.entity';
import { firstResponse, refuseIfClosed, slaEscalation, statusChange } from '../src/ticket/ticket.rules';

const now = new Date('2026-03-10T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

const ticket = (fields: Partial<TicketEntity> = {}) =>
  ({
    id: 't-1',
    type: 'INQUIRY',
    status: 'IN_PROGRESS',
    priority: 'MEDIUM',
    rootCause: null,
    createdAt: hoursAgo(10),
    firstResponseAt: null,
    firstResponseDueAt: hoursAgo(8),
    resolutionDueAt: hoursAgo(2),
    slaPausedAt: null,
    slaPausedMs: 0,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    escalationLevel: 0,
    ...fields,
  }) as TicketEntity;

describe('statusChange', () => {
  it('resolves with the resolution, the time and the previous status', () => {
    expect(statusChange(ticket(), { status: 'RESOLVED', resolution: 'Done' }, now)).toMatchObject({
      set: { status: 'RESOLVED', resolvedAt: now, resolution: 'Done', rootCause: null },
      event: 'crm.service.ticket.resolved.v1',
      data: { previousStatus: 'IN_PROGRESS' },
    });
  });

  it('stops the SLA clock while waiting on the customer and moves the due times on after', () => {
    const waiting = statusChange(ticket(), { status: 'WAITING_ON_CUSTOMER' }, hoursAgo(1));
    expect(waiting.set).toMatchObject({ slaPausedAt: hoursAgo(1) });
    expect(waiting.event).toBe('crm.service.ticket.status_changed.v1');
    const back = statusChange(
      ticket({ status: 'WAITING_ON_CUSTOMER', slaPausedAt: hoursAgo(1) }),
      { status: 'IN_PROGRESS' },
      now,
    );
    expect(back.set).toMatchObject({
      slaPausedAt: null,
      slaPausedMs: 3_600_000,
      resolutionDueAt: hoursAgo(1),
    });
  });

  it('refuses a move the workflow does not allow (CONFLICT) and resolution fields out of place', () => {
    expect(() => statusChange(ticket({ status: 'OPEN' }), { status: 'CLOSED' }, now)).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'A OPEN ticket cannot move to CLOSED (allowed: IN_PROGRESS)',
      }),
    );
    expect(() => statusChange(ticket(), { status: 'WAITING_ON_CUSTOMER', resolution: 'x' }, now)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        fields: { 'input.resolution': 'Only when resolving' },
      }),
    );
    expect(() => statusChange(ticket({ type: 'COMPLAINT' }), { status: 'RESOLVED' }, now)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('comments', () => {
  const comment = { visibility: 'PUBLIC', authorKind: 'AGENT', createdAt: now } as const;

  it('takes a public answer of an agent as the first response, once', () => {
    expect(firstResponse(ticket(), comment)).toEqual({ firstResponseAt: now });
    expect(firstResponse(ticket({ firstResponseAt: hoursAgo(1) }), comment)).toEqual({});
    expect(firstResponse(ticket(), { ...comment, visibility: 'INTERNAL' })).toEqual({});
    expect(firstResponse(ticket(), { ...comment, authorKind: 'CUSTOMER' })).toEqual({});
  });

  it('refuses any change of a closed ticket', () => {
    expect(() => refuseIfClosed(ticket({ status: 'CLOSED' }))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'Ticket t-1 is closed' }),
    );
    expect(() => refuseIfClosed(ticket())).not.toThrow();
  });
});

describe('slaEscalation', () => {
  it('marks each new breach, raises the level by as many and the priority when the policy says so', () => {
    expect(slaEscalation(ticket(), now, true)).toEqual({
      breaches: ['FIRST_RESPONSE', 'RESOLUTION'],
      set: {
        firstResponseBreachedAt: now,
        resolutionBreachedAt: now,
        slaBreached: true,
        escalationLevel: 2,
        priority: 'HIGH',
      },
      reason: 'SLA breached: FIRST_RESPONSE, RESOLUTION; priority MEDIUM → HIGH',
      changedFields: ['escalationLevel', 'priority'],
    });
  });

  it('keeps an urgent priority and reports nothing new twice', () => {
    const urgent = slaEscalation(
      ticket({ priority: 'URGENT', firstResponseBreachedAt: hoursAgo(7) }),
      now,
      true,
    );
    expect(urgent).toMatchObject({
      breaches: ['RESOLUTION'],
      reason: 'SLA breached: RESOLUTION',
      changedFields: ['escalationLevel'],
    });
    expect(
      slaEscalation(
        ticket({ firstResponseBreachedAt: hoursAgo(7), resolutionBreachedAt: hoursAgo(1) }),
        now,
        false,
      ),
    ).toBeNull();
  });
});
