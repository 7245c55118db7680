// Events as the other services publish them (CloudEvents valid against the catalogue), written straight
// to the real topics, so that a test controls what the read models see, and in which order.
import { randomUUID } from 'node:crypto';
import {
  encodeCloudEvent,
  parseEventType,
  producerDefaults,
  validateEventData,
  type CustomerSnapshot,
  type EncodedKafkaMessage,
  type EventData,
  type EventDataInput,
  type EventType,
  type KafkaClient,
} from '@crm/events';

export interface HistoryEvent {
  topic: string;
  /** The aggregate: events of one key keep their order. */
  key: string;
  type: EventType;
  time: string;
  data: unknown;
  id: string;
}

type OrderState = EventData<'crm.sales.order.placed.v1'>['order'];
type OpportunityState = EventData<'crm.sales.opportunity.created.v1'>['opportunity'];
type LeadState = EventData<'crm.sales.lead.created.v1'>['lead'];
type TicketState = EventData<'crm.service.ticket.opened.v1'>['ticket'];
type SurveyState = EventData<'crm.service.survey.requested.v1'>['survey'];
type CampaignState = EventData<'crm.marketing.campaign.created.v1'>['campaign'];
type MemberState = EventData<'crm.marketing.member.added.v1'>['member'];
type QuoteState = EventData<'crm.sales.quote.created.v1'>['quote'];
type EmailState = EventData<'crm.marketing.email.sent.v1'>['email'];

export const daysAgo = (now: number, days: number) => new Date(now - days * 86_400_000).toISOString();
export const daysAhead = (now: number, days: number) => new Date(now + days * 86_400_000).toISOString();

/** Builds one tenant's history; `events` is the order they happened in. */
export class EventHistory {
  readonly events: HistoryEvent[] = [];
  private orderNumber = 0;
  private ticketNumber = 0;

  constructor(readonly tenantId: string) {}

  add<T extends EventType>(type: T, key: string, time: string, data: EventDataInput<T>): void {
    validateEventData(type, data); // a fixture the catalogue refuses would only test the DLQ
    this.events.push({ topic: parseEventType(type).topic, key, type, time, data, id: randomUUID() });
  }

  customer(fields: Partial<CustomerSnapshot> & { id: string }, type: 'created' | 'updated' = 'created') {
    const state: CustomerSnapshot = {
      tenantId: this.tenantId,
      kind: 'ORGANIZATION',
      name: 'Customer',
      email: null,
      phone: null,
      address: null,
      industry: null,
      segment: null,
      lifecycleStage: 'CUSTOMER',
      tags: [],
      ownerId: null,
      version: 1,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      ...fields,
    };
    this.add(`crm.customer.customer.${type}.v1`, state.id, state.updatedAt, {
      customer: state,
      changedFields: [],
    });
    return state;
  }

  /** A placed order of one line per amount (product ids given), totals as the sales service computes them. */
  order(fields: {
    customerId: string;
    placedAt: string;
    lines: { productId: string; productName: string; total: string }[];
    currency?: string;
    ownerId?: string | null;
  }): OrderState {
    this.orderNumber += 1;
    const total = fields.lines.reduce((sum, line) => sum + Number(line.total), 0).toFixed(2);
    const state: OrderState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      number: `SO-${String(this.orderNumber).padStart(6, '0')}`,
      customerId: fields.customerId,
      opportunityId: null,
      ownerId: fields.ownerId ?? 'rep-1',
      currency: fields.currency ?? 'EUR',
      status: 'CONFIRMED',
      lines: fields.lines.map((line, index) => ({
        id: randomUUID(),
        position: index + 1,
        productId: line.productId,
        sku: `SKU-${index + 1}`,
        productName: line.productName,
        quantity: 1,
        unitPrice: line.total,
        listPrice: line.total,
        priceOverridden: false,
        discountPercent: '0',
        lineTotal: line.total,
      })),
      subtotal: total,
      discountTotal: '0.00',
      total,
      requestedDeliveryDate: null,
      actualDeliveryDate: null,
      confirmedAt: fields.placedAt,
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      cancellationReason: null,
      version: 1,
      createdAt: fields.placedAt,
      updatedAt: fields.placedAt,
    };
    this.add('crm.sales.order.placed.v1', state.id, state.updatedAt, { order: state, changedFields: [] });
    return state;
  }

  cancelOrder(order: OrderState, at: string): OrderState {
    const state = {
      ...order,
      status: 'CANCELLED' as const,
      cancelledAt: at,
      cancellationReason: 'Changed mind',
      version: order.version + 1,
      updatedAt: at,
    };
    this.add('crm.sales.order.cancelled.v1', state.id, at, {
      order: state,
      changedFields: ['status'],
      previousStatus: order.status,
    });
    return state;
  }

  opportunity(
    fields: Partial<OpportunityState> & { customerId: string; createdAt: string },
  ): OpportunityState {
    const state: OpportunityState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      name: 'Deal',
      primaryContactId: null,
      amount: null,
      currency: 'EUR',
      stage: 'PROSPECTING',
      probability: 10,
      forecastCategory: 'PIPELINE',
      expectedCloseDate: null,
      ownerId: 'rep-1',
      campaignId: null,
      competitors: [],
      lossReason: null,
      stageEnteredAt: fields.createdAt,
      closedAt: null,
      stageHistory: [],
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    };
    this.add('crm.sales.opportunity.created.v1', state.id, state.createdAt, {
      opportunity: state,
      changedFields: [],
    });
    return state;
  }

  closeOpportunity(opportunity: OpportunityState, outcome: 'won' | 'lost', at: string): OpportunityState {
    const won = outcome === 'won';
    const state: OpportunityState = {
      ...opportunity,
      stage: won ? 'CLOSED_WON' : 'CLOSED_LOST',
      probability: won ? 100 : 0,
      forecastCategory: won ? 'CLOSED' : 'OMITTED',
      lossReason: won ? null : 'Price',
      closedAt: at,
      stageEnteredAt: at,
      stageHistory: [
        ...opportunity.stageHistory,
        {
          from: opportunity.stage,
          to: won ? 'CLOSED_WON' : 'CLOSED_LOST',
          at,
          by: 'rep-1',
          daysInPreviousStage: 1,
        },
      ],
      version: opportunity.version + 1,
      updatedAt: at,
    };
    this.add(`crm.sales.opportunity.${outcome}.v1`, state.id, at, {
      opportunity: state,
      changedFields: ['stage'],
      previousStage: opportunity.stage,
    });
    return state;
  }

  lead(fields: Partial<LeadState> & { createdAt: string }): LeadState {
    const state: LeadState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      firstName: 'Lee',
      lastName: 'Lead',
      company: null,
      title: null,
      email: null,
      phone: null,
      source: 'WEB',
      campaignId: null,
      status: 'NEW',
      score: 10,
      ownerId: 'rep-1',
      convertedCustomerId: null,
      convertedContactId: null,
      convertedAt: null,
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    };
    this.add('crm.sales.lead.created.v1', state.id, state.createdAt, { lead: state, changedFields: [] });
    return state;
  }

  convertLead(lead: LeadState, customerId: string, at: string): LeadState {
    const state: LeadState = {
      ...lead,
      status: 'CONVERTED',
      convertedCustomerId: customerId,
      convertedAt: at,
      version: lead.version + 1,
      updatedAt: at,
    };
    this.add('crm.sales.lead.converted.v1', state.id, at, {
      lead: state,
      changedFields: ['status'],
      previousStatus: lead.status,
      customerId,
      newCustomer: null,
      contact: null,
    });
    return state;
  }

  ticket(fields: Partial<TicketState> & { customerId: string; createdAt: string }): TicketState {
    this.ticketNumber += 1;
    const state: TicketState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      number: `CS-${String(this.ticketNumber).padStart(6, '0')}`,
      contactId: null,
      orderId: null,
      requesterEmail: null,
      type: 'INQUIRY',
      channel: 'EMAIL',
      priority: 'MEDIUM',
      status: 'RESOLVED',
      subject: 'Help',
      description: null,
      assigneeId: null,
      tags: [],
      severity: null,
      rootCause: null,
      resolution: null,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      firstResponseDueAt: null,
      resolutionDueAt: null,
      slaPausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      slaBreached: false,
      escalationLevel: 0,
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    };
    this.add('crm.service.ticket.opened.v1', state.id, state.createdAt, { ticket: state, changedFields: [] });
    return state;
  }

  survey(
    fields: Partial<SurveyState> & { customerId: string; createdAt: string },
    answer?: { csat: number; nps: number; at: string },
  ) {
    const state: SurveyState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      ticketId: randomUUID(),
      ticketType: 'INQUIRY',
      assigneeId: null,
      question: 'How did we do?',
      status: 'PENDING',
      csat: null,
      nps: null,
      comment: null,
      expiresAt: daysAhead(Date.parse(fields.createdAt), 30),
      answeredAt: null,
      ...fields,
    };
    this.add('crm.service.survey.requested.v1', state.id, state.createdAt, { survey: state });
    if (answer) {
      const answered = {
        ...state,
        status: 'ANSWERED' as const,
        csat: answer.csat,
        nps: answer.nps,
        answeredAt: answer.at,
      };
      this.add('crm.service.survey.answered.v1', state.id, answer.at, { survey: answered });
    }
    return state;
  }

  campaign(fields: Partial<CampaignState> & { createdAt: string }): CampaignState {
    const state: CampaignState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      name: 'Campaign',
      type: 'EMAIL',
      status: 'ACTIVE',
      startDate: null,
      endDate: null,
      location: null,
      currency: 'EUR',
      budget: null,
      actualCost: null,
      expectedRevenue: null,
      expectedResponseRate: null,
      ownerId: null,
      description: null,
      launchedAt: null,
      completedAt: null,
      abortedAt: null,
      abortReason: null,
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    };
    this.add('crm.marketing.campaign.created.v1', state.id, state.createdAt, {
      campaign: state,
      changedFields: [],
    });
    return state;
  }

  member(fields: Partial<MemberState> & { campaignId: string; createdAt: string }): MemberState {
    const state: MemberState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      customerId: null,
      contactId: null,
      segmentId: null,
      status: 'TARGETED',
      firstRespondedAt: null,
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    };
    this.add('crm.marketing.member.added.v1', state.id, state.createdAt, {
      member: state,
      changedFields: [],
    });
    return state;
  }

  /** A quote of the opportunity, made and then moved to `status` (SENT, ACCEPTED or REJECTED). */
  quote(
    opportunity: OpportunityState,
    total: string,
    status: 'SENT' | 'ACCEPTED' | 'REJECTED',
    at: string,
  ): QuoteState {
    const draft: QuoteState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      number: `Q-${randomUUID().replace(/\D/g, '').padEnd(6, '0').slice(0, 6)}`,
      opportunityId: opportunity.id,
      customerId: opportunity.customerId,
      ownerId: 'rep-1',
      priceBookId: randomUUID(),
      currency: opportunity.currency,
      status: 'DRAFT',
      validUntil: at.slice(0, 10),
      lines: [
        {
          id: randomUUID(),
          position: 1,
          productId: randomUUID(),
          sku: 'SKU-Q',
          productName: 'Quoted',
          quantity: 1,
          unitPrice: total,
          discountPercent: '0',
          lineTotal: total,
        },
      ],
      subtotal: total,
      discountTotal: '0.00',
      total,
      notes: null,
      sentAt: null,
      acceptedAt: null,
      rejectedAt: null,
      rejectionReason: null,
      expiredAt: null,
      orderId: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    this.add('crm.sales.quote.created.v1', draft.id, at, { quote: draft, changedFields: [] });
    const sent = { ...draft, status: 'SENT' as const, sentAt: at, version: 2 };
    this.add('crm.sales.quote.sent.v1', draft.id, at, {
      quote: sent,
      changedFields: ['status'],
      previousStatus: 'DRAFT',
    });
    if (status === 'SENT') return sent;
    const closed =
      status === 'ACCEPTED'
        ? { ...sent, status, acceptedAt: at, version: 3 }
        : { ...sent, status, rejectedAt: at, rejectionReason: 'Too dear', version: 3 };
    this.add(`crm.sales.quote.${status === 'ACCEPTED' ? 'accepted' : 'rejected'}.v1`, draft.id, at, {
      quote: closed,
      changedFields: ['status'],
      previousStatus: 'SENT',
    });
    return closed;
  }

  /** A campaign email to a member through its steps (each an event with the state after it). */
  email(
    member: MemberState,
    steps: { step: 'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed'; at: string }[],
  ): EmailState {
    let state: EmailState = {
      id: randomUUID(),
      tenantId: this.tenantId,
      sendId: randomUUID(),
      campaignId: member.campaignId,
      memberId: member.id,
      customerId: member.customerId,
      contactId: null,
      templateId: randomUUID(),
      messageId: `<${randomUUID()}@crm.example>`,
      status: 'QUEUED',
      skipReason: null,
      sentAt: null,
      firstOpenedAt: null,
      openCount: 0,
      firstClickedAt: null,
      clickCount: 0,
      bouncedAt: null,
      bounceReason: null,
      unsubscribedAt: null,
      createdAt: steps[0]!.at,
      updatedAt: steps[0]!.at,
    };
    for (const { step, at } of steps) {
      state = {
        ...state,
        updatedAt: at,
        ...(step === 'sent' && { status: 'SENT' as const, sentAt: at }),
        ...(step === 'opened' && {
          firstOpenedAt: state.firstOpenedAt ?? at,
          openCount: state.openCount + 1,
        }),
        ...(step === 'clicked' && {
          firstClickedAt: state.firstClickedAt ?? at,
          clickCount: state.clickCount + 1,
        }),
        ...(step === 'bounced' && {
          status: 'BOUNCED' as const,
          bouncedAt: at,
          bounceReason: 'No such mailbox',
        }),
        ...(step === 'unsubscribed' && { unsubscribedAt: at }),
      };
      const change = { email: state, changedFields: [] };
      if (step === 'clicked')
        this.add('crm.marketing.email.clicked.v1', state.id, at, {
          ...change,
          url: 'https://example.com/offer',
        });
      else this.add(`crm.marketing.email.${step}.v1`, state.id, at, change);
    }
    return state;
  }

  /** The same history for another tenant (same aggregate ids, new event ids). */
  forTenant(tenantId: string): HistoryEvent[] {
    return this.events.map((event) => ({
      ...event,
      id: randomUUID(),
      data: JSON.parse(JSON.stringify(event.data).replaceAll(`"${this.tenantId}"`, `"${tenantId}"`)),
    }));
  }
}

export function encode(tenantId: string, event: HistoryEvent): EncodedKafkaMessage {
  return encodeCloudEvent({
    id: event.id,
    type: event.type,
    subject: event.key,
    tenantId,
    time: event.time,
    data: event.data,
  });
}

/** Writes the events to their topics in the given order (one send per run of one topic keeps order per key). */
export async function publish(kafka: KafkaClient, tenantId: string, events: HistoryEvent[]): Promise<void> {
  const producer = kafka.producer(producerDefaults);
  await producer.connect();
  try {
    const byTopic = new Map<string, EncodedKafkaMessage[]>();
    for (const event of events) {
      byTopic.set(event.topic, [...(byTopic.get(event.topic) ?? []), encode(tenantId, event)]);
    }
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  } finally {
    await producer.disconnect();
  }
}
