import path from 'node:path';
import { readServiceSchema } from '@crm/platform';
import { Kind } from 'graphql';
import * as eventKit from '../src';
import {
  allTopics,
  asyncApiDocument,
  defineEvent,
  defineProjection,
  eventCatalogue,
  EventValidationError,
  findEventDefinition,
  parseEventType,
  serviceNames,
  topicsOf,
  validateEventData,
} from '../src';
import { z } from 'zod';
import { customerCreated, customerSnapshot } from './support/fixtures';

describe('event types', () => {
  it('parse into service, aggregate, event name, version, topic and source', () => {
    expect(parseEventType('crm.sales.opportunity.stage_changed.v2')).toEqual({
      service: 'sales',
      aggregate: 'opportunity',
      name: 'stage_changed',
      version: 2,
      topic: 'crm.sales.opportunity',
      source: '/crm/sales',
    });
  });

  it.each([
    'crm.customer.customer.created',
    'crm.customer.customer.created.v0',
    'customer.customer.created.v1',
    'crm.customer.created.v1',
    'crm.customer.customer.created.extra.v1',
    'crm.customer.Customer.created.v1',
  ])('rejects the malformed type %s', (type) => {
    expect(() => parseEventType(type)).toThrow(/Invalid event type/);
  });

  it('rejects an unknown service', () => {
    expect(() => parseEventType('crm.billing.invoice.sent.v1')).toThrow(/unknown service "billing"/);
  });

  it('are parsed by defineEvent', () => {
    const definition = defineEvent({
      type: 'crm.service.ticket.resolved.v1',
      description: 'A ticket was resolved.',
      data: z.object({ ticketId: z.string() }),
    });
    expect(definition).toMatchObject({
      topic: 'crm.service.ticket',
      service: 'service',
      aggregate: 'ticket',
      name: 'resolved',
      version: 1,
    });
  });
});

describe('the catalogue', () => {
  it("holds the customer service's nine events on three topics", () => {
    expect(eventCatalogue.filter((d) => d.service === 'customer').map((d) => d.type)).toEqual(
      ['customer', 'contact', 'interaction'].flatMap((aggregate) =>
        ['created', 'updated', 'deleted'].map((name) => `crm.customer.${aggregate}.${name}.v1`),
      ),
    );
    expect(topicsOf('customer')).toEqual([
      'crm.customer.contact',
      'crm.customer.customer',
      'crm.customer.interaction',
    ]);
    expect(allTopics()).toEqual(expect.arrayContaining(topicsOf('customer')));
    expect(findEventDefinition('crm.customer.contact.updated.v1')?.aggregate).toBe('contact');
    expect(findEventDefinition('crm.customer.contact.merged.v1')).toBeUndefined();
  });

  it('returns valid data parsed, without unknown fields', () => {
    const data = customerCreated();
    const parsed = validateEventData('crm.customer.customer.created.v1', { ...data, internalNote: 'x' });
    expect(parsed).toEqual(data);
    expect(parsed.customer.name).toBe('Acme GmbH');
  });

  it('rejects invalid data listing every issue with its path', () => {
    const invalid = {
      customer: {
        ...customerSnapshot(),
        id: 'not-a-uuid',
        email: 'nope',
        lifecycleStage: 'ZOMBIE',
        address: { ...customerSnapshot().address, country: 'Germany' },
      },
      changedFields: ['name'],
    };
    let error: unknown;
    try {
      validateEventData('crm.customer.customer.updated.v1', invalid);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EventValidationError);
    const { code, issues, message } = error as EventValidationError;
    expect(code).toBe('INVALID_EVENT_DATA');
    expect(issues.map((i) => i.path).sort()).toEqual([
      'customer.address.country',
      'customer.email',
      'customer.id',
      'customer.lifecycleStage',
    ]);
    expect(message).toContain('Invalid data for event crm.customer.customer.updated.v1');
    expect(message).toContain('customer.address.country: Expected an ISO 3166-1 alpha-2 country code');
  });

  it('rejects missing data and an unknown type', () => {
    expect(() => validateEventData('crm.customer.customer.created.v1', { changedFields: [] })).toThrow(
      /- customer: /,
    );
    expect(() => validateEventData('crm.customer.customer.merged.v1', {})).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_EVENT_TYPE',
        message: expect.stringContaining('not in the event catalogue'),
      }),
    );
  });

  it('validates contacts and interactions', () => {
    const now = new Date().toISOString();
    const contact = {
      id: '6f1f5a4e-8c0e-4f5e-9a0b-2d4c6e8f0a1b',
      tenantId: 't',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: null,
      phone: null,
      title: 'CTO',
      organizations: [{ customerId: '0f8e0c1e-2b8d-4d84-a0c6-1b1b7c0f4d2a', role: 'decision maker' }],
      version: 3,
      createdAt: now,
      updatedAt: now,
    };
    expect(validateEventData('crm.customer.contact.created.v1', { contact, changedFields: [] })).toBeTruthy();
    const interaction = {
      id: '3b9d6f1e-2c4a-4b8e-9f0d-1a2b3c4d5e6f',
      tenantId: 't',
      customerId: '0f8e0c1e-2b8d-4d84-a0c6-1b1b7c0f4d2a',
      contactId: null,
      kind: 'FAX',
      direction: 'INBOUND',
      subject: 'Hello',
      body: null,
      occurredAt: 'last tuesday',
      ownerId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    expect(() =>
      validateEventData('crm.customer.interaction.created.v1', { interaction, changedFields: [] }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: 'interaction.kind' }),
          expect.objectContaining({ path: 'interaction.occurredAt' }),
        ],
      }),
    );
  });
});

describe("the catalogue's enums", () => {
  it('have the values, in order, of the GraphQL enum of the same name in each service (ticketStatus: TicketStatus)', () => {
    const catalogueEnums = new Map<string, string[]>(
      Object.entries(eventKit).flatMap(([name, value]: [string, unknown]) =>
        value instanceof z.ZodEnum
          ? [[name.charAt(0).toUpperCase() + name.slice(1), value.options.map(String)]]
          : [],
      ),
    );
    const compared: string[] = [];
    const drifted: string[] = [];
    for (const service of serviceNames) {
      const schema = readServiceSchema(path.resolve(__dirname, '../../../services', service, 'src'));
      for (const definition of schema.definitions) {
        if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
        const name = definition.name.value;
        const catalogueValues = catalogueEnums.get(name);
        if (!catalogueValues) continue;
        compared.push(`${service} ${name}`);
        const graphqlValues = (definition.values ?? []).map((value) => value.name.value);
        if (graphqlValues.join() !== catalogueValues.join()) {
          drifted.push(
            `${service} ${name}: GraphQL ${graphqlValues.join(', ')}; catalogue ${catalogueValues.join(', ')}`,
          );
        }
      }
    }
    expect(drifted).toEqual([]);
    expect(compared).toEqual(
      expect.arrayContaining([
        'customer LifecycleStage',
        'sales OrderStatus',
        'sales CustomerKind',
        'service TicketStatus',
        'marketing CampaignMemberStatus',
      ]),
    );
  });
});

describe('the AsyncAPI document', () => {
  const document = asyncApiDocument() as {
    asyncapi: string;
    channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
    components: {
      messages: Record<
        string,
        {
          headers: { properties: Record<string, unknown> };
          payload: { schema: { properties: Record<string, unknown> } };
        }
      >;
    };
  };

  it('has a channel per topic and a message per event type, with CloudEvents headers and a JSON Schema payload', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.channels).sort()).toEqual(allTopics());
    expect(document.channels['crm.customer.customer']?.messages['crm.customer.customer.deleted.v1']).toEqual({
      $ref: '#/components/messages/crm.customer.customer.deleted.v1',
    });
    const message = document.components.messages['crm.customer.interaction.created.v1']!;
    expect(Object.keys(message.headers.properties)).toEqual(
      expect.arrayContaining([
        'ce_specversion',
        'ce_id',
        'ce_source',
        'ce_type',
        'ce_time',
        'ce_subject',
        'ce_tenantid',
        'content-type',
      ]),
    );
    expect(message.headers.properties.ce_type).toMatchObject({
      const: 'crm.customer.interaction.created.v1',
    });
    expect(Object.keys(message.payload.schema.properties)).toEqual(['interaction', 'changedFields']);
  });
});

describe('receive operations', () => {
  it('name, per topic, the projection that reads it and only the event types it handles', () => {
    const ticketsAndOrders = defineProjection({
      name: 'feed',
      description: 'A test projection of two topics',
      handles: ['crm.service.ticket.opened.v1', 'crm.sales.order.placed.v1', 'crm.sales.order.cancelled.v1'],
      applyEach: async () => undefined,
    });
    const { operations } = asyncApiDocument([{ service: 'customer', projections: [ticketsAndOrders] }]) as {
      operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
    };
    const received = Object.entries(operations).filter(([, operation]) => operation.action === 'receive');
    expect(
      Object.fromEntries(received.map(([id, { channel, messages }]) => [id, { channel, messages }])),
    ).toEqual({
      'customer.feed.receives.crm.sales.order': {
        channel: { $ref: '#/channels/crm.sales.order' },
        messages: [
          { $ref: '#/channels/crm.sales.order/messages/crm.sales.order.placed.v1' },
          { $ref: '#/channels/crm.sales.order/messages/crm.sales.order.cancelled.v1' },
        ],
      },
      'customer.feed.receives.crm.service.ticket': {
        channel: { $ref: '#/channels/crm.service.ticket' },
        messages: [{ $ref: '#/channels/crm.service.ticket/messages/crm.service.ticket.opened.v1' }],
      },
    });
  });

  it('refuses a projection of an event type the catalogue does not have', () => {
    expect(() =>
      defineProjection({
        name: 'typo',
        description: 'A projection with a typo',
        handles: ['crm.sales.order.shipped.v1' as 'crm.sales.order.placed.v1'],
        applyEach: async () => undefined,
      }),
    ).toThrow('typo handles crm.sales.order.shipped.v1, which is not in the catalogue');
  });
});
