import { z } from 'zod';
import type { EventDefinition } from './defineEvent';
import { topicsOfProjection, type Projection } from '../projection/defineProjection';
import { eventCatalogue, findEventDefinition } from './eventCatalogue';
import type { ServiceName } from './services';
import { deadLetterTopicOf } from './eventType';

type JsonObject = { [key: string]: unknown };

const kafkaBindingVersion = '0.5.0';
const jsonSchemaFormat = 'application/schema+json;version=draft-07';

/** A service and what it consumes: the receive operations of the document. */
export interface EventReceiver {
  service: ServiceName;
  projections: readonly Projection[];
  /** A pattern of its consumer groups when it runs its projections itself; else `<service>.<name>`. */
  projectionGroup?: string;
}

/**
 * The event catalogue as an AsyncAPI 3.0 document: one channel per topic, one message per event
 * type, CloudEvents 1.0 (Kafka binary mode) headers, payloads as JSON Schema from the zod schemas; a
 * send operation per topic (its publisher) and a receive operation per projection and topic (who reads it).
 */
export function asyncApiDocument(receivers: readonly EventReceiver[] = []): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};

  for (const topic of [...new Set(eventCatalogue.map((d) => d.topic))].sort()) {
    const definitions = eventCatalogue.filter((d) => d.topic === topic);
    const first = definitions[0]!;
    const channelMessages: JsonObject = {};
    for (const definition of definitions) {
      messages[definition.type] = messageOf(definition);
      channelMessages[definition.type] = { $ref: `#/components/messages/${definition.type}` };
    }
    channels[topic] = {
      address: topic,
      title: topic,
      description:
        `Events of the ${first.aggregate} aggregate, published by the ${first.service} service, keyed by aggregate id ` +
        `(one aggregate's events stay in order). Consumers park messages they cannot process on ${deadLetterTopicOf(topic)}.`,
      messages: channelMessages,
      bindings: {
        kafka: {
          topic,
          topicConfiguration: { 'retention.ms': -1 },
          bindingVersion: kafkaBindingVersion,
        },
      },
    };
    operations[`publish.${topic}`] = {
      action: 'send',
      title: `${first.service} publishes ${topic}`,
      description: `The ${first.service} service's outbox relay publishes these events.`,
      channel: { $ref: `#/channels/${topic}` },
      messages: definitions.map((d) => ({ $ref: `#/channels/${topic}/messages/${d.type}` })),
    };
  }

  for (const { service, projections, projectionGroup } of receivers) {
    for (const projection of projections) {
      for (const topic of topicsOfProjection(projection)) {
        const handled = projection.handles.filter((type) => findEventDefinition(type)!.topic === topic);
        operations[`${service}.${projection.name}.receives.${topic}`] = {
          action: 'receive',
          title: `${service} ${projection.name} receives ${topic}`,
          description: projection.description,
          channel: { $ref: `#/channels/${topic}` },
          messages: handled.map((type) => ({ $ref: `#/channels/${topic}/messages/${type}` })),
          bindings: {
            kafka: {
              groupId: {
                type: 'string',
                description: "The consumer group, after the deployment's DB_PREFIX (default crm_)",
                pattern: projectionGroup ?? `${service}\\.${projection.name}$`,
              },
              bindingVersion: kafkaBindingVersion,
            },
          },
        };
      }
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CRM platform events',
      version: '1.0.0',
      description:
        'Domain events of the CRM platform. Each is a CloudEvents 1.0 event in Kafka binary mode: ' +
        'the attributes are `ce_*` headers and the value is the JSON data (the aggregate state after the change ' +
        'plus `changedFields`). Delivery is at least once: deduplicate by `ce_id`.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function messageOf(definition: EventDefinition): JsonObject {
  return {
    name: definition.type,
    title: `${definition.aggregate} ${definition.name} (v${definition.version})`,
    summary: definition.description,
    contentType: 'application/json',
    headers: cloudEventHeadersSchema(definition),
    payload: { schemaFormat: jsonSchemaFormat, schema: payloadSchemaOf(definition) },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The aggregate id (same as ce_subject)' },
        bindingVersion: kafkaBindingVersion,
      },
    },
  };
}

function payloadSchemaOf(definition: EventDefinition): JsonObject {
  // io: 'input' leaves out additionalProperties: false; consumers strip unknown fields, so adding one is compatible.
  const { $schema: _ignored, ...schema } = z.toJSONSchema(definition.data, {
    target: 'draft-07',
    io: 'input',
  });
  return schema;
}

function cloudEventHeadersSchema(definition: EventDefinition): JsonObject {
  const string = (description: string, extra: JsonObject = {}) => ({ type: 'string', description, ...extra });
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes, Kafka protocol binding, binary content mode',
    required: [
      'ce_specversion',
      'ce_id',
      'ce_source',
      'ce_type',
      'ce_time',
      'ce_subject',
      'ce_tenantid',
      'content-type',
    ],
    properties: {
      ce_specversion: string('CloudEvents version', { const: '1.0' }),
      ce_id: string('Unique event id; consumers deduplicate by it', { format: 'uuid' }),
      ce_source: string('The publishing service', { const: definition.source }),
      ce_type: string('The event type', { const: definition.type }),
      ce_time: string('When the change happened', { format: 'date-time' }),
      ce_subject: string('The aggregate id (also the Kafka key)'),
      ce_tenantid: string('The tenant (CloudEvents extension attribute)'),
      'content-type': string('Media type of the value', { const: 'application/json' }),
    },
  };
}
