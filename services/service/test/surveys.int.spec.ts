// Surveys: resolving a ticket creates one with a secret link (only its hash stored) that no one on staff
// gets; the link's holder, without a login, sees only the question and answers once, before it expires.
// Mailing the link to the customer is issue 17: until then the tests stand in for it (deliveredSurveyToken).
import { createHash } from 'node:crypto';
import { readTopic, testTenant, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import { deliveredSurveyToken, moveTicket, openTicket, outboxOf } from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

const DAY_MS = 86_400_000;

const resolveMutation = `mutation Resolve($id: UUID!) {
  changeTicketStatus(id: $id, input: { status: RESOLVED }) {
    resolvedAt
    survey { id status question csat nps expiresAt answeredAt linkToken }
  }
}`;
const ticketSurveyQuery = `query TicketSurvey($id: UUID!) {
  ticket(id: $id) { survey { id status csat nps comment answeredAt linkToken } }
}`;
const invitationQuery = `query Invitation($token: String!) {
  surveyByToken(token: $token) { question status expiresAt }
}`;
const submitMutation = `mutation Submit($token: String!, $csat: Int!, $nps: Int!, $comment: String) {
  submitSurvey(token: $token, csat: $csat, nps: $nps, comment: $comment) { question status expiresAt }
}`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A resolved ticket of `tenant`, assigned to `agent-7`, and the link token its customer received. */
async function resolvedTicket(tenant: string) {
  const token = tokenFor(tenant);
  const ticket = await openTicket(app, token, { type: 'TECHNICAL', assigneeId: 'agent-7' });
  await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
  const resolved = dataOf(await app.request(resolveMutation, { id: ticket.id }, token)).changeTicketStatus;
  const linkToken = await deliveredSurveyToken(app.service.dataSource, ticket.id);
  return { ticket, resolved, linkToken, token };
}

async function surveyRows(tenant: string) {
  return app.sql<{ status: string; token_hash: string; csat: number | null }>(
    'SELECT status, token_hash, csat FROM survey WHERE tenant_id = $1',
    [tenant],
  );
}

it('creates a survey on resolution whose link token is stored only as a hash and shown to nobody', async () => {
  const tenant = testTenant('survey-create');
  const token = tokenFor(tenant);
  const ticket = await openTicket(app, token, { type: 'TECHNICAL', assigneeId: 'agent-7' });
  await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
  const resolved = dataOf(await app.request(resolveMutation, { id: ticket.id }, token)).changeTicketStatus;
  expect(resolved.survey).toMatchObject({
    status: 'PENDING',
    csat: null,
    nps: null,
    answeredAt: null,
    linkToken: null,
  });
  expect(Date.parse(resolved.survey.expiresAt) - Date.parse(resolved.resolvedAt)).toBe(30 * DAY_MS);

  // Any later read: the survey, and no token either.
  const later = dataOf(await app.request(ticketSurveyQuery, { id: ticket.id }, token)).ticket.survey;
  expect(later).toMatchObject({ id: resolved.survey.id, status: 'PENDING', linkToken: null });

  const [row] = await surveyRows(tenant);
  expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);

  const outbox = await outboxOf(app, tenant);
  const requested = outbox.filter((event) => event.type === 'crm.service.survey.requested.v1');
  expect(requested).toHaveLength(1);
  expect(requested[0]!.payload.survey).toMatchObject({
    id: resolved.survey.id,
    ticketId: ticket.id,
    customerId: ticket.customer.id,
    ticketType: 'TECHNICAL',
    assigneeId: 'agent-7',
    status: 'PENDING',
  });
  expect(JSON.stringify(outbox)).not.toContain(row!.token_hash);

  // Reopened and resolved again: the customer is not asked twice.
  await moveTicket(app, token, ticket.id, { status: 'REOPENED' });
  await moveTicket(app, token, ticket.id, { status: 'IN_PROGRESS' });
  const again = dataOf(await app.request(resolveMutation, { id: ticket.id }, token)).changeTicketStatus;
  expect(again.survey).toMatchObject({ id: resolved.survey.id, linkToken: null });
  expect(await surveyRows(tenant)).toHaveLength(1);
});

it('shows the holder of a link, without a login, the question and nothing of the ticket', async () => {
  const { linkToken } = await resolvedTicket(testTenant('survey-view'));
  const invitation = dataOf(await app.request(invitationQuery, { token: linkToken })).surveyByToken;
  expect(invitation).toEqual({
    question: expect.stringContaining('How satisfied'),
    status: 'PENDING',
    expiresAt: expect.any(String),
  });
  const fields = dataOf(
    // Reading the schema needs a token outside development; the type's fields are the same for everyone.
    await app.request(
      '{ __type(name: "SurveyInvitation") { fields { name } } }',
      {},
      tokenFor(testTenant('schema')),
    ),
  ).__type.fields.map((field: { name: string }) => field.name);
  expect(fields.sort()).toEqual(['expiresAt', 'question', 'status']);

  expect(dataOf(await app.request(invitationQuery, { token: 'not-a-real-token' })).surveyByToken).toBeNull();
  // Everything else still needs a token.
  const ticketQuery = '{ tickets { totalCount } }';
  expect(errorOf(await app.request(ticketQuery, {})).code).toBe('UNAUTHENTICATED');
});

it('takes one answer without a login, refusing bad input, a second answer and an unknown link', async () => {
  const tenant = testTenant('survey-answer');
  const { ticket, linkToken, token } = await resolvedTicket(tenant);
  const eventsBefore = (await outboxOf(app, tenant)).length;

  const bad = errorOf(await app.request(submitMutation, { token: linkToken, csat: 6, nps: -1 }));
  expect(bad.code).toBe('BAD_USER_INPUT');
  expect(bad.fields).toEqual({ csat: 'From 1 to 5', nps: 'From 0 to 10' });
  expect((await surveyRows(tenant))[0]).toMatchObject({ status: 'PENDING', csat: null });
  expect(await outboxOf(app, tenant)).toHaveLength(eventsBefore);

  const answered = dataOf(
    await app.request(submitMutation, { token: linkToken, csat: 4, nps: 9, comment: 'Quick and kind.' }),
  ).submitSurvey;
  expect(answered.status).toBe('ANSWERED');

  const second = errorOf(await app.request(submitMutation, { token: linkToken, csat: 1, nps: 0 }));
  expect(second.code).toBe('CONFLICT');
  const unknown = errorOf(await app.request(submitMutation, { token: 'guessed', csat: 5, nps: 10 }));
  expect(unknown.code).toBe('NOT_FOUND');

  const survey = dataOf(await app.request(ticketSurveyQuery, { id: ticket.id }, token)).ticket.survey;
  expect(survey).toMatchObject({ status: 'ANSWERED', csat: 4, nps: 9, comment: 'Quick and kind.' });

  const outbox = await outboxOf(app, tenant);
  const answers = outbox.filter((event) => event.type === 'crm.service.survey.answered.v1');
  expect(outbox).toHaveLength(eventsBefore + 1);
  expect(answers[0]!.payload.survey).toMatchObject({
    tenantId: tenant,
    ticketId: ticket.id,
    customerId: ticket.customer.id,
    ticketType: 'TECHNICAL',
    assigneeId: 'agent-7',
    csat: 4,
    nps: 9,
    answeredAt: survey.answeredAt,
  });
  const [audit] = await app.sql<{ actor_id: string }>(
    "SELECT actor_id FROM audit_log WHERE tenant_id = $1 AND operation = 'submitSurvey'",
    [tenant],
  );
  expect(audit!.actor_id).toBe('public:survey-link');

  // Agents and managers read the answers, e.g. by agent or answered only.
  const list = async (filter: Record<string, unknown>) =>
    dataOf(
      await app.request(
        'query($filter: SurveyFilter) { surveys(filter: $filter) { totalCount edges { node { csat nps ticketType assigneeId ticket { id } } } } }',
        { filter },
        tokenFor(tenant, 'readonly'),
      ),
    ).surveys;
  expect(await list({ answered: true, assigneeId: { eq: 'agent-7' } })).toEqual({
    totalCount: 1,
    edges: [
      {
        node: { csat: 4, nps: 9, ticketType: 'TECHNICAL', assigneeId: 'agent-7', ticket: { id: ticket.id } },
      },
    ],
  });
  expect((await list({ answered: false })).totalCount).toBe(0);

  // The answer reaches Kafka, keyed by the survey.
  const messages = await readTopic(app.service.kafka, 'crm.service.survey', {
    until: (read) =>
      read.some((m) => m.headers.ce_type === 'crm.service.survey.answered.v1' && m.key === survey.id),
    // A fresh reader replays the whole topic, other runs' events too: give it time under load.
    timeoutMs: 45_000,
  });
  expect(messages.find((m) => m.key === survey.id && m.headers.ce_tenantid === tenant)).toBeDefined();
});

it('refuses an answer after the link expired', async () => {
  const tenant = testTenant('survey-expired');
  const { linkToken } = await resolvedTicket(tenant);
  await app.sql("UPDATE survey SET expires_at = now() - interval '1 minute' WHERE tenant_id = $1", [tenant]);
  const eventsBefore = (await outboxOf(app, tenant)).length;

  expect(dataOf(await app.request(invitationQuery, { token: linkToken })).surveyByToken.status).toBe(
    'EXPIRED',
  );
  const late = errorOf(await app.request(submitMutation, { token: linkToken, csat: 5, nps: 10 }));
  expect(late.code).toBe('CONFLICT');
  expect((await surveyRows(tenant))[0]!.status).toBe('PENDING');
  expect(await outboxOf(app, tenant)).toHaveLength(eventsBefore);
});

/** Every string in a JSON value (a response, an event, an audit record), however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

it('gives nobody on staff the survey link: the resolving agent cannot answer their own survey', async () => {
  const tenant = testTenant('survey-staff');
  const agent = tokenFor(tenant); // the support agent who works the ticket
  const ticket = await openTicket(app, agent, { type: 'TECHNICAL', assigneeId: 'user-support_agent' });
  await moveTicket(app, agent, ticket.id, { status: 'IN_PROGRESS' });
  const resolved = dataOf(await app.request(resolveMutation, { id: ticket.id }, agent)).changeTicketStatus;
  expect(resolved.survey).toMatchObject({ status: 'PENDING', linkToken: null });

  // Nothing staff can read is the token: no string of the resolving response, of any role's later read,
  // of the events or of the audit trail hashes to what the survey's link is looked up by.
  const linkHash = (await surveyRows(tenant))[0]!.token_hash;
  const staffReads: unknown[] = [resolved];
  for (const role of ['support_agent', 'admin', 'readonly'] as const) {
    const staff = tokenFor(tenant, role);
    staffReads.push(dataOf(await app.request(ticketSurveyQuery, { id: ticket.id }, staff)));
    staffReads.push(
      dataOf(
        await app.request(
          '{ surveys { edges { node { id status assigneeId linkToken ticket { id } } } } }',
          {},
          staff,
        ),
      ),
    );
  }
  staffReads.push(await outboxOf(app, tenant));
  staffReads.push(await app.sql('SELECT * FROM audit_log WHERE tenant_id = $1', [tenant]));
  const seen = stringsIn(staffReads);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((text) => sha256(text) === linkHash)).toEqual([]);

  // The field stays for clients that still ask for it (removing it would fail their whole operation),
  // marked deprecated.
  const field = dataOf(
    await app.request(
      '{ __type(name: "Survey") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
      {},
      // Introspection needs a token outside development.
      tokenFor(tenant, 'support_agent'),
    ),
  ).__type.fields.find((candidate: { name: string }) => candidate.name === 'linkToken');
  expect(field).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining('never') });
});
