// Queue matching, the least busy agent and the priority bump as pure rules.
import { leastBusyAgent, queueMatches } from '../src/routing/ticketQueue.rules';
import { raisedPriority } from '../src/ticket/ticket.rules';

const anyTicket = { matchTypes: [], matchPriorities: [], matchSegments: [] };

test('a queue matches when every non-empty rule holds', () => {
  const ticket = { type: 'RETURN', priority: 'HIGH', segment: 'Enterprise' } as const;
  expect(queueMatches(anyTicket, ticket)).toBe(true);
  expect(queueMatches({ ...anyTicket, matchTypes: ['RETURN', 'EXCHANGE'] }, ticket)).toBe(true);
  expect(queueMatches({ ...anyTicket, matchTypes: ['REPAIR'] }, ticket)).toBe(false);
  expect(
    queueMatches({ ...anyTicket, matchPriorities: ['HIGH'], matchSegments: ['enterprise'] }, ticket),
  ).toBe(true);
  expect(queueMatches({ ...anyTicket, matchPriorities: ['HIGH'], matchSegments: ['smb'] }, ticket)).toBe(
    false,
  );
  // A segment rule never matches a customer whose segment is unknown.
  expect(queueMatches({ ...anyTicket, matchSegments: ['enterprise'] }, { ...ticket, segment: null })).toBe(
    false,
  );
});

test('the least busy agent wins, a tie going to the one listed first', () => {
  expect(
    leastBusyAgent(
      ['a', 'b', 'c'],
      new Map([
        ['a', 2],
        ['b', 1],
        ['c', 1],
      ]),
    ),
  ).toBe('b');
  expect(leastBusyAgent(['a', 'b'], new Map([['a', 1]]))).toBe('b');
  expect(leastBusyAgent(['a', 'b'], new Map())).toBe('a');
  expect(leastBusyAgent([], new Map())).toBeNull();
});

test('a bump raises the priority one step, URGENT staying', () => {
  expect(['LOW', 'MEDIUM', 'HIGH', 'URGENT'].map((p) => raisedPriority(p as never))).toEqual([
    'MEDIUM',
    'HIGH',
    'URGENT',
    'URGENT',
  ]);
});
