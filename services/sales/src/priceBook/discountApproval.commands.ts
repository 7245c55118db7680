import type { Aggregate, AggregateRow, EventType } from '@crm/events';
import { parseInput, type RequestContext } from '@crm/platform';
import type { Workflow } from '../workflow';
import type { DiscountApproval } from './discountApproval.entity';
import { discountDecision, rejectDiscountInput, type DiscountVerdict } from './discountApproval.rules';

/** An order or a quote: what a discount approval is decided on. */
type HeldRow = AggregateRow & { status: string; approval: DiscountApproval };

interface DecisionArgs {
  id: string;
  expectedVersion?: number | null;
}

/**
 * A manager's two verdicts on the discount that holds a rep's DRAFT order or quote (approveOrderDiscount,
 * rejectQuoteDiscount…), as the aggregate's commands, through the change pipeline: the approval records who
 * decided and when, the audit record and the event follow.
 */
export function discountDecisions<E extends HeldRow, S, P>(
  aggregate: Aggregate<E, S, P>,
  workflow: Pick<Workflow<string>, 'name'>,
  operations: { approve: string; reject: string },
  events: { approved: EventType; rejected: EventType },
) {
  const decide = (
    context: RequestContext,
    args: DecisionArgs,
    operation: string,
    verdict: DiscountVerdict,
    event: EventType,
  ) =>
    aggregate.change(context, { id: args.id, expectedVersion: args.expectedVersion, operation }, (row) =>
      discountDecision(workflow, row, verdict, event, context.user.userId, new Date()),
    );
  return {
    approve: (context: RequestContext, args: DecisionArgs): Promise<E> =>
      decide(context, args, operations.approve, { status: 'APPROVED' }, events.approved),
    reject: (context: RequestContext, args: DecisionArgs & { reason: string }): Promise<E> => {
      const { reason } = parseInput(rejectDiscountInput, { reason: args.reason }, '');
      return decide(context, args, operations.reject, { status: 'REJECTED', reason }, events.rejected);
    },
  };
}
