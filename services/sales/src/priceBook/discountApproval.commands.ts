import type { Aggregate, AggregateRow, ChangeTarget, EventType } from '@crm/events';
import type { RequestContext } from '@crm/platform';
import type { Workflow } from '../workflow';
import type { DiscountApproval } from './discountApproval.entity';
import { discountDecision, type DiscountVerdict } from './discountApproval.rules';

/** An order or a quote: what a discount approval is decided on. */
type HeldRow = AggregateRow & { status: string; approval: DiscountApproval };

/**
 * A manager's verdict on the discount that holds a rep's DRAFT order or quote (approveOrderDiscount,
 * rejectQuoteDiscount…), through the change pipeline: the approval records who decided and when, the audit
 * record and the event follow.
 */
export function decideDiscount<E extends HeldRow, S, P, T extends EventType>(
  context: RequestContext,
  aggregate: Aggregate<E, S, P>,
  workflow: Pick<Workflow<string>, 'name'>,
  target: ChangeTarget,
  verdict: DiscountVerdict,
  event: T,
): Promise<E> {
  return aggregate.change(context, target, (row) =>
    discountDecision(workflow, row, verdict, event, context.user.userId, new Date()),
  );
}
