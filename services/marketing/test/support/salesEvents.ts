import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, type EncodedKafkaMessage, type EventData } from '@crm/events';

/** Lead and opportunity events as the sales service publishes them, for marketing's attribution. */

type Lead = EventData<'crm.sales.lead.created.v1'>['lead'];
type Opportunity = EventData<'crm.sales.opportunity.created.v1'>['opportunity'];

export function leadState(tenantId: string, fields: Partial<Lead> = {}): Lead {
  return {
    id: randomUUID(),
    tenantId,
    firstName: 'Lia',
    lastName: 'Stone',
    company: 'Stone Ltd',
    title: null,
    email: 'lia@stone.example',
    phone: null,
    source: 'CAMPAIGN',
    campaignId: null,
    status: 'NEW',
    score: 40,
    ownerId: null,
    convertedCustomerId: null,
    convertedContactId: null,
    convertedAt: null,
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

export function opportunityState(tenantId: string, fields: Partial<Opportunity> = {}): Opportunity {
  return {
    id: randomUUID(),
    tenantId,
    name: 'Deal',
    customerId: randomUUID(),
    primaryContactId: null,
    amount: '1000.00',
    currency: 'EUR',
    stage: 'PROSPECTING',
    probability: 10,
    forecastCategory: 'PIPELINE',
    expectedCloseDate: null,
    ownerId: null,
    campaignId: null,
    competitors: [],
    lossReason: null,
    stageEnteredAt: '2026-03-01T10:00:00.000Z',
    closedAt: null,
    stageHistory: [],
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

export function leadEvent(name: 'created' | 'updated', lead: Lead): EncodedKafkaMessage {
  return encodeCloudEvent({
    id: randomUUID(),
    type: `crm.sales.lead.${name}.v1`,
    subject: lead.id,
    tenantId: lead.tenantId,
    time: lead.updatedAt,
    source: '/crm/sales',
    data: { lead, changedFields: [] },
  });
}

export function opportunityEvent(name: 'created' | 'updated', opportunity: Opportunity): EncodedKafkaMessage {
  return encodeCloudEvent({
    id: randomUUID(),
    type: `crm.sales.opportunity.${name}.v1`,
    subject: opportunity.id,
    tenantId: opportunity.tenantId,
    time: opportunity.updatedAt,
    source: '/crm/sales',
    data: { opportunity, changedFields: [] },
  });
}
