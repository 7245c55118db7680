// Roles and tenants: support agents (and admins) change tickets, every other role reads; analysts see
// no contact data; no request reaches another tenant's tickets, `_entities` included.
import { testTenant, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import {
  changeStatusMutation,
  openTicket,
  openTicketMutation,
  setSlaPolicyMutation,
  tenantRows,
  ticketQuery,
  ticketsQuery,
} from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutBackground: true }));

const entitiesQuery = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Ticket { id number requesterEmail }
    ... on Customer { id openTicketCount tickets { totalCount edges { node { id } } } }
  }
}`;

describe('roles', () => {
  it('lets only support agents and admins change tickets, and only admins set SLA policies', async () => {
    const tenant = testTenant('roles');
    const ticket = await openTicket(app, tokenFor(tenant, 'support_agent'), {
      requesterEmail: 'ann@example.com',
    });
    for (const role of ['sales_manager', 'sales_rep', 'marketer', 'analyst', 'readonly'] as const) {
      const token = tokenFor(tenant, role);
      const open = await app.request(
        openTicketMutation,
        { input: { customerId: ticket.customer.id, type: 'INQUIRY', channel: 'WEB', subject: 'x' } },
        token,
      );
      expect(errorOf(open).code).toBe('FORBIDDEN');
      const move = await app.request(
        changeStatusMutation,
        { id: ticket.id, input: { status: 'IN_PROGRESS' } },
        token,
      );
      expect(errorOf(move).code).toBe('FORBIDDEN');
      expect(dataOf(await app.request(ticketQuery, { id: ticket.id }, token)).ticket.id).toBe(ticket.id);
    }
    const policy = { input: { priority: 'LOW', firstResponseHours: 8, resolutionHours: 48 } };
    expect(
      errorOf(await app.request(setSlaPolicyMutation, policy, tokenFor(tenant, 'support_agent'))).code,
    ).toBe('FORBIDDEN');
    expect(
      dataOf(await app.request(setSlaPolicyMutation, policy, tokenFor(tenant, 'admin'))).setSlaPolicy,
    ).toMatchObject({
      priority: 'LOW',
      firstResponseHours: 8,
    });
    expect(errorOf(await app.request(ticketQuery, { id: ticket.id })).code).toBe('UNAUTHENTICATED');
    expect(await tenantRows(app, tenant)).toMatchObject({ tickets: 1, outbox: 1 });
  });

  it('shows analysts no contact data', async () => {
    const tenant = testTenant('analyst');
    const ticket = await openTicket(app, tokenFor(tenant), { requesterEmail: 'ann@example.com' });
    const asAgent = dataOf(await app.request(ticketQuery, { id: ticket.id }, tokenFor(tenant))).ticket;
    const asAnalyst = dataOf(
      await app.request(ticketQuery, { id: ticket.id }, tokenFor(tenant, 'analyst')),
    ).ticket;
    expect(asAgent.requesterEmail).toBe('ann@example.com');
    expect(asAnalyst.requesterEmail).toBeNull();
    const entities = dataOf(
      await app.request(
        entitiesQuery,
        { representations: [{ __typename: 'Ticket', id: ticket.id }] },
        tokenFor(tenant, 'analyst'),
      ),
    )._entities;
    expect(entities).toEqual([{ id: ticket.id, number: 'CS-000001', requesterEmail: null }]);
  });
});

describe('tenants', () => {
  it("never shows or changes another tenant's tickets, through _entities neither", async () => {
    const mine = testTenant('mine');
    const theirs = testTenant('theirs');
    const ticket = await openTicket(app, tokenFor(theirs));
    const token = tokenFor(mine);

    expect(dataOf(await app.request(ticketQuery, { id: ticket.id }, token)).ticket).toBeNull();
    expect(dataOf(await app.request(ticketsQuery, {}, token)).tickets.totalCount).toBe(0);
    const move = await app.request(
      changeStatusMutation,
      { id: ticket.id, input: { status: 'IN_PROGRESS' } },
      token,
    );
    expect(errorOf(move).code).toBe('NOT_FOUND');
    const entities = dataOf(
      await app.request(
        entitiesQuery,
        {
          representations: [
            { __typename: 'Ticket', id: ticket.id },
            { __typename: 'Customer', id: ticket.customer.id },
          ],
        },
        token,
      ),
    )._entities;
    expect(entities).toEqual([
      null,
      { id: ticket.customer.id, openTicketCount: 0, tickets: { totalCount: 0, edges: [] } },
    ]);
    const [row] = await app.sql('SELECT status, version FROM ticket WHERE id = $1', [ticket.id]);
    expect(row).toEqual({ status: 'OPEN', version: 1 });
  });
});
