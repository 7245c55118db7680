// Lead mutations against the real service: each writes the lead, its audit record and one outbox event
// in one transaction; bad input and illegal moves write nothing and emit nothing (docs/architecture.md §5).
import { testTenant } from '@crm/testkit';
import {
  changeLeadStatusMutation,
  createLead,
  createLeadMutation,
  deleteLeadMutation,
  leadQuery,
  updateLeadMutation,
  validLead,
  type LeadView,
} from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

describe('createLead', () => {
  it('creates a NEW lead owned by the caller, scored by its rules, with one created event', async () => {
    const tenant = testTenant('lead-create');
    const lead = await createLead(app, tokenFor(tenant, 'sales_rep', 'rep-1'), {
      email: ' Grace@NavyLabs.example ',
    });
    expect(lead).toMatchObject({
      fullName: 'Grace Hopper',
      email: 'grace@navylabs.example',
      status: 'NEW',
      ownerId: 'rep-1',
      score: 80,
      version: 1,
    });
    expect(lead.scoreRules.reduce((sum, rule) => sum + rule.points, 0)).toBe(lead.score);
    expect(lead.scoreRules.map((rule) => rule.rule)).toContain('SENIORITY');

    const outbox = await outboxOf(app, tenant);
    expect(outbox.map((row) => [row.type, row.aggregateid])).toEqual([
      ['crm.sales.lead.created.v1', lead.id],
    ]);
    expect(outbox[0]!.payload).toMatchObject({
      lead: { id: lead.id, tenantId: tenant, status: 'NEW', score: 80, ownerId: 'rep-1' },
      changedFields: expect.arrayContaining(['firstName', 'status', 'score']),
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const tenant = testTenant('lead-invalid');
    const token = tokenFor(tenant);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ lastName: '  ' }, { 'input.lastName': 'Must not be empty' }],
      [{ email: 'not-an-email' }, { 'input.email': 'Not a valid email address' }],
      [{ phone: 'call me' }, { 'input.phone': expect.stringMatching(/phone/) as unknown as string }],
      [{ source: 'BILLBOARD' }, { 'input.source': expect.stringMatching(/BILLBOARD/) as unknown as string }],
    ];
    for (const [input, fields] of cases) {
      const response = await app.request(createLeadMutation, { input: { ...validLead, ...input } }, token);
      expect(errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields });
    }
    expect(await tenantRows(app, tenant)).toMatchObject({ leads: 0, outbox: 0, audit: 0 });
  });
});

describe('updateLead', () => {
  it('changes the given fields, rescores, and names what changed in the event', async () => {
    const tenant = testTenant('lead-update');
    const token = tokenFor(tenant);
    const lead = await createLead(app, token, { phone: null });
    const response = await app.request<{ updateLead: LeadView }>(
      updateLeadMutation,
      { id: lead.id, input: { phone: '+49 30 123456', title: 'Engineer' }, expectedVersion: 1 },
      token,
    );
    const updated = dataOf(response).updateLead;
    expect(updated).toMatchObject({ phone: '+49 30 123456', title: 'Engineer', version: 2 });
    expect(updated.score).toBe(lead.score + 10 - 20);
    const [, event] = await outboxOf(app, tenant);
    expect(event).toMatchObject({
      type: 'crm.sales.lead.updated.v1',
      payload: { changedFields: ['title', 'phone', 'score'] },
    });
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const tenant = testTenant('lead-stale');
    const token = tokenFor(tenant);
    const lead = await createLead(app, token);
    const before = await tenantRows(app, tenant);
    const response = await app.request(
      updateLeadMutation,
      { id: lead.id, input: { company: 'Other' }, expectedVersion: 7 },
      token,
    );
    expect(errorOf(response).code).toBe('CONFLICT');
    expect(await tenantRows(app, tenant)).toEqual(before);
  });
});

describe('changeLeadStatus', () => {
  it('moves NEW → CONTACTED → QUALIFIED with a status_changed event each', async () => {
    const tenant = testTenant('lead-status');
    const token = tokenFor(tenant);
    const lead = await createLead(app, token);
    for (const status of ['CONTACTED', 'QUALIFIED']) {
      const moved = dataOf(
        await app.request<{ changeLeadStatus: LeadView }>(
          changeLeadStatusMutation,
          { id: lead.id, status },
          token,
        ),
      );
      expect(moved.changeLeadStatus.status).toBe(status);
    }
    const events = (await outboxOf(app, tenant)).slice(1);
    expect(events.map((row) => [row.type, row.payload.previousStatus, row.payload.lead.status])).toEqual([
      ['crm.sales.lead.status_changed.v1', 'NEW', 'CONTACTED'],
      ['crm.sales.lead.status_changed.v1', 'CONTACTED', 'QUALIFIED'],
    ]);
    expect(events[1]!.payload.lead.score).toBe(lead.score + 20);
  });

  it.each([
    ['NEW', 'QUALIFIED', []],
    ['NEW', 'NEW', []],
    ['CONTACTED', 'NEW', ['CONTACTED']],
    ['UNQUALIFIED', 'QUALIFIED', ['CONTACTED', 'UNQUALIFIED']],
    ['CONTACTED', 'CONVERTED', ['CONTACTED']],
  ])('refuses %s → %s with CONFLICT, no write, no event', async (_from, to, path) => {
    const tenant = testTenant('lead-illegal');
    const token = tokenFor(tenant);
    const lead = await createLead(app, token);
    for (const status of path)
      dataOf(await app.request(changeLeadStatusMutation, { id: lead.id, status }, token));
    const before = await tenantRows(app, tenant);
    const response = await app.request(changeLeadStatusMutation, { id: lead.id, status: to }, token);
    expect(errorOf(response).code).toBe('CONFLICT');
    expect(await tenantRows(app, tenant)).toEqual(before);
  });
});

describe('deleteLead', () => {
  it('deletes the lead with a deleted event carrying its last state', async () => {
    const tenant = testTenant('lead-delete');
    const token = tokenFor(tenant);
    const lead = await createLead(app, token);
    dataOf(await app.request(deleteLeadMutation, { id: lead.id, expectedVersion: 1 }, token));
    expect(dataOf(await app.request(leadQuery, { id: lead.id }, token)).lead).toBeNull();
    const events = await outboxOf(app, tenant);
    expect(events.at(-1)).toMatchObject({
      type: 'crm.sales.lead.deleted.v1',
      payload: { lead: { id: lead.id, status: 'NEW' }, changedFields: [] },
    });
    expect(await tenantRows(app, tenant)).toMatchObject({ leads: 0 });
  });
});

describe('leads', () => {
  it('searches, filters, sorts by score and pages by cursor', async () => {
    const tenant = testTenant('lead-list');
    const token = tokenFor(tenant);
    await createLead(app, token, { lastName: 'Low', title: null, phone: null, source: 'OTHER' });
    await createLead(app, token, { lastName: 'High', company: 'Zeta Corp' });
    await createLead(app, token, { lastName: 'Mid', title: null, source: 'WEB' });
    const query = `query ($after: String) {
      leads(orderBy: { field: SCORE, direction: DESC }, first: 2, after: $after) {
        edges { node { lastName score } } pageInfo { hasNextPage endCursor } totalCount
      }
    }`;
    const first = dataOf(await app.request(query, {}, token)).leads;
    expect(first.edges.map((edge: { node: { lastName: string } }) => edge.node.lastName)).toEqual([
      'High',
      'Mid',
    ]);
    expect(first.totalCount).toBe(3);
    const second = dataOf(await app.request(query, { after: first.pageInfo.endCursor }, token)).leads;
    expect(second.edges.map((edge: { node: { lastName: string } }) => edge.node.lastName)).toEqual(['Low']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const filtered = dataOf(
      await app.request(
        `{ leads(search: "zeta", filter: { status: { eq: NEW }, source: { in: [REFERRAL] } }) { edges { node { lastName } } } }`,
        {},
        token,
      ),
    ).leads;
    expect(filtered.edges).toEqual([{ node: { lastName: 'High' } }]);
  });
});
