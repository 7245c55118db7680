import { defineModule, defineService } from '@crm/events';
import { everyRole } from '@crm/platform';
import { analysisModule } from './analysis/analysis.module';
import { salesConfig } from './config';
import type { Resolvers } from './generated/graphql';
import { leadModule } from './lead/lead.module';
import { salesMigrations } from './migrations';
import { opportunityModule } from './opportunity/opportunity.module';
import { orderModule } from './order/order.module';
import { priceBookModule } from './priceBook/priceBook.module';
import { productModule } from './product/product.module';
import { quoteModule } from './quote/quote.module';
import { settingsModule } from './settings/settings.module';

const customerResolvers: Resolvers = {
  Customer: {
    // The customer is the customer service's: here it is only the key the sales fields hang on.
    __resolveReference: (reference) => ({ id: reference.id }),
  },
};

/** The Customer stub of schema.graphql; the modules add its fields (leads, opportunities, orders, revenue). */
const customerReference = defineModule({
  resolvers: customerResolvers,
  access: { read: everyRole },
});

/** The sales service: its modules, one per aggregate (docs/architecture.md §2). */
export const salesService = defineService({
  name: 'sales',
  srcDir: __dirname,
  config: salesConfig,
  modules: [
    customerReference,
    leadModule,
    productModule,
    priceBookModule,
    opportunityModule,
    settingsModule,
    orderModule,
    quoteModule,
    analysisModule,
  ],
  migrations: salesMigrations,
});
