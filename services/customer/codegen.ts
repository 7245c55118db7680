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
          Customer: '../customer/customer.entity#CustomerEntity',
          Contact: '../contact/contact.entity#ContactEntity',
          ContactRole: '../contact/contact.entity#ContactRoleEntity',
          Interaction: '../interaction/interaction.entity#InteractionEntity',
          TimelineEntry: '../timeline/timelineEntry.entity#TimelineEntryEntity',
          CustomerConnection: '@crm/platform#Connection<CustomerEntity>',
          ContactConnection: '@crm/platform#Connection<ContactEntity>',
          InteractionConnection: '@crm/platform#Connection<InteractionEntity>',
          TimelineConnection: '@crm/platform#Connection<TimelineEntryEntity>',
        },
      },
    },
  },
};

export default config;
