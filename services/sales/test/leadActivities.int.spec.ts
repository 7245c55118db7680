// Follow-up activities of a lead: added with a due date, listed on the lead (overdue and completed
// filters), completed once; each change has its audit record and an event on the lead's topic.
import { testTenant } from '@crm/testkit';
import { convertLeadMutation, createLead, qualifiedLead } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const activityFields = 'id kind subject dueDate ownerId overdue completedAt completedBy outcome version';
const add = `mutation ($leadId: UUID!, $input: AddLeadActivityInput!) {
  addLeadActivity(leadId: $leadId, input: $input) { ${activityFields} }
}`;
const complete = `mutation ($id: UUID!, $outcome: String, $v: Int) {
  completeLeadActivity(id: $id, outcome: $outcome, expectedVersion: $v) { ${activityFields} }
}`;
const activities = `query ($id: UUID!, $overdue: Boolean, $completed: Boolean) {
  lead(id: $id) { activities(overdue: $overdue, completed: $completed) { subject } }
}`;

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function activityCount(tenant: string): Promise<number> {
  const [row] = await app.sql<{ n: number }>(
    'SELECT count(*)::int AS n FROM lead_activity WHERE tenant_id = $1',
    [tenant],
  );
  return row!.n;
}

it('adds follow-ups with due dates, lists the overdue ones, and completes them once', async () => {
  const tenant = testTenant('lead-activities');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const lead = await createLead(app, token);
  const added = [];
  for (const [subject, dueDate, kind] of [
    ['Call back', day(-3), 'CALL'],
    ['Send pricing', day(-1), 'EMAIL'],
    ['Demo', day(0), 'MEETING'],
    ['Check in', day(7), undefined],
  ] as const) {
    added.push(
      dataOf(await app.request(add, { leadId: lead.id, input: { subject, dueDate, kind } }, token))
        .addLeadActivity,
    );
  }
  expect(added.map((activity) => [activity.kind, activity.ownerId, activity.overdue])).toEqual([
    ['CALL', 'rep-1', true],
    ['EMAIL', 'rep-1', true],
    ['MEETING', 'rep-1', false], // due today: not overdue yet
    ['TASK', 'rep-1', false],
  ]);
  const list = async (variables: Record<string, unknown>) =>
    dataOf(await app.request(activities, { id: lead.id, ...variables }, token)).lead.activities.map(
      (activity: { subject: string }) => activity.subject,
    );
  expect(await list({})).toEqual(['Call back', 'Send pricing', 'Demo', 'Check in']);
  expect(await list({ overdue: true })).toEqual(['Call back', 'Send pricing']);

  const done = dataOf(
    await app.request(complete, { id: added[0].id, outcome: 'Interested, wants a demo', v: 1 }, token),
  ).completeLeadActivity;
  expect(done).toMatchObject({
    overdue: false,
    completedAt: expect.any(String),
    completedBy: 'rep-1',
    outcome: 'Interested, wants a demo',
    version: 2,
  });
  expect(await list({ overdue: true })).toEqual(['Send pricing']);
  expect(await list({ completed: true })).toEqual(['Call back']);
  expect(errorOf(await app.request(complete, { id: added[0].id }, token)).code).toBe('CONFLICT');

  const events = (await outboxOf(app, tenant)).filter((row) => row.type.includes('activity'));
  expect(events.map((row) => [row.type, row.aggregateid, row.payload.activity.subject])).toEqual([
    ['crm.sales.lead.activity_added.v1', lead.id, 'Call back'],
    ['crm.sales.lead.activity_added.v1', lead.id, 'Send pricing'],
    ['crm.sales.lead.activity_added.v1', lead.id, 'Demo'],
    ['crm.sales.lead.activity_added.v1', lead.id, 'Check in'],
    ['crm.sales.lead.activity_completed.v1', lead.id, 'Call back'],
  ]);
  expect(events.at(-1)!.payload.changedFields).toEqual(['completedAt', 'completedBy', 'outcome']);
});

it("keeps another rep away from a lead's follow-ups: not listed, NOT_FOUND to complete even with a version", async () => {
  const tenant = testTenant('lead-activities-owner');
  const owner = tokenFor(tenant, 'sales_rep', 'rep-1');
  const otherRep = tokenFor(tenant, 'sales_rep', 'rep-2');
  const lead = await createLead(app, owner);
  const activity = dataOf(
    await app.request(add, { leadId: lead.id, input: { subject: 'Call back', dueDate: day(1) } }, owner),
  ).addLeadActivity;
  expect(dataOf(await app.request(activities, { id: lead.id }, otherRep)).lead).toBeNull();
  const before = await tenantRows(app, tenant);
  for (const v of [undefined, 1, 7]) {
    expect(errorOf(await app.request(complete, { id: activity.id, v }, otherRep))).toEqual({
      code: 'NOT_FOUND',
    });
  }
  expect(await tenantRows(app, tenant)).toEqual(before);
  const stale = errorOf(await app.request(complete, { id: activity.id, v: 7 }, owner));
  expect(stale.code).toBe('CONFLICT');
});

it('refuses bad input, other owners for a rep, and converted leads, writing nothing', async () => {
  const tenant = testTenant('lead-activities-invalid');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const lead = await qualifiedLead(app, token);
  const bad = await app.request(
    add,
    { leadId: lead.id, input: { subject: ' ', dueDate: 'tomorrow' } },
    token,
  );
  expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
  const blank = await app.request(add, { leadId: lead.id, input: { subject: ' ', dueDate: day(1) } }, token);
  expect(errorOf(blank)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.subject': 'Must not be empty' },
  });
  const forOther = await app.request(
    add,
    { leadId: lead.id, input: { subject: 'Call', dueDate: day(1), ownerId: 'rep-2' } },
    token,
  );
  expect(errorOf(forOther).code).toBe('FORBIDDEN');
  const otherRep = tokenFor(tenant, 'sales_rep', 'rep-2');
  const notOwn = await app.request(
    add,
    { leadId: lead.id, input: { subject: 'Call', dueDate: day(1) } },
    otherRep,
  );
  expect(errorOf(notOwn).code).toBe('NOT_FOUND');
  dataOf(
    await app.request(
      convertLeadMutation,
      { id: lead.id, input: { newCustomer: { kind: 'PERSON' } } },
      token,
    ),
  );
  const converted = await app.request(
    add,
    { leadId: lead.id, input: { subject: 'Call', dueDate: day(1) } },
    token,
  );
  expect(errorOf(converted).code).toBe('CONFLICT');
  expect(await activityCount(tenant)).toBe(0);
  expect((await outboxOf(app, tenant)).filter((row) => row.type.includes('activity'))).toEqual([]);
});
