// The opportunity's stage rules as plain functions: legal moves, default probabilities, forecast
// categories and the days a deal spent in a stage.
import { opportunityStage } from '@crm/events';
import {
  assertOpportunityMove,
  canMoveOpportunity,
  daysInStage,
  forecastAfterMove,
  stageMove,
} from '../src/opportunity/opportunity.rules';
import { builtInStageProbabilities, stageProbability } from '../src/settings/salesSettings.rules';

it('moves an open deal one stage forward, back to any earlier open stage, or to closed; closed is final', () => {
  const allowed = Object.fromEntries(
    opportunityStage.options.map((from) => [
      from,
      opportunityStage.options.filter((to) => canMoveOpportunity(from, to)),
    ]),
  );
  expect(allowed).toEqual({
    PROSPECTING: ['QUALIFICATION', 'CLOSED_WON', 'CLOSED_LOST'],
    QUALIFICATION: ['PROSPECTING', 'PROPOSAL', 'CLOSED_WON', 'CLOSED_LOST'],
    PROPOSAL: ['PROSPECTING', 'QUALIFICATION', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST'],
    NEGOTIATION: ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'CLOSED_WON', 'CLOSED_LOST'],
    CLOSED_WON: [],
    CLOSED_LOST: [],
  });
  expect(() => assertOpportunityMove('PROSPECTING', 'PROPOSAL')).toThrow(
    expect.objectContaining({
      code: 'CONFLICT',
      details: expect.objectContaining({ stage: 'PROSPECTING' }),
    }),
  );
});

it('has a built-in default probability per stage, rising towards the close; closed stages are fixed', () => {
  expect(opportunityStage.options.map((stage) => stageProbability(stage, builtInStageProbabilities))).toEqual(
    [10, 20, 50, 75, 100, 0],
  );
  const custom = { PROSPECTING: 5, QUALIFICATION: 15, PROPOSAL: 40, NEGOTIATION: 80 };
  expect(opportunityStage.options.map((stage) => stageProbability(stage, custom))).toEqual([
    5, 15, 40, 80, 100, 0,
  ]);
});

it('sets the forecast category of closed deals, and open deals keep theirs', () => {
  expect(forecastAfterMove('CLOSED_WON', 'COMMIT')).toBe('CLOSED');
  expect(forecastAfterMove('CLOSED_LOST', 'BEST_CASE')).toBe('OMITTED');
  expect(forecastAfterMove('NEGOTIATION', 'COMMIT')).toBe('COMMIT');
  expect(forecastAfterMove('PROPOSAL', 'CLOSED')).toBe('PIPELINE');
});

it('counts whole days spent in the stage left', () => {
  const entered = new Date('2026-03-01T10:00:00.000Z');
  expect(daysInStage(entered, new Date('2026-03-01T23:59:00.000Z'))).toBe(0);
  expect(daysInStage(entered, new Date('2026-03-04T10:00:00.000Z'))).toBe(3);
  // Across the change to summer time: still calendar days of 24 hours in UTC.
  expect(daysInStage(entered, new Date('2026-04-01T09:59:59.999Z'))).toBe(30);
  expect(stageMove('PROPOSAL', 'CLOSED_WON', entered, new Date('2026-03-11T12:00:00.000Z'), 'rep-1')).toEqual(
    {
      from: 'PROPOSAL',
      to: 'CLOSED_WON',
      at: '2026-03-11T12:00:00.000Z',
      by: 'rep-1',
      daysInPreviousStage: 10,
    },
  );
});
