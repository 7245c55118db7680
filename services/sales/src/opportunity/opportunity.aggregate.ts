import { defineAggregate } from '@crm/events';
import { isVisibleRecord } from '../ownership';
import { linesOf } from '../priceBook/pricing';
import { OpportunityEntity, OpportunityLineEntity } from './opportunity.entity';
import { opportunitySnapshot } from './opportunity.rules';

/**
 * A deal with its product lines: a sales rep sees and changes their own only. Apart from its commands so
 * that acceptQuote can lock a deal whose owner change updateOpportunity hands on to the quotes.
 */
export const opportunities = defineAggregate({
  name: 'Opportunity',
  entity: OpportunityEntity,
  eventKey: 'opportunity',
  image: opportunitySnapshot,
  loadParts: linesOf(OpportunityLineEntity, 'opportunityId'),
  visibleTo: isVisibleRecord,
});
