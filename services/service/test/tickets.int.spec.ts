// Tickets through the subgraph: numbering, the workflow, comments and complaints, each change with its
// audit record and outbox event, and bad input or illegal moves that write nothing.
import { randomUUID } from 'node:crypto';
import { readTopic, testTenant, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import {
  assignTicketMutation,
  changeStatusMutation,
  commentMutation,
  moveTicket,
  openTicket,
  openTicketMutation,
  outboxOf,
  setSlaPolicyMutation,
  tenantRows,
  ticketsQuery,
  updateTicketMutation,
  type TicketView,
} from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

const hours = (h: number) => h * 3_600_000;

describe('opening tickets', () => {
  it('numbers tickets per tenant, sets SLA due times from the policy and records the opened event', async () => {
    const tenant = testTenant('open');
    const token = tokenFor(tenant);
    dataOf(
      await app.request(
        setSlaPolicyMutation,
        { input: { priority: 'HIGH', firstResponseHours: 2, resolutionHours: 8 } },
        tokenFor(tenant, 'admin'),
      ),
    );
    const customerId = randomUUID();
    const first = await openTicket(app, token, {
      customerId,
      priority: 'HIGH',
      requesterEmail: ' Ann@Example.com ',
      tags: ['vip', 'vip', 'parcel'],
    });
    const second = await openTicket(app, token);
    const otherTenant = await openTicket(app, tokenFor(testTenant('open-other')));

    expect(first).toMatchObject({
      number: 'CS-000001',
      status: 'OPEN',
      priority: 'HIGH',
      requesterEmail: 'ann@example.com',
      tags: ['vip', 'parcel'],
      customer: { id: customerId },
      slaBreached: false,
      escalationLevel: 0,
      version: 1,
    });
    const opened = Date.parse(first.createdAt);
    expect(Date.parse(first.firstResponseDueAt!) - opened).toBe(hours(2));
    expect(Date.parse(first.resolutionDueAt!) - opened).toBe(hours(8));
    expect(second).toMatchObject({ number: 'CS-000002', priority: 'MEDIUM', firstResponseDueAt: null });
    expect(otherTenant.number).toBe('CS-000001');

    const outbox = await outboxOf(app, tenant);
    expect(outbox.map((row) => row.type)).toEqual([
      'crm.service.ticket.opened.v1',
      'crm.service.ticket.opened.v1',
    ]);
    expect(outbox[0]!.payload.ticket).toMatchObject({ id: first.id, number: 'CS-000001', tenantId: tenant });
    expect(outbox[0]!.payload.changedFields).toContain('subject');
    const audit = await app.sql('SELECT operation, actor_id FROM audit_log WHERE entity_id = $1', [first.id]);
    expect(audit).toEqual([{ operation: 'openTicket', actor_id: 'user-support_agent' }]);

    // On the topic as a CloudEvent, keyed by the ticket.
    const messages = await readTopic(app.service.kafka, 'crm.service.ticket', {
      until: (read) => read.some((m) => m.headers.ce_subject === first.id),
      // A fresh reader replays the whole topic, other runs' events too: give it time under load.
      timeoutMs: 45_000,
    });
    const event = messages.find(
      (m) => m.headers.ce_tenantid === tenant && m.headers.ce_subject === first.id,
    )!;
    expect(event.key).toBe(first.id);
    expect(event.headers).toMatchObject({
      ce_type: 'crm.service.ticket.opened.v1',
      ce_source: '/crm/service',
    });
    expect(event.value).toEqual(outbox[0]!.payload);
  });

  it('refuses bad input with the fields named, writing nothing and taking no number', async () => {
    const tenant = testTenant('open-bad');
    const token = tokenFor(tenant);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ subject: '  ' }, { 'input.subject': 'Must not be empty' }],
      [{ customerId: 'nope' }, { 'input.customerId': expect.stringContaining('not a valid UUID') }],
      [{ requesterEmail: 'not-an-email' }, { 'input.requesterEmail': 'Not a valid email address' }],
      [{ type: 'COMPLAINT' }, { 'input.severity': 'A complaint needs a severity' }],
      [{ severity: 'HIGH' }, { 'input.severity': 'Only complaints have this' }],
      [{ type: 'SPAM' }, { 'input.type': expect.stringContaining('SPAM') }],
    ];
    for (const [input, fields] of cases) {
      const response = await app.request(
        openTicketMutation,
        { input: { customerId: randomUUID(), type: 'INQUIRY', channel: 'WEB', subject: 'Help', ...input } },
        token,
      );
      expect(errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields });
    }
    expect(await tenantRows(app, tenant)).toEqual({
      tickets: 0,
      comments: 0,
      outbox: 0,
      audit: 0,
      sequences: 0,
    });
    expect((await openTicket(app, token)).number).toBe('CS-000001');
  });
});

describe('the workflow', () => {
  it('moves a ticket through its life, each move with its event', async () => {
    const tenant = testTenant('workflow');
    const token = tokenFor(tenant);
    const ticket = await openTicket(app, token);
    const started = await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
    const waiting = await moveTicket(app, token, ticket.id, { status: 'WAITING_ON_CUSTOMER' });
    expect(waiting.slaPausedAt).not.toBeNull();
    const back = await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
    expect(back.slaPausedAt).toBeNull();
    const resolved = await moveTicket(app, token, ticket.id, {
      status: 'RESOLVED',
      resolution: 'Parcel found',
    });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Parcel found', version: 5 });
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = await moveTicket(app, token, ticket.id, { status: 'REOPENED' });
    expect(reopened.resolvedAt).toBeNull();
    await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
    await moveTicket(app, token, ticket.id, { status: 'RESOLVED' });
    const closed = await moveTicket(app, token, ticket.id, { status: 'CLOSED' });
    expect(closed.closedAt).not.toBeNull();
    expect(started.version).toBe(2);

    // The ticket's own events (the first resolution also requests a survey: see surveys.int.spec.ts).
    const outbox = (await outboxOf(app, tenant)).filter((row) => row.type.startsWith('crm.service.ticket.'));
    expect(outbox.map((row) => [row.type.split('.')[3], row.payload.previousStatus ?? null])).toEqual([
      ['opened', null],
      ['status_changed', 'OPEN'],
      ['status_changed', 'IN_PROGRESS'],
      ['status_changed', 'WAITING_ON_CUSTOMER'],
      ['resolved', 'IN_PROGRESS'],
      ['reopened', 'RESOLVED'],
      ['status_changed', 'REOPENED'],
      ['resolved', 'IN_PROGRESS'],
      ['closed', 'RESOLVED'],
    ]);
    expect(outbox[4]!.payload.changedFields).toEqual(
      expect.arrayContaining(['status', 'resolution', 'resolvedAt']),
    );
  });

  it('refuses an illegal move or a stale version with CONFLICT, writing nothing', async () => {
    const tenant = testTenant('workflow-illegal');
    const token = tokenFor(tenant);
    const ticket = await openTicket(app, token);
    const before = await tenantRows(app, tenant);

    const illegal = await app.request(
      changeStatusMutation,
      { id: ticket.id, input: { status: 'CLOSED' } },
      token,
    );
    expect(errorOf(illegal).code).toBe('CONFLICT');
    expect(illegal.errors![0]!.message).toBe('A OPEN ticket cannot move to CLOSED (allowed: IN_PROGRESS)');
    const stale = await app.request(
      changeStatusMutation,
      { id: ticket.id, input: { status: 'IN_PROGRESS' }, expectedVersion: 7 },
      token,
    );
    expect(errorOf(stale).code).toBe('CONFLICT');
    const unknown = await app.request(
      changeStatusMutation,
      { id: randomUUID(), input: { status: 'IN_PROGRESS' } },
      token,
    );
    expect(errorOf(unknown).code).toBe('NOT_FOUND');

    expect(await tenantRows(app, tenant)).toEqual(before);
    const [row] = await app.sql('SELECT status, version FROM ticket WHERE id = $1', [ticket.id]);
    expect(row).toEqual({ status: 'OPEN', version: 1 });
  });
});

describe('complaints', () => {
  it('needs a resolution and a root cause to resolve (BAD_USER_INPUT, nothing written)', async () => {
    const tenant = testTenant('complaint');
    const token = tokenFor(tenant);
    const complaint = await openTicket(app, token, { type: 'COMPLAINT', severity: 'HIGH' });
    await moveTicket(app, token, complaint.id, { status: 'IN_PROGRESS' });
    const before = await tenantRows(app, tenant);

    const bare = await app.request(
      changeStatusMutation,
      { id: complaint.id, input: { status: 'RESOLVED' } },
      token,
    );
    expect(errorOf(bare)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.resolution': 'Resolving a complaint needs a resolution',
        'input.rootCause': 'Resolving a complaint needs a root cause',
      },
    });
    expect(await tenantRows(app, tenant)).toEqual(before);

    const resolved = await moveTicket(app, token, complaint.id, {
      status: 'RESOLVED',
      resolution: 'Refunded the shipping',
      rootCause: 'DELIVERY',
    });
    expect(resolved).toMatchObject({ status: 'RESOLVED', severity: 'HIGH', rootCause: 'DELIVERY' });
    const [event] = (await outboxOf(app, tenant)).filter(
      (row) => row.type === 'crm.service.ticket.resolved.v1',
    );
    expect(event!.payload.ticket).toMatchObject({
      rootCause: 'DELIVERY',
      resolution: 'Refunded the shipping',
    });
  });
});

describe('comments, assignment and updates', () => {
  it('sets firstResponseAt with the first public agent comment only', async () => {
    const tenant = testTenant('comments');
    const token = tokenFor(tenant);
    const ticket = await openTicket(app, token);
    type Commented = TicketView & {
      comments: {
        totalCount: number;
        edges: { node: { body: string; visibility: string; createdAt: string } }[];
      };
    };
    const comment = async (input: Record<string, unknown>) =>
      dataOf(
        await app.request<{ commentOnTicket: Commented }>(commentMutation, { id: ticket.id, input }, token),
      ).commentOnTicket;

    const internal = await comment({ body: 'Checking with the carrier', visibility: 'INTERNAL' });
    expect(internal.firstResponseAt).toBeNull();
    const fromCustomer = await comment({ body: 'Any news?', authorKind: 'CUSTOMER' });
    expect(fromCustomer.firstResponseAt).toBeNull();
    const reply = await comment({ body: 'It arrives tomorrow.' });
    expect(reply.firstResponseAt).toBe(reply.comments.edges[2]!.node.createdAt);
    const later = await comment({ body: 'Tracking link attached.' });
    expect(later.firstResponseAt).toBe(reply.firstResponseAt);
    expect(later.comments.totalCount).toBe(4);
    expect(
      later.comments.edges.map((e: { node: { body: string; visibility: string } }) => e.node.visibility),
    ).toEqual(['INTERNAL', 'PUBLIC', 'PUBLIC', 'PUBLIC']);

    const events = (await outboxOf(app, tenant)).filter(
      (row) => row.type === 'crm.service.ticket.commented.v1',
    );
    expect(events.map((row) => row.payload.changedFields)).toEqual([[], [], ['firstResponseAt'], []]);
    expect(events[2]!.payload.comment).toMatchObject({
      body: 'It arrives tomorrow.',
      authorId: 'user-support_agent',
    });

    const bad = await app.request(
      commentMutation,
      { id: ticket.id, input: { body: '', visibility: 'PUBLIC' } },
      token,
    );
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: { 'input.body': 'Must not be empty' } });
    expect((await tenantRows(app, tenant)).comments).toBe(4);
  });

  it('assigns, updates with expectedVersion and recomputes due times for a new priority', async () => {
    const tenant = testTenant('assign');
    const token = tokenFor(tenant);
    const admin = tokenFor(tenant, 'admin');
    dataOf(
      await app.request(
        setSlaPolicyMutation,
        { input: { priority: 'URGENT', firstResponseHours: 1, resolutionHours: 4 } },
        admin,
      ),
    );
    const ticket = await openTicket(app, token, { priority: 'LOW' });
    const assigned = dataOf(
      await app.request(assignTicketMutation, { id: ticket.id, assigneeId: 'agent-7' }, token),
    ).assignTicket;
    expect(assigned).toMatchObject({ assigneeId: 'agent-7', version: 2 });

    const updated = dataOf(
      await app.request(
        updateTicketMutation,
        {
          id: ticket.id,
          input: { priority: 'URGENT', subject: 'Parcel lost', tags: ['carrier'] },
          expectedVersion: 2,
        },
        token,
      ),
    ).updateTicket;
    expect(updated).toMatchObject({
      priority: 'URGENT',
      subject: 'Parcel lost',
      tags: ['carrier'],
      version: 3,
    });
    expect(Date.parse(updated.resolutionDueAt) - Date.parse(ticket.createdAt)).toBe(hours(4));

    const stale = await app.request(
      updateTicketMutation,
      { id: ticket.id, input: { subject: 'x' }, expectedVersion: 2 },
      token,
    );
    expect(errorOf(stale).code).toBe('CONFLICT');
    const complaintOnly = await app.request(
      updateTicketMutation,
      { id: ticket.id, input: { rootCause: 'BILLING' }, expectedVersion: 3 },
      token,
    );
    expect(errorOf(complaintOnly)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.rootCause': 'Only complaints have this' },
    });

    const outbox = await outboxOf(app, tenant);
    expect(outbox.map((row) => row.type.split('.')[3])).toEqual(['opened', 'assigned', 'updated']);
    expect(outbox[2]!.payload.changedFields).toEqual(
      expect.arrayContaining(['priority', 'subject', 'tags', 'firstResponseDueAt', 'resolutionDueAt']),
    );
  });
});

describe('the ticket list', () => {
  it('filters, searches, sorts and pages', async () => {
    const tenant = testTenant('list');
    const token = tokenFor(tenant);
    const customerId = randomUUID();
    const a = await openTicket(app, token, {
      customerId,
      subject: 'Broken hinge',
      priority: 'HIGH',
      type: 'REPAIR',
    });
    const b = await openTicket(app, token, { customerId, subject: 'Invoice question', priority: 'LOW' });
    const c = await openTicket(app, token, {
      subject: 'Hinge squeaks',
      priority: 'URGENT',
      type: 'TECHNICAL',
    });
    await moveTicket(app, token, c.id, { status: 'IN_PROGRESS' });
    const list = async (variables: Record<string, unknown>) =>
      dataOf(await app.request(ticketsQuery, variables, token)).tickets;

    expect((await list({})).edges.map((e: any) => e.node.id)).toEqual([c.id, b.id, a.id]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await list({ filter: { customerId: { eq: customerId } } })).totalCount).toBe(2);
    expect((await list({ filter: { status: { eq: 'IN_PROGRESS' } } })).edges[0].node.id).toBe(c.id);
    expect(
      (await list({ filter: { or: [{ type: { eq: 'REPAIR' } }, { priority: { in: ['URGENT'] } }] } }))
        .totalCount,
    ).toBe(2);
    expect((await list({ search: 'hinge' })).totalCount).toBe(2);
    expect((await list({ search: 'CS-000002' })).edges.map((e: any) => e.node.id)).toEqual([b.id]); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await list({ filter: { slaBreached: true } })).totalCount).toBe(0);
    expect((await list({ filter: { slaBreached: false } })).totalCount).toBe(3);

    const page1 = await list({ orderBy: { field: 'NUMBER', direction: 'ASC' }, first: 2 });
    expect(page1.edges.map((e: any) => e.node.number)).toEqual(['CS-000001', 'CS-000002']); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({
      orderBy: { field: 'NUMBER', direction: 'ASC' },
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    expect(page2.edges.map((e: any) => e.node.number)).toEqual(['CS-000003']); // eslint-disable-line @typescript-eslint/no-explicit-any
  });
});
