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
          Lead: '../lead/lead.entity#LeadEntity',
          LeadConversion: '../lead/leadConversion.commands#LeadConversionResult',
          Customer: '{ id: string }',
          Product: '../product/product.entity#ProductEntity',
          PriceBook: '../priceBook/priceBook.entity#PriceBookEntity',
          PriceBookEntry: '../priceBook/priceBook.entity#PriceBookEntryEntity',
          Opportunity: '../opportunity/opportunity.entity#OpportunityEntity',
          OpportunityConnection: '@crm/platform#Connection<OpportunityEntity>',
          OpportunityStageMove: '../opportunity/opportunity.entity#StageMove',
          Order: '../order/order.entity#OrderEntity',
          OrderLine: '../order/order.entity#OrderLineEntity',
          Money: '../order/order.queries#MoneyAmount',
          OrderConnection: '@crm/platform#Connection<OrderEntity>',
          LeadConnection: '@crm/platform#Connection<LeadEntity>',
          ProductConnection: '@crm/platform#Connection<ProductEntity>',
          PriceBookConnection: '@crm/platform#Connection<PriceBookEntity>',
          PriceBookEntryConnection: '@crm/platform#Connection<PriceBookEntryEntity>',
        },
      },
    },
  },
};

export default config;
