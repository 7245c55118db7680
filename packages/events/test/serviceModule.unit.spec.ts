// A module's access: who may read it and change it, with named exceptions; nothing it resolves is left open.
import { defineModule } from '../src/service/serviceModule';

const resolvers = {
  Query: { ticket: () => 'ticket', tickets: () => [] },
  Mutation: { openTicket: () => 'opened', deleteTicket: () => true },
  Ticket: { __resolveReference: () => 'ticket', subject: () => 'subject' },
};

describe('defineModule', () => {
  test('gives queries and entity lookups the read roles, mutations the change roles', () => {
    const module = defineModule({
      resolvers,
      access: { read: ['analyst'], change: ['support_agent'] },
      permissions: { 'Mutation.deleteTicket': ['admin'] },
    });
    expect(module.permissions).toEqual({
      'Query.ticket': ['analyst'],
      'Query.tickets': ['analyst'],
      'Mutation.openTicket': ['support_agent'],
      'Mutation.deleteTicket': ['admin'],
      'Ticket.__resolveReference': ['analyst'],
    });
  });

  test('leaves a field without access or exception unpermitted (start then fails), never open', () => {
    const module = defineModule({ resolvers, access: { read: ['analyst'] } });
    expect(module.permissions).not.toHaveProperty('Mutation.openTicket');
    expect(module.permissions).not.toHaveProperty('Ticket.subject');
  });

  test('refuses an exception for a field the module does not resolve (a misspelt name)', () => {
    expect(() =>
      defineModule({
        resolvers,
        access: { read: ['analyst'] },
        permissions: { 'Mutation.openTikcet': ['admin'] },
      }),
    ).toThrow('A permission for Mutation.openTikcet, which the module does not resolve');
  });
});
