// The pure parts of the analyses: periods of a forecast and how far a deal came down the funnel.
import { periodOf, periodsBetween } from '../src/analysis/salesForecast.rules';
import { furthestStage } from '../src/analysis/salesFunnel.rules';

it('names a day’s month, quarter and year with their first and last days', () => {
  expect(periodOf('2028-02-15', 'MONTH')).toEqual({
    label: '2028-02',
    start: '2028-02-01',
    end: '2028-02-29',
  });
  expect(periodOf('2027-11-30', 'QUARTER')).toEqual({
    label: '2027-Q4',
    start: '2027-10-01',
    end: '2027-12-31',
  });
  expect(periodOf('2027-04-01', 'QUARTER')).toEqual({
    label: '2027-Q2',
    start: '2027-04-01',
    end: '2027-06-30',
  });
  expect(periodOf('2027-07-04', 'YEAR')).toEqual({ label: '2027', start: '2027-01-01', end: '2027-12-31' });
  expect(periodsBetween('2026-11-15', '2027-02-01', 'MONTH').map((period) => period.label)).toEqual([
    '2026-11',
    '2026-12',
    '2027-01',
    '2027-02',
  ]);
});

it('counts a deal down to the furthest stage it was in, and a won deal through the whole funnel', () => {
  const move = (from: string, to: string) => ({
    from,
    to,
    at: '2026-01-01T00:00:00.000Z',
    by: 'u',
    daysInPreviousStage: 1,
  });
  const deal = (stage: string, moves: [string, string][]) =>
    ({
      stage,
      amount: null,
      currency: 'EUR',
      stageHistory: moves.map(([from, to]) => move(from, to)),
    }) as never;
  expect(furthestStage(deal('PROSPECTING', []))).toBe(0);
  // Back from PROPOSAL to QUALIFICATION: it still reached PROPOSAL.
  expect(
    furthestStage(
      deal('QUALIFICATION', [
        ['PROSPECTING', 'QUALIFICATION'],
        ['QUALIFICATION', 'PROPOSAL'],
        ['PROPOSAL', 'QUALIFICATION'],
      ]),
    ),
  ).toBe(2);
  expect(
    furthestStage(
      deal('CLOSED_LOST', [
        ['PROSPECTING', 'QUALIFICATION'],
        ['QUALIFICATION', 'CLOSED_LOST'],
      ]),
    ),
  ).toBe(1);
  expect(furthestStage(deal('CLOSED_WON', [['PROSPECTING', 'CLOSED_WON']]))).toBe(4);
});
