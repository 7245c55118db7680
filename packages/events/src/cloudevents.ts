// CloudEvents 1.0, Kafka protocol binding, binary content mode: attributes travel as `ce_*` headers,
// the value is the JSON data. Written by hand: the SDK emits undefined headers and non-Buffer values.
import { parseEventType } from './catalogue/eventType';

export interface CloudEvent {
  id: string;
  /** `crm.<service>.<aggregate>.<event>.v<N>` */
  type: string;
  /** `/crm/<service>` */
  source: string;
  /** The aggregate id; also the Kafka key. */
  subject: string;
  tenantId: string;
  /** ISO 8601 / RFC 3339 time of the change. */
  time: string;
  data: unknown;
}

export type CloudEventInput = Omit<CloudEvent, 'source'> & { source?: string };

export interface EncodedKafkaMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** What kafkajs hands a consumer: header values are Buffers (or arrays when a header repeats). */
export interface IncomingKafkaMessage {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

export type CloudEventDecodeReason = 'MISSING_HEADER' | 'INVALID_HEADER' | 'INVALID_VALUE';

export class CloudEventDecodeError extends Error {
  override readonly name = 'CloudEventDecodeError';

  constructor(
    readonly reason: CloudEventDecodeReason,
    message: string,
  ) {
    super(message);
  }
}

export const specVersion = '1.0';
export const jsonContentType = 'application/json';

/** Encodes an event for kafkajs `producer.send`; the source defaults to the one its type names. */
export function encodeCloudEvent(event: CloudEventInput): EncodedKafkaMessage {
  const source = event.source ?? parseEventType(event.type).source;
  return {
    key: event.subject,
    value: Buffer.from(JSON.stringify(event.data)),
    headers: {
      ce_specversion: specVersion,
      ce_id: event.id,
      ce_source: source,
      ce_type: event.type,
      ce_time: event.time,
      ce_subject: event.subject,
      ce_tenantid: event.tenantId,
      'content-type': jsonContentType,
    },
  };
}

/** Decodes a Kafka message in binary mode; throws a CloudEventDecodeError saying what is wrong. */
export function decodeCloudEvent(message: IncomingKafkaMessage): CloudEvent {
  const headers = headersAsStrings(message.headers);
  const required = (name: string): string => {
    const value = headers[name];
    if (value === undefined || value === '') {
      throw new CloudEventDecodeError('MISSING_HEADER', `Missing CloudEvents header ${name}`);
    }
    return value;
  };

  const version = required('ce_specversion');
  if (version !== specVersion) {
    throw new CloudEventDecodeError(
      'INVALID_HEADER',
      `Unsupported ce_specversion "${version}" (expected 1.0)`,
    );
  }
  const contentType = required('content-type');
  if (contentType.split(';')[0]?.trim().toLowerCase() !== jsonContentType) {
    throw new CloudEventDecodeError(
      'INVALID_HEADER',
      `Unsupported content-type "${contentType}" (expected application/json)`,
    );
  }
  const time = required('ce_time');
  if (Number.isNaN(Date.parse(time))) {
    throw new CloudEventDecodeError('INVALID_HEADER', `Invalid ce_time "${time}"`);
  }
  const event = {
    id: required('ce_id'),
    type: required('ce_type'),
    source: required('ce_source'),
    subject: required('ce_subject'),
    tenantId: required('ce_tenantid'),
    time,
  };

  if (message.value === null || message.value.length === 0) {
    throw new CloudEventDecodeError('INVALID_VALUE', `Event ${event.id} has no value (expected JSON data)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(message.value.toString());
  } catch (error) {
    throw new CloudEventDecodeError(
      'INVALID_VALUE',
      `Event ${event.id} value is not JSON: ${(error as Error).message}`,
    );
  }
  return { ...event, data };
}

/** Header values as strings; a repeated header keeps its last value. */
export function headersAsStrings(headers: IncomingKafkaMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) result[name] = value.toString();
  }
  return result;
}
