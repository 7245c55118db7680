// SLA breaches with an injected clock: two schedulers (two service instances on one database) mark
// each breach once, raise the escalation level and emit sla_breached and escalated once.
import { testTenant } from '@crm/testkit';
import { markSlaBreaches, slaScheduler } from '../src/sla/slaScheduler';
import { dataOf, startServiceService, tokenFor, type ServiceTestService } from './support/serviceTestService';
import {
  moveTicket,
  openTicket,
  outboxOf,
  setSlaPolicyMutation,
  ticketsQuery,
} from './support/ticketOperations';

let app: ServiceTestService;
let replica: ServiceTestService;

beforeAll(async () => {
  app = await startServiceService({ withoutBackground: true });
  replica = await startServiceService({ withoutBackground: true, sameDatabasesAs: app });
});

afterAll(async () => {
  await replica?.stop();
  await app?.stop();
});

const hoursLater = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000);

async function withPolicy(tenant: string) {
  dataOf(
    await app.request(
      setSlaPolicyMutation,
      { input: { priority: 'HIGH', firstResponseHours: 1, resolutionHours: 4 } },
      tokenFor(tenant, 'admin'),
    ),
  );
}

it('handles each breach once with two schedulers running on one database', async () => {
  const tenant = testTenant('sla-twice');
  const token = tokenFor(tenant);
  await withPolicy(tenant);
  const tickets = [];
  for (let i = 0; i < 12; i++) tickets.push(await openTicket(app, token, { priority: 'HIGH' }));
  const waiting = await openTicket(app, token, { priority: 'HIGH' });
  await moveTicket(app, token, waiting.id, { status: 'IN_PROGRESS' });
  await moveTicket(app, token, waiting.id, { status: 'WAITING_ON_CUSTOMER' });
  const lowPriority = await openTicket(app, token, { priority: 'LOW' }); // no policy, no due times

  // Two hours on: first responses are late, resolutions not yet. Small batches make the two interleave.
  const twoHoursOn = hoursLater(tickets[0]!.createdAt, 2);
  const runBoth = (now: Date) =>
    Promise.all(
      [app, replica, app, replica].map(async (instance) => {
        let handled = 0;
        for (let round; (round = await markSlaBreaches(instance.service.dataSource, now, 3)) > 0;)
          handled += round;
        return handled;
      }),
    );
  const handled = await runBoth(twoHoursOn);
  expect(handled.reduce((a, b) => a + b, 0)).toBe(12);
  expect(await runBoth(twoHoursOn)).toEqual([0, 0, 0, 0]);

  let events = await outboxOf(app, tenant);
  const breaches = events.filter((row) => row.type === 'crm.service.ticket.sla_breached.v1');
  expect(breaches).toHaveLength(12);
  expect(new Set(breaches.map((row) => row.aggregateid))).toEqual(new Set(tickets.map((t) => t.id)));
  expect(breaches.every((row) => row.payload.breach === 'FIRST_RESPONSE')).toBe(true);
  expect(events.filter((row) => row.type === 'crm.service.ticket.escalated.v1')).toHaveLength(12);

  // Five hours on: resolutions are late too; each once more, level 2.
  await runBoth(hoursLater(tickets[0]!.createdAt, 5));
  events = await outboxOf(app, tenant);
  expect(events.filter((row) => row.type === 'crm.service.ticket.sla_breached.v1')).toHaveLength(24);
  const rows = await app.sql('SELECT id, escalation_level, sla_breached FROM ticket WHERE tenant_id = $1', [
    tenant,
  ]);
  const level = new Map(rows.map((row) => [row.id, row.escalation_level]));
  expect(tickets.map((t) => level.get(t.id))).toEqual(tickets.map(() => 2));
  expect(level.get(waiting.id)).toBe(0); // paused while waiting on the customer
  expect(level.get(lowPriority.id)).toBe(0);

  const breached = dataOf(
    await app.request(ticketsQuery, { filter: { slaBreached: true }, first: 50 }, token),
  ).tickets;
  expect(breached.totalCount).toBe(12);
  const audit = await app.sql(
    "SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND actor_id = 'system:sla-scheduler'",
    [tenant],
  );
  expect(audit[0]!.n).toBe(24);
});

it('runs as a background task on an interval with its injected clock', async () => {
  const tenant = testTenant('sla-task');
  const token = tokenFor(tenant);
  await withPolicy(tenant);
  const ticket = await openTicket(app, token, { priority: 'HIGH' });
  const clock = () => hoursLater(ticket.createdAt, 2);
  const tasks = [app, replica].map((instance) =>
    slaScheduler({
      dataSource: instance.service.dataSource,
      intervalMs: 50,
      clock,
      log: instance.service.log,
    }),
  );
  tasks.forEach((task) => task.start());
  try {
    const { waitFor } = await import('@crm/testkit');
    await waitFor(
      async () => (await outboxOf(app, tenant)).some((row) => row.type === 'crm.service.ticket.escalated.v1'),
      { what: 'the scheduler to mark the breach', timeoutMs: 30_000 },
    );
  } finally {
    await Promise.all(tasks.map((task) => task.stop()));
  }
  const breaches = (await outboxOf(app, tenant)).filter(
    (row) => row.type === 'crm.service.ticket.sla_breached.v1',
  );
  expect(breaches.map((row) => row.payload.breach)).toEqual(['FIRST_RESPONSE']);
  expect(breaches[0]!.payload.ticket).toMatchObject({ slaBreached: true, escalationLevel: 1 });
});

it('raises the priority on a breach when the policy says so, with the escalation', async () => {
  const tenant = testTenant('sla-bump');
  const token = tokenFor(tenant);
  dataOf(
    await app.request(
      setSlaPolicyMutation,
      {
        input: { priority: 'MEDIUM', firstResponseHours: 1, resolutionHours: 4, bumpPriorityOnBreach: true },
      },
      tokenFor(tenant, 'admin'),
    ),
  );
  const ticket = await openTicket(app, token, { priority: 'MEDIUM' });
  await markSlaBreaches(app.service.dataSource, hoursLater(ticket.createdAt, 2));
  // HIGH has no policy asking for a bump: the resolution breach leaves it HIGH.
  await markSlaBreaches(app.service.dataSource, hoursLater(ticket.createdAt, 5));

  const events = (await outboxOf(app, tenant)).filter(
    (row) => row.type === 'crm.service.ticket.escalated.v1',
  );
  expect(
    events.map((row) => [row.payload.ticket.priority, row.payload.reason, row.payload.changedFields]),
  ).toEqual([
    ['HIGH', 'SLA breached: FIRST_RESPONSE; priority MEDIUM → HIGH', ['escalationLevel', 'priority']],
    ['HIGH', 'SLA breached: RESOLUTION', ['escalationLevel']],
  ]);
  const [row] = await app.sql('SELECT priority, escalation_level FROM ticket WHERE id = $1', [ticket.id]);
  expect(row).toEqual({ priority: 'HIGH', escalation_level: 2 });
});
