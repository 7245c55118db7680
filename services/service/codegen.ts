import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed resolvers from the schema; the output is committed and `codegen --check` fails the build when stale.
const config: CodegenConfig = {
  schema: ['../../packages/platform/src/graphql/common.graphql', 'src/schema.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        contextType: '@crm/platform#RequestContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          DateTime: 'Date',
          Date: 'string',
          EmailAddress: 'string',
          UUID: 'string',
          Decimal: 'string',
          CountryCode: 'string',
          Currency: 'string',
        },
        mappers: {
          Customer: '../customer/customerTickets.queries#CustomerReference',
          Ticket: '../ticket/ticket.entity#TicketEntity',
          TicketComment: '../ticket/ticketComment.entity#TicketCommentEntity',
          SlaPolicy: '../sla/slaPolicy.entity#SlaPolicyEntity',
          TicketConnection: '@crm/platform#Connection<TicketEntity>',
          TicketCommentConnection: '@crm/platform#Connection<TicketCommentEntity>',
        },
      },
    },
  },
};

export default config;
