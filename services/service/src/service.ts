import { defineService, type ServiceDefinition } from '@crm/events';
import { serviceServiceConfig } from './config';
import { customerModule } from './customer/customer.module';
import { knowledgeModule } from './knowledge/knowledge.module';
import { serviceMigrations } from './migrations';
import { orderModule } from './order/order.module';
import { rmaModule } from './rma/rma.module';
import { routingModule } from './routing/routing.module';
import { slaModule, type SlaModuleOptions } from './sla/sla.module';
import { surveyModule } from './survey/survey.module';
import { ticketModule } from './ticket/ticket.module';
import { warrantyModule } from './warranty/warranty.module';

/** What an instance runs in the background: the SLA scheduler's interval and clock, or none. */
export type ServiceServiceOptions = SlaModuleOptions;

/** The service (customer support) service: its modules, one per aggregate (docs/architecture.md §2). */
export function defineServiceService(options: ServiceServiceOptions = {}): ServiceDefinition {
  return defineService({
    name: 'service',
    srcDir: __dirname,
    config: serviceServiceConfig,
    modules: [
      ticketModule,
      slaModule(options),
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
}

export const serviceService = defineServiceService();
