// The read models as declared projections: what each handles, checked against the event catalogue.
import { findEventDefinition } from '@crm/events';
import type { z } from 'zod';
import { analyticsService } from '../src/service';

/** The key of the snapshot each read model reads from its events' data. */
const snapshotKeyOf: Record<string, string> = {
  customerFacts: 'customer',
  contactFacts: 'contact',
  orderFacts: 'order',
  opportunityFacts: 'opportunity',
  leadFacts: 'lead',
  quoteFacts: 'quote',
  ticketFacts: 'ticket',
  surveyFacts: 'survey',
  campaignFacts: 'campaign',
  campaignMemberFacts: 'member',
  campaignEmailFacts: 'email',
};

describe('analytics read models', () => {
  const readModels = analyticsService.projections ?? [];

  it('are applied in module order: customers before the orders, deals and tickets that refer to them', () => {
    expect(readModels.map((readModel) => readModel.name)).toEqual(Object.keys(snapshotKeyOf));
  });

  it.each(Object.entries(snapshotKeyOf))('%s handles only events that carry the %s snapshot', (name, key) => {
    const readModel = readModels.find((candidate) => candidate.name === name)!;
    expect(readModel.handles.length).toBeGreaterThan(0);
    for (const type of readModel.handles) {
      const schema = findEventDefinition(type)!.data as z.ZodObject;
      expect({ type, carries: key in schema.shape }).toEqual({ type, carries: true });
    }
  });
});
