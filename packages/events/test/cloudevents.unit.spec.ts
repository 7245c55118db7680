import { CloudEventDecodeError, decodeCloudEvent, encodeCloudEvent, type CloudEvent } from '../src';

const event: CloudEvent = {
  id: '7d3c1a52-6a43-4a7c-9f59-8e7c1f0f2b11',
  type: 'crm.customer.customer.created.v1',
  source: '/crm/customer',
  subject: '0f8e0c1e-2b8d-4d84-a0c6-1b1b7c0f4d2a',
  tenantId: 'tenant-a',
  time: '2025-01-02T03:04:05.678Z',
  data: { customer: { name: 'Acme' }, changedFields: ['name'] },
};

/** What kafkajs hands a consumer: every header value a Buffer. */
function asReceived(encoded: ReturnType<typeof encodeCloudEvent>) {
  return {
    key: Buffer.from(encoded.key),
    value: encoded.value,
    headers: Object.fromEntries(Object.entries(encoded.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

describe('CloudEvents Kafka binary mode', () => {
  it('encodes the attributes as ce_ headers, the data as the JSON value and the subject as the key', () => {
    const encoded = encodeCloudEvent(event);
    expect(encoded.key).toBe(event.subject);
    expect(JSON.parse(encoded.value.toString())).toEqual(event.data);
    expect(encoded.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: '/crm/customer',
      ce_type: event.type,
      ce_time: event.time,
      ce_subject: event.subject,
      ce_tenantid: 'tenant-a',
      'content-type': 'application/json',
    });
  });

  it('derives the source from the event type when none is given', () => {
    const { source: _source, ...withoutSource } = event;
    expect(
      encodeCloudEvent({ ...withoutSource, type: 'crm.sales.opportunity.won.v1' }).headers.ce_source,
    ).toBe('/crm/sales');
  });

  it('decodes what it encoded, with Buffer header values', () => {
    expect(decodeCloudEvent(asReceived(encodeCloudEvent(event)))).toEqual(event);
  });

  it('accepts string header values and a charset parameter on the content type', () => {
    const encoded = encodeCloudEvent(event);
    const decoded = decodeCloudEvent({
      value: encoded.value,
      headers: { ...encoded.headers, 'content-type': 'application/json; charset=utf-8' },
    });
    expect(decoded.id).toBe(event.id);
  });

  it.each([
    'ce_specversion',
    'ce_id',
    'ce_source',
    'ce_type',
    'ce_time',
    'ce_subject',
    'ce_tenantid',
    'content-type',
  ])('rejects a message without %s', (header) => {
    const received = asReceived(encodeCloudEvent(event));
    delete received.headers[header];
    expect(() => decodeCloudEvent(received)).toThrow(
      new CloudEventDecodeError('MISSING_HEADER', `Missing CloudEvents header ${header}`),
    );
  });

  it('rejects an unknown spec version, a non-JSON content type and an unparsable time', () => {
    const received = asReceived(encodeCloudEvent(event));
    expect(() =>
      decodeCloudEvent({ ...received, headers: { ...received.headers, ce_specversion: Buffer.from('0.3') } }),
    ).toThrow(/Unsupported ce_specversion "0.3"/);
    expect(() =>
      decodeCloudEvent({
        ...received,
        headers: { ...received.headers, 'content-type': Buffer.from('text/plain') },
      }),
    ).toThrow(/Unsupported content-type "text\/plain"/);
    expect(() =>
      decodeCloudEvent({ ...received, headers: { ...received.headers, ce_time: Buffer.from('yesterday') } }),
    ).toThrow(/Invalid ce_time "yesterday"/);
  });

  it('rejects a value that is not JSON, or no value at all', () => {
    const received = asReceived(encodeCloudEvent(event));
    const notJson = () => decodeCloudEvent({ ...received, value: Buffer.from('{oops') });
    expect(notJson).toThrow(CloudEventDecodeError);
    expect(notJson).toThrow(/value is not JSON/);
    expect(() => decodeCloudEvent({ ...received, value: null })).toThrow(/has no value/);
  });
});
