// Every mutation writes exactly one outbox row, publishes exactly one CloudEvent of the right type
// and leaves one audit record (who, what, before/after); a change that changes nothing writes none.
import { testTenant, type TopicMessage, forThisFile } from '@crm/testkit';
import {
  createContact,
  createCustomer,
  deleteContactMutation,
  deleteCustomerMutation,
  deleteInteractionMutation,
  logInteraction,
  updateContactMutation,
  updateCustomerMutation,
  updateInteractionMutation,
} from './support/customerOperations';
import { dataOf, startCustomerService, tokenFor } from './support/customerTestService';
import { auditOf, outboxOf, publishedEventsOf } from './support/tenantRecords';

const app = forThisFile(() => startCustomerService({ withoutConsumers: true }));

interface ExpectedChange {
  type: string;
  operation: string;
  actor: string;
  /** Checked for updates; created lists every field, deleted none. */
  changedFields?: string[];
  /** Fields of the aggregate before and after the change (null: no state on that side). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The outbox, audit log and topics hold exactly one record per expected change of `entityId`, in
 * order, and the event on the topic is its outbox row, in CloudEvents binary mode. Every outbox row
 * of the tenant is on the topics exactly once.
 */
async function expectRecordedChanges(
  tenantId: string,
  aggregate: 'customer' | 'contact' | 'interaction',
  entityType: string,
  entityId: string,
  expected: ExpectedChange[],
): Promise<void> {
  const tenantOutbox = await outboxOf(app, tenantId);
  const outbox = tenantOutbox.filter((row) => row.aggregateid === entityId);
  expect(outbox.map((row) => row.type)).toEqual(expected.map((change) => change.type));
  outbox.forEach((row, index) => {
    const change = expected[index]!;
    const state = row.payload[aggregate] as Record<string, unknown>;
    expect(state).toMatchObject({ id: entityId, tenantId, ...(change.after ?? change.before) });
    if (change.type.endsWith('.created.v1')) expect(row.payload.changedFields).toContain('id');
    if (change.type.endsWith('.deleted.v1')) expect(row.payload.changedFields).toEqual([]);
    if (change.changedFields) expect(row.payload.changedFields).toEqual(change.changedFields);
  });

  const audit = (await auditOf(app, tenantId)).filter((record) => record.entity_id === entityId);
  expect(
    audit.map(({ operation, actor_id, entity_type, entity_id }) => ({
      operation,
      actor_id,
      entity_type,
      entity_id,
    })),
  ).toEqual(
    expected.map((change) => ({
      operation: change.operation,
      actor_id: change.actor,
      entity_type: entityType,
      entity_id: entityId,
    })),
  );
  audit.forEach((record, index) => {
    const change = expected[index]!;
    if (change.before) expect(record.before).toMatchObject(change.before);
    else expect(record.before).toBeNull();
    if (change.after) expect(record.after).toMatchObject(change.after);
    else expect(record.after).toBeNull();
  });

  const tenantEvents = await publishedEventsOf(app, tenantId);
  expect(tenantEvents.map((event) => event.headers.ce_id).sort()).toEqual(
    tenantOutbox.map((row) => row.id).sort(),
  );
  const events = tenantEvents.filter((event) => event.headers.ce_subject === entityId);
  const byOffset = (a: TopicMessage, b: TopicMessage) => Number(a.offset) - Number(b.offset);
  // One aggregate's events share its key, so one partition: their offsets give the order.
  expect(events.sort(byOffset).map((event) => event.headers.ce_id)).toEqual(outbox.map((row) => row.id));
  events.forEach((event, index) => {
    const row = outbox[index]!;
    expect(event.topic).toBe(`crm.customer.${aggregate}`);
    expect(event.key).toBe(entityId);
    expect(event.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: row.id,
      ce_type: row.type,
      ce_source: '/crm/customer',
      ce_subject: entityId,
      ce_tenantid: tenantId,
      'content-type': 'application/json',
    });
    expect(Number.isNaN(Date.parse(event.headers.ce_time!))).toBe(false);
    expect(event.value).toEqual(row.payload);
  });
}

describe('change events and audit records', () => {
  it('records a customer created, updated (with changedFields), left unchanged and deleted', async () => {
    const tenant = testTenant('customer-events');
    const admin = tokenFor(tenant, 'admin');
    const manager = tokenFor(tenant, 'sales_manager');
    const customer = await createCustomer(app, admin, { kind: 'ORGANIZATION', name: 'Acme', tags: ['a'] });
    const update = (input: Record<string, unknown>, expectedVersion: number) =>
      app.request(updateCustomerMutation, { id: customer.id, input, expectedVersion }, manager);

    const updated = dataOf(
      await update({ name: 'Acme Inc', industry: 'Retail', tags: ['a', 'b'] }, 1),
    ).updateCustomer;
    // The same values again (tags are de-duplicated): nothing changes.
    const unchanged = dataOf(await update({ name: 'Acme Inc', tags: ['a', 'b', 'a'] }, 2)).updateCustomer;
    dataOf(await app.request(deleteCustomerMutation, { id: customer.id, expectedVersion: 2 }, admin));

    expect(updated.version).toBe(2);
    expect(unchanged).toEqual(updated); // same version, same updatedAt: nothing was written
    await expectRecordedChanges(tenant, 'customer', 'Customer', customer.id, [
      {
        type: 'crm.customer.customer.created.v1',
        operation: 'createCustomer',
        actor: 'user-admin',
        before: null,
        after: { name: 'Acme', tags: ['a'], version: 1 },
      },
      {
        type: 'crm.customer.customer.updated.v1',
        operation: 'updateCustomer',
        actor: 'user-sales_manager',
        changedFields: ['name', 'industry', 'tags'],
        before: { name: 'Acme', industry: null, tags: ['a'], version: 1 },
        after: { name: 'Acme Inc', industry: 'Retail', tags: ['a', 'b'], version: 2 },
      },
      {
        type: 'crm.customer.customer.deleted.v1',
        operation: 'deleteCustomer',
        actor: 'user-admin',
        before: { name: 'Acme Inc', version: 2 },
        after: null,
      },
    ]);
  });

  it('deleting an organization publishes what goes with it: its interactions deleted, its contacts detached', async () => {
    const tenant = testTenant('cascade-events');
    const admin = tokenFor(tenant, 'admin');
    const acme = await createCustomer(app, admin, { kind: 'ORGANIZATION', name: 'Acme' });
    const globex = await createCustomer(app, admin, { kind: 'ORGANIZATION', name: 'Globex' });
    const contact = await createContact(app, admin, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      organizations: [
        { organizationId: acme.id, role: 'Buyer' },
        { organizationId: globex.id, role: 'Advisor' },
      ],
    });
    const call = await logInteraction(app, admin, { customerId: acme.id, kind: 'CALL', subject: 'Intro' });

    dataOf(await app.request(deleteCustomerMutation, { id: acme.id }, admin));

    await expectRecordedChanges(tenant, 'interaction', 'Interaction', call.id, [
      {
        type: 'crm.customer.interaction.created.v1',
        operation: 'logInteraction',
        actor: 'user-admin',
        before: null,
        after: { subject: 'Intro', customerId: acme.id },
      },
      {
        type: 'crm.customer.interaction.deleted.v1',
        operation: 'deleteCustomer',
        actor: 'user-admin',
        before: { subject: 'Intro', customerId: acme.id },
        after: null,
      },
    ]);
    await expectRecordedChanges(tenant, 'contact', 'Contact', contact.id, [
      {
        type: 'crm.customer.contact.created.v1',
        operation: 'createContact',
        actor: 'user-admin',
        before: null,
        after: { lastName: 'Lovelace', version: 1 },
      },
      {
        type: 'crm.customer.contact.updated.v1',
        operation: 'deleteCustomer',
        actor: 'user-admin',
        changedFields: ['organizations'],
        before: { version: 1 },
        after: { organizations: [{ customerId: globex.id, role: 'Advisor' }], version: 2 },
      },
    ]);
    // The dependants' events come before the customer's own deletion.
    const types = (await outboxOf(app, tenant)).map((row) => row.type);
    expect(types.indexOf('crm.customer.customer.deleted.v1')).toBeGreaterThan(
      types.indexOf('crm.customer.interaction.deleted.v1'),
    );
    expect(types.indexOf('crm.customer.customer.deleted.v1')).toBeGreaterThan(
      types.indexOf('crm.customer.contact.updated.v1'),
    );
  });

  it('records a contact created, its roles changed, left unchanged and deleted', async () => {
    const tenant = testTenant('contact-events');
    const token = tokenFor(tenant);
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const contact = await createContact(app, token, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      organizations: [{ organizationId: acme.id, role: 'Buyer' }],
    });
    const update = (input: Record<string, unknown>, expectedVersion: number) =>
      app.request(updateContactMutation, { id: contact.id, input, expectedVersion }, token);

    const updated = dataOf(
      await update({ organizations: [{ organizationId: acme.id, role: 'Decision maker' }] }, 1),
    );
    const unchanged = dataOf(
      await update(
        { firstName: 'Ada', organizations: [{ organizationId: acme.id, role: 'Decision maker' }] },
        2,
      ),
    );
    dataOf(await app.request(deleteContactMutation, { id: contact.id }, token));

    expect(updated.updateContact.version).toBe(2); // a role change alone is a change of the contact
    expect(unchanged.updateContact.version).toBe(2);
    await expectRecordedChanges(tenant, 'contact', 'Contact', contact.id, [
      {
        type: 'crm.customer.contact.created.v1',
        operation: 'createContact',
        actor: 'user-admin',
        before: null,
        after: { firstName: 'Ada', organizations: [{ customerId: acme.id, role: 'Buyer' }] },
      },
      {
        type: 'crm.customer.contact.updated.v1',
        operation: 'updateContact',
        actor: 'user-admin',
        changedFields: ['organizations'],
        before: { organizations: [{ customerId: acme.id, role: 'Buyer' }], version: 1 },
        after: { organizations: [{ customerId: acme.id, role: 'Decision maker' }], version: 2 },
      },
      {
        type: 'crm.customer.contact.deleted.v1',
        operation: 'deleteContact',
        actor: 'user-admin',
        before: { firstName: 'Ada', version: 2 },
        after: null,
      },
    ]);
  });

  it('records an interaction logged, updated, left unchanged and deleted', async () => {
    const tenant = testTenant('interaction-events');
    const token = tokenFor(tenant, 'support_agent');
    const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
    const interaction = await logInteraction(app, token, {
      customerId: acme.id,
      kind: 'CALL',
      subject: 'Intro',
    });
    const update = (input: Record<string, unknown>, expectedVersion: number) =>
      app.request(updateInteractionMutation, { id: interaction.id, input, expectedVersion }, token);

    dataOf(await update({ subject: 'Intro call', direction: 'INBOUND' }, 1));
    const unchanged = dataOf(await update({ subject: 'Intro call', kind: 'CALL' }, 2)).updateInteraction;
    dataOf(await app.request(deleteInteractionMutation, { id: interaction.id, expectedVersion: 2 }, token));

    expect(unchanged.version).toBe(2);
    await expectRecordedChanges(tenant, 'interaction', 'Interaction', interaction.id, [
      {
        type: 'crm.customer.interaction.created.v1',
        operation: 'logInteraction',
        actor: 'user-support_agent',
        before: null,
        after: { customerId: acme.id, kind: 'CALL', subject: 'Intro', ownerId: 'user-support_agent' },
      },
      {
        type: 'crm.customer.interaction.updated.v1',
        operation: 'updateInteraction',
        actor: 'user-support_agent',
        changedFields: ['direction', 'subject'],
        before: { subject: 'Intro', direction: null, version: 1 },
        after: { subject: 'Intro call', direction: 'INBOUND', version: 2 },
      },
      {
        type: 'crm.customer.interaction.deleted.v1',
        operation: 'deleteInteraction',
        actor: 'user-support_agent',
        before: { subject: 'Intro call', version: 2 },
        after: null,
      },
    ]);
  });
});
