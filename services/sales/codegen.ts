// The file itself, not the package index: codegen's loader cannot compile the TypeORM entities.
import { subgraphCodegen } from '@crm/platform/src/graphql/subgraphCodegen';

export default subgraphCodegen({
  Lead: '../lead/lead.entity#LeadEntity',
  LeadConversion: '../lead/leadConversion.commands#LeadConversionResult',
  Customer: '{ id: string }',
  Product: '../product/product.entity#ProductEntity',
  PriceBook: '../priceBook/priceBook.entity#PriceBookEntity',
  PriceBookEntry: '../priceBook/priceBook.entity#PriceBookEntryEntity',
  Opportunity: '../opportunity/opportunity.entity#OpportunityEntity',
  OpportunityConnection: '@crm/platform#Connection<OpportunityEntity>',
  OpportunityStageMove: '../opportunity/opportunity.entity#StageMove',
  OpportunityLine: '../opportunity/opportunity.entity#OpportunityLineEntity',
  OpportunityContactRole: '../opportunity/opportunity.queries#ContactRoleView',
  LeadActivity: '../lead/leadActivity.entity#LeadActivityEntity',
  SalesSettings: '../settings/salesSettings.queries#SalesSettingsView',
  Order: '../order/order.entity#OrderEntity',
  OrderLine: '../order/order.entity#OrderLineEntity',
  Money: '../order/order.queries#MoneyAmount',
  Quote: '../quote/quote.entity#QuoteEntity',
  QuoteLine: '../quote/quote.entity#QuoteLineEntity',
  QuoteConnection: '@crm/platform#Connection<QuoteEntity>',
  OrderConnection: '@crm/platform#Connection<OrderEntity>',
  LeadConnection: '@crm/platform#Connection<LeadEntity>',
  ProductConnection: '@crm/platform#Connection<ProductEntity>',
  PriceBookConnection: '@crm/platform#Connection<PriceBookEntity>',
  PriceBookEntryConnection: '@crm/platform#Connection<PriceBookEntryEntity>',
});
