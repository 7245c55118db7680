// Status moves as the change pipeline's decisions, without a database: the move's fields (status, time
// stamp, reason), the event with the status left, and the refusals.
import { ConflictError, InvalidInputError } from '@crm/platform';
import { given } from '@crm/testkit';
import type { OpportunityEntity } from '../src/opportunity/opportunity.entity';
import { opportunityUpdate, stageChange } from '../src/opportunity/opportunity.rules';
import type { OrderEntity } from '../src/order/order.entity';
import { orderWorkflow } from '../src/order/order.rules';
import type { QuoteEntity } from '../src/quote/quote.entity';
import { quoteWorkflow } from '../src/quote/quote.rules';
import { stageProbabilitiesWith } from '../src/settings/salesSettings.rules';
import { statusMove } from '../src/workflow';

const at = new Date('2026-11-26T10:00:00.000Z');

describe('statusMove', () => {
  it('cancels an order with its reason and time, naming the status it left', () => {
    const cancelled = given({ status: 'CONFIRMED' } as OrderEntity)
      .when((order) =>
        statusMove(orderWorkflow, order, 'CANCELLED', 'crm.sales.order.cancelled.v1', { at, reason: 'Late' }),
      )
      .decides();
    expect(cancelled).toEqual({
      set: { status: 'CANCELLED', cancelledAt: at, cancellationReason: 'Late' },
      event: 'crm.sales.order.cancelled.v1',
      data: { previousStatus: 'CONFIRMED' },
    });
  });

  it('rejects a quote the same way, and stamps a move that keeps no reason', () => {
    const sent = given({ status: 'SENT' } as QuoteEntity);
    expect(
      sent
        .when((quote) =>
          statusMove(quoteWorkflow, quote, 'REJECTED', 'crm.sales.quote.rejected.v1', {
            at,
            reason: 'Price',
          }),
        )
        .decides().set,
    ).toEqual({ status: 'REJECTED', rejectedAt: at, rejectionReason: 'Price' });
    expect(
      sent
        .when((quote) =>
          statusMove(quoteWorkflow, quote, 'ACCEPTED', 'crm.sales.quote.accepted.v1', {
            at,
            set: { orderId: 'o-1' },
          }),
        )
        .decides().set,
    ).toEqual({ orderId: 'o-1', status: 'ACCEPTED', acceptedAt: at });
  });

  it('refuses a move the workflow has not, with CONFLICT naming the allowed ones', () => {
    const error = given({ status: 'SHIPPED' } as OrderEntity)
      .when((order) =>
        statusMove(orderWorkflow, order, 'CANCELLED', 'crm.sales.order.cancelled.v1', { reason: 'Late' }),
      )
      .refuses();
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe('An order cannot move from SHIPPED to CANCELLED');
    expect((error as ConflictError).details).toEqual({ status: 'SHIPPED', allowed: ['DELIVERED'] });
  });
});

describe('opportunity decisions', () => {
  const deal = {
    id: 'd-1',
    stage: 'PROPOSAL',
    forecastCategory: 'COMMIT',
    stageEnteredAt: new Date('2026-11-20T10:00:00.000Z'),
    stageHistory: [],
    primaryContactId: null,
    contactRoles: [],
    currency: 'EUR',
  } as unknown as OpportunityEntity;

  it('loses a deal with its reason: closed, probability 0, OMITTED, the move in its history', () => {
    const decision = stageChange(deal, { stage: 'CLOSED_LOST', lossReason: 'Price' }, 0, 'rep-1', at);
    expect(decision).toEqual({
      set: {
        stage: 'CLOSED_LOST',
        closedAt: at,
        lossReason: 'Price',
        probability: 0,
        forecastCategory: 'OMITTED',
        stageEnteredAt: at,
        stageHistory: [
          { from: 'PROPOSAL', to: 'CLOSED_LOST', at: at.toISOString(), by: 'rep-1', daysInPreviousStage: 6 },
        ],
      },
      event: 'crm.sales.opportunity.lost.v1',
      data: { previousStage: 'PROPOSAL' },
    });
  });

  it('refuses a skipped stage and a move dated before the current stage', () => {
    expect(() => stageChange({ ...deal, stage: 'PROSPECTING' }, { stage: 'PROPOSAL' }, 50, 'r', at)).toThrow(
      ConflictError,
    );
    const early = new Date('2026-11-01T00:00:00.000Z');
    expect(() => stageChange(deal, { stage: 'NEGOTIATION', movedAt: early }, 75, 'r', at)).toThrow(
      InvalidInputError,
    );
  });

  it('updates the given fields; null probability and forecast go back to the defaults', () => {
    expect(opportunityUpdate(deal, [], { probability: null, forecastCategory: null, name: 'N' }, 50)).toEqual(
      {
        name: 'N',
        primaryContactId: null,
        contactRoles: [],
        probability: 50,
        forecastCategory: 'PIPELINE',
      },
    );
    expect(() =>
      opportunityUpdate({ ...deal, stage: 'CLOSED_WON' } as OpportunityEntity, [], { name: 'N' }),
    ).toThrow(ConflictError);
  });
});

it('keeps the stage probabilities not given, in the order of the current keys', () => {
  const current = { PROPOSAL: 50, NEGOTIATION: 75, PROSPECTING: 10, QUALIFICATION: 20 };
  const next = stageProbabilitiesWith(current, {
    PROSPECTING: 5,
    QUALIFICATION: undefined,
    PROPOSAL: null,
    NEGOTIATION: undefined,
  });
  expect(JSON.stringify(next)).toBe('{"PROPOSAL":50,"NEGOTIATION":75,"PROSPECTING":5,"QUALIFICATION":20}');
});
