import { defineService } from '@crm/events';
import { serviceServiceConfig } from './config';
import { customerModule } from './customer/customer.module';
import { knowledgeModule } from './knowledge/knowledge.module';
import { serviceMigrations } from './migrations';
import { orderModule } from './order/order.module';
import { rmaModule } from './rma/rma.module';
import { routingModule } from './routing/routing.module';
import { slaModule } from './sla/sla.module';
import { surveyModule } from './survey/survey.module';
import { ticketModule } from './ticket/ticket.module';
import { warrantyModule } from './warranty/warranty.module';

/** The service (customer support) service: its modules, one per aggregate (docs/architecture.md §2). */
export const serviceService = defineService({
  name: 'service',
  srcDir: __dirname,
  config: serviceServiceConfig,
  modules: [
    ticketModule,
    slaModule,
    orderModule,
    surveyModule,
    rmaModule,
    warrantyModule,
    routingModule,
    customerModule,
    knowledgeModule,
  ],
  migrations: serviceMigrations,
});
